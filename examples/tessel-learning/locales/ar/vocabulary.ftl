### تسميات المعرّفات والخيارات الثابتة المستخدمة في content/.

## مبادئ المادة 5 من اللائحة العامة لحماية البيانات: عنوان كل مبدأ، وما يعنيه بالنسبة إلينا.
# A principle's name before its explanation, with the punctuation the language puts there.
principle-label = { $principle }:
principle-lawfulness-fairness-transparency = المشروعية والإنصاف والشفافية
principle-lawfulness-fairness-transparency-body = كل ما تفعله { $org } بالبيانات الشخصية يستند إلى أساس قانوني وفق اللائحة العامة لحماية البيانات، ونشرحه بوضوح لكل من يعنيه الأمر.
principle-purpose-limitation = تحديد الغرض
principle-purpose-limitation-body = لا نجمع البيانات إلا لأغراض محدّدة وصريحة ومشروعة، ولا نستخدمها أبدًا على نحو يتعارض معها. وهذه الأغراض مبيّنة في سياسة الخصوصية لدينا وفي اتفاقيات معالجة البيانات المبرمة مع عملائنا.
principle-data-minimisation = تقليل البيانات إلى الحدّ الأدنى
principle-data-minimisation-body = نقتصر على البيانات الكافية وذات الصلة والضرورية لتلك الأغراض: ما تحتاج إليه منتجاتنا ومؤسستنا نفسها لتعمل، ولا شيء أكثر من ذلك.
principle-accuracy = الدقّة
principle-accuracy-body = يجب أن تكون البيانات صحيحة، ومحدَّثة عند الحاجة. وإذا تبيّن أن بيانات شخصية غير صحيحة بالنسبة إلى الغرض الذي تخدمه، صحّحناها أو محوناها دون تأخير.
principle-storage-limitation = تقييد مدة التخزين
principle-storage-limitation-body = لا نحتفظ بالبيانات في صورة تتيح التعرّف على الأشخاص إلا طوال المدة التي يقتضيها الغرض. ولا يجوز التخزين مدة أطول إلا لأغراض البحث العلمي أو الإحصاء، مع الضمانات التقنية والتنظيمية التي تفرضها اللائحة العامة لحماية البيانات صونًا لحقوق الأشخاص وحرّياتهم.
principle-integrity-confidentiality = السلامة والسرّية
principle-integrity-confidentiality-body = نحمي البيانات الشخصية بتدابير تقنية وتنظيمية مناسبة من المعالجة غير المصرّح بها أو غير المشروعة، ومن الفقدان أو الإتلاف أو الضرر العَرَضي.
principle-accountability = المساءلة
principle-accountability-body = تستطيع { $org }، بصفتها مسؤولة عن المعالجة وبصفتها معالِجًا على حدّ سواء، أن تُثبت التزامها بكل مبدأ من هذه المبادئ.

## كيف تُستضاف أماكن التخزين.
hosting-virtual-private-servers = خوادم افتراضية خاصة
processing-frequency-continuous = بصورة مستمرة طوال مدة تقديم الخدمة
processing-frequency-one-off = مرة واحدة
hosting-dedicated-servers = خوادم مخصّصة
hosting-managed-database = خدمة قاعدة بيانات مُدارة
hosting-own-data-centre = مركز بيانات خاص بنا

## المناطق.
region-eea = المنطقة الاقتصادية الأوروبية
region-eu = الاتحاد الأوروبي

## آليات نقل البيانات إلى خارج المنطقة الاقتصادية الأوروبية.
mechanism-standard-contractual-clauses = البنود التعاقدية القياسية
mechanism-adequacy-decision = قرار الكفاية
mechanism-binding-corporate-rules = قواعد الشركات الملزمة
mechanism-data-privacy-framework = إطار خصوصية البيانات بين الاتحاد الأوروبي والولايات المتحدة
mechanism-uk-addendum = الملحق البريطاني للبنود التعاقدية القياسية
mechanism-art-49-derogation = استثناء لحالة محدّدة (المادة 49 من اللائحة العامة لحماية البيانات)

## الاحتفاظ بالبيانات. صيغ الجمع العربية: واحد، اثنان، من 3 إلى 10، من 11 إلى 99، وما سواها.
retention-period =
    { $unit ->
        [days]
            { $count ->
                [one] يوم واحد
                [two] يومين
                [few] { $count } أيام
                [many] { $count } يومًا
               *[other] { $count } يوم
            }
        [months]
            { $count ->
                [one] شهر واحد
                [two] شهرين
                [few] { $count } أشهر
                [many] { $count } شهرًا
               *[other] { $count } شهر
            }
       *[years]
            { $count ->
                [one] سنة واحدة
                [two] سنتين
                [few] { $count } سنوات
               *[other] { $count } سنة
            }
    }
retention-starts-contract-end = بعد انتهاء العقد مع { -customer }
retention-starts-collection = بعد جمع البيانات
retention-starts-last-activity = بعد آخر نشاط في الحساب
retention-end-return-to-customer = تسلّم { $org } البيانات الشخصية إلى { -customer }.
retention-end-delete = تحذف { $org } البيانات الشخصية نهائيًا.
retention-end-anonymise = تجعل { $org } البيانات الشخصية مجهولة الهوية، فلا تعود تدلّ على أحد.

## الوصول.
access-basis-need-to-know = على أساس الحاجة إلى المعرفة
access-basis-role-based = وفقًا لدور كل شخص
access-level-full = وصول كامل إلى قواعد بياناتنا
access-level-user-data = وصول إلى بيانات مستخدميكم
access-level-none = لا وصول إلى بيانات مستخدميكم

## الربط مع الأنظمة.
direction-inbound = من { $system } لديكم إلى { $org }
direction-outbound = من { $org } إلى { $system } لديكم
transport-tls = TLS (HTTPS)
transport-mutual-tls = TLS المتبادل
transport-vpn = شبكة افتراضية خاصة (VPN)
authentication-saml = SAML
authentication-oauth2 = OAuth 2.0
authentication-openid-connect = OpenID Connect
authentication-api-key = مفتاح واجهة برمجة التطبيقات (API)
authentication-mutual-tls = شهادة العميل (TLS المتبادل)

## ما يقوم به المعالِج الفرعي للمؤسسة (`purpose` في subprocessors.toml). يضيف الموقع أغراضه
## الخاصة بصيغة `subprocessor-purpose-<id>`.
subprocessor-purpose-hosting = الاستضافة والبنية التحتية
subprocessor-purpose-email-delivery = إرسال البريد الإلكتروني
subprocessor-purpose-customer-support = دعم العملاء
subprocessor-purpose-analytics = تحليلات استخدام المنتج
subprocessor-purpose-crm = إدارة علاقات العملاء
subprocessor-purpose-communication = التواصل الداخلي
subprocessor-purpose-video-calls = مكالمات الفيديو
subprocessor-purpose-payments = المدفوعات
subprocessor-purpose-error-monitoring = رصد الأخطاء
subprocessor-purpose-product-feedback = آراء المستخدمين في المنتج

## المجموعات التي ينقسم إليها جدول المعالِجين الفرعيين (`group`). يضيف الموقع مجموعاته
## الخاصة بصيغة `subprocessor-group-<id>`.
subprocessor-group-infrastructure = البنية التحتية
subprocessor-group-service-provider = مزوّدو الخدمات
subprocessor-group-affiliate = الشركات التابعة
