### أقسام الصفحة. يجوز أن تستخدم النصوص الطويلة تنسيق Markdown: *التوكيد* والقوائم والروابط
### إلى واقعة من الوقائع، مثل [سياسة الخصوصية لدينا]({ $privacy-policy }).

intro-heading = كيف نتعامل مع بياناتكم؟
intro-body =
    { $role ->
        [both] تلتزم { $org } باللائحة العامة لحماية البيانات في كل ما تفعله بالبيانات الشخصية: بصفتها مسؤولة عن معالجة البيانات التي تجمعها لنفسها، وبصفتها معالِجًا للبيانات التي تعالجها لحساب عملائها.
        [processor] تلتزم { $org } باللائحة العامة لحماية البيانات بصفتها معالِجًا للبيانات التي تعالجها لحساب عملائها.
       *[controller] تلتزم { $org } باللائحة العامة لحماية البيانات بصفتها مسؤولة عن معالجة البيانات التي تتعامل معها.
    } وهذه مبادئ المادة 5 من اللائحة التي نعمل بها:

processing-heading = ما البيانات التي تعالجها { $org } لحساب عملائها؟
processing-body = لتقديم دوراتها وحصصها، تعالج { $org } بيانات شخصية تخصّ:
processing-categories = وتحديدًا:
processing-purposes = تعالج { $org } هذه البيانات للأغراض التالية:
processing-special-categories = بعض هذه البيانات *حسّاس*، أي من الفئات الخاصة من البيانات الشخصية وفق المادة 9 من اللائحة العامة لحماية البيانات.
processing-agreement = تسرد اتفاقية معالجة البيانات المبرمة معكم كل البيانات التي نعالجها لمؤسستكم.

control-heading = من يتحكّم في البيانات؟
control-body-customer = تبقى البيانات الشخصية التي تعالجها { $org } لحساب أحد { -customers } تحت سيطرة هذا { -customer }: فهو المسؤول عن المعالجة، و{ $org } هي المعالِج الذي يعمل لحسابه.
control-body-organisation = { $org } هي المسؤولة عن معالجة البيانات الشخصية التي تعالجها لحساب عملائها.

storage-heading = أين تخزّن { $org } بياناتكم؟
storage-body = تُخزَّن بيانات دوراتكم وحصصكم في الأماكن التالية:
storage-caption = أماكن تخزين البيانات
storage-provider = المزوّد
storage-hosting = الاستضافة
storage-location = الموقع
storage-certifications = الشهادات
storage-special-categories = بيانات حسّاسة
storage-place = { $city }، { $country }
exports-body =
    { $special ->
        [yes] عندما يطلب { -customer } تصدير بياناته، بما فيها البيانات الحسّاسة، نسلّمه إياها عبر خوادم { $provider } في { $region } فقط.
       *[no] عندما يطلب { -customer } تصدير بياناته، نسلّمه إياها عبر خوادم { $provider } في { $region } فقط.
    }

subprocessors-heading = ما المعالِجون الفرعيون الذين تستعين بهم { $org }؟
subprocessors-body =
    { $count ->
        [zero] لا تعتمد { $org } في خدمتها على أي شركة أخرى، ولا على أي معالِج فرعي.
       *[other] إلى جانب المزوّد الذي يستضيف أنظمتنا، تعتمد { $org } في جزء من خدمتها على شركات أخرى هي معالِجوها الفرعيون. وقد وقّعت كلٌّ منها معنا اتفاقية لمعالجة البيانات، ونتحقّق من أنها تتعامل مع البيانات الشخصية بعناية وفي حدود القانون.
    }
subprocessors-transfers = عندما تغادر البيانات الشخصية المنطقة الاقتصادية الأوروبية، يستند نقلها إلى أساس تعترف به اللائحة العامة لحماية البيانات: بلدٍ قرّرت المفوضية الأوروبية أنه يوفّر حماية كافية للبيانات، أو ضماناتٍ مثل البنود التعاقدية القياسية. وفي كل عملية نقل، نقيّم مع المعالِج الفرعي ما إذا كانت البيانات تظلّ محميّة بالقدر نفسه الذي تحظى به داخل المنطقة الاقتصادية الأوروبية، ونضيف تدابير حيث لا تكون كذلك.
subprocessors-caption = المعالِجون الفرعيون لدى { $org }
subprocessors-count =
    { $count ->
        [zero] لا يوجد معالِجون فرعيون
        [one] معالِج فرعي واحد
        [two] معالِجان فرعيان
        [few] { $count } معالِجين فرعيين
        [many] { $count } معالِجًا فرعيًا
       *[other] { $count } معالِج فرعي
    }
subprocessors-upcoming-caption = معالِجون فرعيون أعلنت عنهم { $org } ولم تستعن بهم بعد
subprocessors-objection = يحقّ للمسؤولين عن المعالجة الاعتراض على أي معالِج فرعي معلَن عنه إلى أن يبدأ عمله (المادة 28، الفقرة 2، من اللائحة العامة لحماية البيانات): راسلوا [فريق الخصوصية لدينا]({ $contact }).
# Above the changes to engaged sub-processors that take effect later, with their dates.
subprocessors-upcoming-changes = تغييرات قادمة
# Under them: until when, and how, controllers may object to a change.
subprocessors-upcoming-objection = يحقّ للمسؤولين عن المعالجة الاعتراض على أي تغيير حتى آخر يوم للاعتراض مذكور معه، شاملًا ذلك اليوم (المادة 28، الفقرة 2، من اللائحة العامة لحماية البيانات): راسلوا [فريق الخصوصية لدينا]({ $contact }).
subprocessor-name = المعالِج الفرعي
subprocessor-personal-data = يعالج البيانات الشخصية لمستخدميكم
subprocessor-outside-eea = النقل إلى خارج المنطقة الاقتصادية الأوروبية
subprocessor-mechanism = آلية النقل
subprocessor-security = التدابير الأمنية
subprocessor-security-link = التدابير الأمنية لدى { $name }
subprocessor-from = اعتبارًا من { $date }
subprocessor-object-until = آخر يوم للاعتراض: { $date }
# Under a sub-processor's name, where the site has several products: the ones it serves.
subprocessor-applies-to = يُستخدم في: { $products }
subprocessor-purpose = الغرض
subprocessor-countries = مكان معالجة البيانات
subprocessor-fallback = { $mechanism }، وعند تعذّره: { $fallback }

retention-heading = كم من الوقت تحتفظ { $org } بالبيانات الشخصية؟
retention-body = ما لم يُتَّفق على خلاف ذلك، تحتفظ { $org } بالبيانات الشخصية الخاصة بدوراتكم وحصصكم مدة { $period } { $starts }.
retention-customer-may-change = يجوز أن يتّفق { -customer } في اتفاقية معالجة البيانات الخاصة به على مدة احتفاظ مختلفة.
retention-at-end = عند انتهاء هذه المدة:
retention-customer-records = يظلّ { -customer } مسؤولًا عمّا يُلزمه القانون بالاحتفاظ به في سجلاته الخاصة، مثل إثبات التدريب الإلزامي.

access-heading = من يمكنه الوصول إلى البيانات؟
access-body = يحصل الموظفون على حق الوصول إلى المعلومات { $basis }، ونراجع هذا الحق بانتظام بحسب متطلبات { $standard } الخاصة بالتحكّم في الوصول.
access-training = يتلقّى جميع الموظفين تدريبًا في مجالَي الخصوصية وأمن المعلومات.
access-caption = من يملك حق الوصول لدى { $org }
access-group = من
access-level = الوصول
access-purpose = السبب
access-confidentiality = اتفاقية السرّية

integrations-heading = كيف تتدفّق البيانات من أنظمتكم وإليها؟
integrations-body = عندما تربطون { $org } بـ{ $system } لديكم، تتدفّق البيانات في الاتجاهات التالية:
integrations-caption = تدفّقات البيانات مع { $system } لديكم
integration-direction = الاتجاه
integration-data = البيانات
integration-purpose = الغرض
integration-transport = أمان النقل
integration-authentication = المصادقة
integrations-cooperation = نبني هذه الوصلات بالتعاون مع الجهات المطوّرة لتلك الأنظمة، كي تكون آمنة ولا تنقل من البيانات أكثر مما تحتاج إليه.

dpia-heading = هل تستطيع { $org } مساعدتكم في تقييم الأثر على حماية البيانات؟
dpia-body = تُلزم اللائحة العامة لحماية البيانات المسؤولَ عن المعالجة بإجراء تقييم للأثر على حماية البيانات قبل أي معالجة يُرجَّح أن تعرّض حقوق الأشخاص وحرّياتهم لخطر مرتفع. وفيما يخصّ بيانات دوراتكم وحصصكم، فإن { $org } هي المعالِج، و{ -customer } هو المسؤول عن المعالجة.
dpia-factsheet-on-request = ولمساعدتكم في ذلك، أعددنا نشرة معلومات عن تقييم الأثر نرسلها عند الطلب.
dpia-factsheet-published = ولمساعدتكم في ذلك، ننشر [نشرة معلومات عن تقييم الأثر]({ $link }).
dpia-factsheet-none = نجيب عند الطلب عن أسئلة تقييم الأثر الخاص بكم.

breach-heading = كيف تُكتشَف انتهاكات البيانات وكيف نتعامل معها؟
breach-monitoring = تساعدنا أنظمة التسجيل والمراقبة والتدقيق هذه على اكتشاف أي انتهاك للبيانات بسرعة:
breach-notification = إذا وقع انتهاك للبيانات الشخصية، نتصرّف وفق ما تقتضيه اللائحة العامة لحماية البيانات: تُبلغ { $org } { -customers } المتأثّرين دون تأخير لا مبرّر له بعد علمها بالانتهاك، وخلال { $hours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
       *[other] { $hours } ساعة
    } إن أمكن.

visitors-heading = زوّار الموقع والمتقدّمون للوظائف
visitors-body = تشرح { $org } في [سياسة الخصوصية الخاصة بها]({ $privacy-policy }) كيف تتعامل مع البيانات الشخصية بصفتها مسؤولة عن المعالجة. هل لديكم أسئلة؟ راسلوا [فريق الخصوصية لدينا]({ $contact }).
