### سجلّ التغييرات وموجزه: ما الذي تغيّر في كل نشر.

changes-title = التغييرات على هذه الصفحة
changes-intro = كل إصدار منشور من هذه الصفحة، من الأحدث إلى الأقدم، وما غيّره.
changes-link = سجلّ التغييرات
changes-feed = تابعوا التغييرات (موجز Atom)
changes-back = العودة إلى الصفحة
changes-first = أول نشر لهذه الصفحة.
changes-wording = تغيّرت الصياغة ولم تتغيّر الوقائع.
changes-order = المعلومات نفسها بترتيب آخر: لم يتغيّر أيٌّ منها.
changes-order-also = كما أصبحت بعض المعلومات مدرجة بترتيب آخر.
change-subprocessor-added =
    { $upcoming ->
        [yes] سيبدأ المعالِج الفرعي { $name } عمله اعتبارًا من { $date }؛ ويحقّ للمسؤولين عن المعالجة الاعتراض عليه قبل ذلك التاريخ بمراسلة { $contact }
        [since] أُضيف المعالِج الفرعي { $name }، ويعمل منذ { $date }
       *[no] أُضيف المعالِج الفرعي { $name }
    }
change-subprocessor-removed = أُزيل المعالِج الفرعي { $name }
change-subprocessor-renamed =
    { $when ->
        [later] سيصبح اسم المعالِج الفرعي { $was } { $name }
       *[now] أصبح اسم المعالِج الفرعي { $was } الآن { $name }
    }
change-personal-data =
    { $now ->
        [yes] { $when ->
            [later] سيعالج { $name } البيانات الشخصية لمستخدميكم
           *[now] أصبح { $name } يعالج البيانات الشخصية لمستخدميكم
        }
       *[no] { $when ->
            [later] سيتوقف { $name } عن معالجة البيانات الشخصية لمستخدميكم
           *[now] لم يعد { $name } يعالج البيانات الشخصية لمستخدميكم
        }
    }
change-outside-eea =
    { $now ->
        [yes] { $when ->
            [later] سينقل { $name } بيانات إلى خارج المنطقة الاقتصادية الأوروبية، استنادًا إلى: { $mechanism }
           *[now] أصبح { $name } ينقل بيانات إلى خارج المنطقة الاقتصادية الأوروبية، استنادًا إلى: { $mechanism }
        }
       *[no] { $when ->
            [later] سيتوقف { $name } عن نقل بيانات إلى خارج المنطقة الاقتصادية الأوروبية
           *[now] لم يعد { $name } ينقل بيانات إلى خارج المنطقة الاقتصادية الأوروبية
        }
    }
change-mechanism =
    { $when ->
        [later] { $name }: ستستند عمليات النقل إلى خارج المنطقة الاقتصادية الأوروبية إلى «{ $mechanism }» بدلًا من «{ $was }»
       *[now] { $name }: أصبحت عمليات النقل إلى خارج المنطقة الاقتصادية الأوروبية تستند إلى «{ $mechanism }» بدلًا من «{ $was }»
    }
change-fallback =
    { $kind ->
        [added] { $when ->
            [later] { $name }: ستصبح لعمليات النقل إلى خارج المنطقة الاقتصادية الأوروبية آلية احتياطية هي «{ $now }»
           *[now] { $name }: أصبحت لعمليات النقل إلى خارج المنطقة الاقتصادية الأوروبية آلية احتياطية هي «{ $now }»
        }
        [removed] { $when ->
            [later] { $name }: لن تكون لعمليات النقل إلى خارج المنطقة الاقتصادية الأوروبية آلية احتياطية (هي حتى ذلك الحين «{ $was }»)
           *[now] { $name }: لم تعد لعمليات النقل إلى خارج المنطقة الاقتصادية الأوروبية آلية احتياطية (كانت «{ $was }»)
        }
       *[changed] { $when ->
            [later] { $name }: ستصبح الآلية الاحتياطية لعمليات النقل إلى خارج المنطقة الاقتصادية الأوروبية «{ $now }» بدلًا من «{ $was }»
           *[now] { $name }: أصبحت الآلية الاحتياطية لعمليات النقل إلى خارج المنطقة الاقتصادية الأوروبية «{ $now }» بدلًا من «{ $was }»
        }
    }
change-security-link =
    { $kind ->
        [added] { $when ->
            [later] { $name }: سيُضاف رابط إلى تدابيره الأمنية
           *[now] { $name }: رابط جديد إلى تدابيره الأمنية
        }
        [removed] { $when ->
            [later] { $name }: سيُزال الرابط إلى تدابيره الأمنية
           *[now] { $name }: لم يعد هناك رابط إلى تدابيره الأمنية
        }
       *[changed] { $when ->
            [later] { $name }: سيتغيّر رابط تدابيره الأمنية
           *[now] { $name }: تغيّر رابط تدابيره الأمنية
        }
    }
change-effective =
    { $kind ->
        [takes-effect] { $object ->
            [yes] { $name }: تسري التغييرات اعتبارًا من { $date }؛ ويحقّ للمسؤولين عن المعالجة الاعتراض عليها قبل ذلك التاريخ بمراسلة { $contact }
           *[no] { $name }: تسري التغييرات اعتبارًا من { $date }
        }
        [took-effect] { $name }: سرى في ذلك اليوم ما أُعلن عنه ليوم { $date }
        [change-brought-forward] { $name }: قُدِّم موعد ما أُعلن عنه ليوم { $was } وسرى في { $date }
        [change-revised-brought-forward] { $name }: عُدِّل ما أُعلن عنه ليوم { $was } وقُدِّم موعده وسرى في { $date }
        [change-moved] { $object ->
            [yes] { $name }: نُقل موعد سريان التغييرات من { $was } إلى { $date }؛ ويحقّ للمسؤولين عن المعالجة الاعتراض عليها قبل ذلك التاريخ بمراسلة { $contact }
           *[no] { $name }: نُقل موعد سريان التغييرات من { $was } إلى { $date }
        }
        [set] { $name }: يبدأ عمله اعتبارًا من { $date }
        [brought-forward] { $name }: يبدأ عمله اعتبارًا من { $date }، بعد تقديم موعده من { $was }
        [moved] { $object ->
            [yes] { $name }: نُقل موعد بدء عمله من { $was } إلى { $date }؛ ويحقّ للمسؤولين عن المعالجة الاعتراض عليه قبل ذلك التاريخ بمراسلة { $contact }
           *[no] { $name }: نُقل موعد بدء عمله من { $was } إلى { $date }
        }
       *[dropped] { $name }: يبدأ عمله فورًا بدلًا من { $was }
    }
change-engagement-with-changes =
    { $object ->
        [yes] { $name }: سيبدأ عمله كما أُعلن اعتبارًا من { $date }، مع هذه التغييرات؛ ويحقّ للمسؤولين عن المعالجة الاعتراض عليها قبل ذلك التاريخ بمراسلة { $contact }
       *[no] { $name }: سيبدأ عمله كما أُعلن اعتبارًا من { $date }، مع هذه التغييرات
    }
change-engagement-stands = { $name }: سيبدأ عمله كما أُعلن اعتبارًا من { $date }
change-withdrawn =
    { $kind ->
        [engagement] { $name }: لن يبدأ عمله كما أُعلن ليوم { $date }
       *[changes] { $name }: سُحب التغيير الذي أُعلن أنه يسري اعتبارًا من { $date }
    }
change-withdrawn-part = سُحب قبل سريانه في { $date }: { $change }
change-notice-exception =
    { $reason ->
        [legal-obligation] { $name }: استثناء من مهلة الإشعار، إذ يقتضي القانون هذا التغيير
       *[emergency-replacement] { $name }: استثناء من مهلة الإشعار، إذ يحلّ هذا التغيير محلّ معالِج فرعي في حالة طارئة
    }
change-objection-kept = لا يزال يحقّ للمسؤولين عن المعالجة الاعتراض على { $name } حتى { $date } ضمنًا بمراسلة { $contact }
change-took-effect-part = سرى في { $date }: { $change }
change-storage-added = أصبحت البيانات تُخزَّن أيضًا لدى { $provider } في { $city }
change-storage-now = أصبحت البيانات تُخزَّن لدى { $provider } في { $city }
change-storage-removed = لم تعد البيانات تُخزَّن لدى { $provider } في { $city }
change-retention-period = أصبحت البيانات الشخصية تُحفظ مدة { $now } بدلًا من { $was }
change-retention-period-restated = أصبحت مدة الاحتفاظ تُذكر الآن { $now } بدلًا من { $was }: المدة نفسها
change-retention-starts = أصبحت مدة الاحتفاظ تبدأ الآن { $now }، بدلًا من { $was }
change-retention-customer-may-change =
    { $now ->
        [yes] أصبح يجوز الآن أن يتّفق { -customer } في اتفاقية معالجة البيانات الخاصة به على مدة احتفاظ مختلفة
       *[no] لم يعد يجوز أن يتّفق { -customer } في اتفاقية معالجة البيانات الخاصة به على مدة احتفاظ مختلفة
    }
change-retention-at-end = عند انتهاء مدة الاحتفاظ، الآن: { $now } سابقًا: { $was }
change-breach-monitoring =
    { $change ->
        [added] أصبح انتهاك البيانات يُكتشف الآن أيضًا بواسطة: { $added }
        [removed] لم يعد انتهاك البيانات يُكتشف بواسطة: { $removed }
       *[both] أصبح انتهاك البيانات يُكتشف الآن أيضًا بواسطة: { $added }؛ ولم يعد يُكتشف بواسطة: { $removed }
    }
change-storage-location =
    { $change ->
        [provider] أصبحت البيانات المخزّنة في { $city } تُخزَّن الآن لدى { $provider } بدلًا من { $was }
        [place] أصبحت { $provider } تخزّن البيانات الآن في { $city } ({ $country }) بدلًا من { $was-city } ({ $was-country })
        [moved] أصبحت البيانات تُخزَّن الآن لدى { $provider } في { $city } ({ $country }) بدلًا من { $was } في { $was-city } ({ $was-country })
        [hosting] أصبحت البيانات المخزّنة لدى { $provider } في { $city } تُستضاف الآن على: { $now } (سابقًا: { $was })
        [certifications-added] التخزين لدى { $provider } في { $city }، حاصل الآن أيضًا على شهادة: { $added }
        [certifications-removed] التخزين لدى { $provider } في { $city }، لم يعد حاصلًا على شهادة: { $removed }
        [certifications-both] التخزين لدى { $provider } في { $city }، حاصل الآن أيضًا على شهادة: { $added }؛ ولم يعد حاصلًا على شهادة: { $removed }
        [sensitive-yes] أصبحت البيانات المخزّنة لدى { $provider } في { $city } تشمل الآن بيانات حساسة
       *[sensitive-no] لم تعد البيانات المخزّنة لدى { $provider } في { $city } تشمل بيانات حساسة
    }
change-organisation-renamed = أصبح اسم { $was } الآن { $name }
change-contact = يمكن الآن التواصل مع فريق الخصوصية عبر { $now } بدلًا من { $was }
change-access = { $change ->
        [added] أُدرج ضمن الموظفين: { $group } ({ $level })
        [removed] لم يعد مُدرجًا ضمن الموظفين: { $group }
        [level] { $group }: { $level } (سابقًا: { $was })
        [agreement-added] { $group }: أصبحوا ملزمين باتفاقية السرّية
        [agreement-none] { $group }: غير ملزمين باتفاقية السرّية
        [agreement-unstated] { $group }: لم يعد مذكورًا ما إذا كانوا ملزمين باتفاقية السرّية
       *[agreement-removed] { $group }: لم يعودوا ملزمين باتفاقية السرّية
    }
change-breach-deadline =
    أصبح الإبلاغ عن انتهاك البيانات الشخصية يتمّ، حيثما أمكن، خلال { $now ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $now } ساعات
       *[other] { $now } ساعة
    } بدلًا من { $was ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $was } ساعات
       *[other] { $was } ساعة
    }
change-data-subjects =
    { $change ->
        [added] أصبحت { $org } تعالج أيضًا بيانات: { $added }
        [removed] لم تعد { $org } تعالج بيانات: { $removed }
       *[both] أصبحت { $org } تعالج أيضًا بيانات: { $added }، ولم تعد تعالج بيانات: { $removed }
    }
change-data-categories =
    { $change ->
        [added] أصبحت { $org } تعالج أيضًا: { $added }
        [removed] لم تعد { $org } تعالج: { $removed }
       *[both] أصبحت { $org } تعالج أيضًا: { $added }؛ ولم تعد تعالج: { $removed }
    }
change-purposes =
    { $change ->
        [added] أصبحت { $org } تعالج البيانات أيضًا من أجل: { $added }
        [removed] لم تعد { $org } تعالج البيانات من أجل: { $removed }
        [stated] أصبحت { $org } تذكر الأغراض التي تعالج البيانات من أجلها: { $added }
        [unstated] لم تعد { $org } تذكر الأغراض التي تعالج البيانات من أجلها (كانت تذكر: { $removed })
       *[both] أصبحت { $org } تعالج البيانات أيضًا من أجل: { $added }، ولم تعد تعالجها من أجل: { $removed }
    }
change-operations =
    { $change ->
        [added] أصبح ما تفعله { $org } بالبيانات يشمل أيضًا: { $added }
        [removed] لم يعد ما تفعله { $org } بالبيانات يشمل: { $removed }
        [stated] أصبحت { $org } تذكر ما تفعله بالبيانات: { $added }
        [unstated] لم تعد { $org } تذكر ما تفعله بالبيانات (كانت تذكر: { $removed })
       *[both] أصبح ما تفعله { $org } بالبيانات يشمل أيضًا: { $added }، ولم يعد يشمل: { $removed }
    }
change-frequency =
    { $change ->
        [stated] أصبحت { $org } تذكر عدد مرات نقل البيانات إليها: { $now }
        [unstated] لم تعد { $org } تذكر عدد مرات نقل البيانات إليها (كانت تذكر: { $was })
       *[changed] عدد مرات نقل البيانات إلى { $org }: { $now } (بدلًا من: { $was })
    }
change-notice-days =
    { $change ->
        [stated] أصبحت { $org } تذكر أنها تُعلن عن أي معالِج فرعي جديد، أو عن أي تغيير فيه، قبل سريانه بما لا يقل عن { $now ->
            [one] يوم واحد
            [two] يومين
            [few] { $now } أيام
            [many] { $now } يومًا
           *[other] { $now } يوم
        }، وأن للمسؤولين عن المعالجة الاعتراض حتى ذلك الحين
        [unstated] لم تعد { $org } تذكر كم يومًا قبل السريان تُعلن عن أي معالِج فرعي جديد (كانت تذكر: { $was ->
            [one] يوم واحد
            [two] يومين
            [few] { $was } أيام
            [many] { $was } يومًا
           *[other] { $was } يوم
        })
       *[changed] أصبحت { $org } تُعلن عن أي معالِج فرعي جديد، أو عن أي تغيير فيه، قبل سريانه بما لا يقل عن { $now ->
            [one] يوم واحد
            [two] يومين
            [few] { $now } أيام
            [many] { $now } يومًا
           *[other] { $now } يوم
        }، بدلًا من { $was ->
            [one] يوم واحد
            [two] يومين
            [few] { $was } أيام
            [many] { $was } يومًا
           *[other] { $was } يوم
        }
    }
change-purpose =
    { $first ->
        [yes] { $when ->
            [later] أصبح مذكورًا الآن الغرض الذي سيعمل { $name } من أجله: { $purpose }
           *[now] أصبح مذكورًا الآن الغرض الذي يعمل { $name } من أجله: { $purpose }
        }
       *[no] { $when ->
            [later] سيعمل { $name } لغرض جديد: { $purpose } (بدلًا من: { $was })
           *[now] أصبح { $name } يعمل لغرض جديد: { $purpose } (بدلًا من: { $was })
        }
    }
change-purpose-new =
    { $when ->
        [later] سيعمل { $name } لهذا الغرض: { $purpose }
       *[now] يعمل { $name } لهذا الغرض: { $purpose }
    }
change-purpose-withdrawn =
    { $what ->
        [engagement] لم يعد مذكورًا الغرض الذي سيعمل { $name } من أجله (المُعلَن: { $purpose })
       *[changes] لن يُذكر الغرض الذي يعمل { $name } من أجله في نهاية المطاف (المُعلَن: { $purpose })
    }
change-countries =
    { $when ->
        [later] سيعالج { $name } البيانات في: { $countries }
       *[now] أصبح { $name } يعالج البيانات في: { $countries }
    }{ $difference ->
        [added] {" "}(إضافة: { $added })
        [left] {" "}(حذف: { $left })
        [both] {" "}(إضافة: { $added }؛ حذف: { $left })
       *[none] {""}
    }
change-countries-stated =
    { $when ->
        [later] أصبح مذكورًا الآن أين سيعالج { $name } البيانات: { $countries }
       *[now] أصبح مذكورًا الآن أين يعالج { $name } البيانات: { $countries }
    }
change-countries-withdrawn =
    { $what ->
        [engagement] لم يعد مذكورًا أين سيعالج { $name } البيانات (المُعلَن: { $countries })
       *[changes] لن يُذكر أين يعالج { $name } البيانات في نهاية المطاف (المُعلَن: { $countries })
    }
change-subprocessor-data =
    { $when ->
        [later] { $lists ->
            [both] سيعالج { $name }: { $categories }؛ بيانات: { $subjects }
            [categories] سيعالج { $name }: { $categories }
           *[subjects] سيعالج { $name } بيانات: { $subjects }
        }
       *[now] { $lists ->
            [both] يعالج { $name }: { $categories }؛ بيانات: { $subjects }
            [categories] يعالج { $name }: { $categories }
           *[subjects] يعالج { $name } بيانات: { $subjects }
        }
    }
change-record =
    { $when ->
        [later] سيتغيّر سجلّ { $name }: { $fields }
       *[now] تغيّر سجلّ { $name }: { $fields }
    }
change-record-list =
    { $field }{ $when ->
        [later] { $change ->
            [added] {" "}(إضافة: { $added })
            [removed] {" "}(حذف: { $removed })
            [stated] {" "}(سيُذكر: { $added })
            [unstated] {" "}(لن يُذكر بعد ذلك؛ حتى ذلك الحين: { $removed })
           *[both] {" "}(إضافة: { $added }؛ حذف: { $removed })
        }
       *[now] { $change ->
            [added] {" "}(إضافة: { $added })
            [removed] {" "}(حذف: { $removed })
            [stated] {" "}(مذكور الآن: { $added })
            [unstated] {" "}(لم يعد مذكورًا؛ سابقًا: { $removed })
           *[both] {" "}(إضافة: { $added }؛ حذف: { $removed })
        }
    }
change-record-value =
    { $field }{ $when ->
        [later] { $change ->
            [stated] {" "}(لاحقًا: { $now })
            [unstated] {" "}(لن يُذكر بعد ذلك؛ حتى ذلك الحين: { $was })
           *[changed] {" "}(لاحقًا: { $now }؛ حتى ذلك الحين: { $was })
        }
       *[now] { $change ->
            [stated] {" "}(الآن: { $now })
            [unstated] {" "}(لم يعد مذكورًا؛ سابقًا: { $was })
           *[changed] {" "}(الآن: { $now }؛ سابقًا: { $was })
        }
    }
subprocessor-field-headquarters = المقرّ الرئيسي
subprocessor-field-group = المجموعة
subprocessor-field-data-categories = فئات البيانات
subprocessor-field-data-subjects = أصحاب البيانات
subprocessor-field-address = العنوان
subprocessor-field-contact = جهة الاتصال الخاصة بالخصوصية
subprocessor-field-list = قائمته الخاصة بالمعالِجين الفرعيين
subprocessor-field-applies-to = المنتجات التي يخدمها
subprocessor-field-engaged = تاريخ التعاقد
subprocessor-field-notice-exception = الاستثناء من مهلة الإشعار
subprocessor-field-effective = تاريخ البدء المعلن، وقد مضى
change-section = تغيّر: { $section }
# عناوين المجموعات التي يرتّب فيها كل إدخال من سجلّ التغييرات تغييراته.
changes-group-added = ما أُضيف
changes-group-removed = ما أُزيل
changes-group-changed = ما تغيّر
changes-group-withdrawn = ما سُحب
changes-group-to-come = يسري لاحقًا
changes-group-upcoming = ما أُعلن عنه ولم يبدأ بعد
change-reworded = أُعيدت صياغة: { $section }
change-reworded-original = أُعيدت صياغته في الأصل، ولم تُحدَّث هذه الترجمة بعد: { $section }
change-reworded-original-checked = أُعيدت صياغته في الأصل؛ رُوجعت هذه الترجمة مقابله وما زالت تقول الشيء نفسه: { $section }
change-reworded-original-restored = أُعيدت صياغة الأصل إلى النص الذي تتبعه هذه الترجمة: { $section }
change-reworded-other =
    { $state ->
        [original] أُعيدت صياغة نصوص أخرى في الصفحة في الأصل، ولم تُعَد بعد في هذه الترجمة.
       *[reworded] أُعيدت صياغة نصوص أخرى في الصفحة.
    }
change-reworded-elsewhere =
    { $state ->
        [original] { $where ->
            [notices] تغيّرت صياغة الإشعارات الموجهة إلى المسؤولين عن المعالجة في الأصل، ولم تتغير بعد في هذه الترجمة.
            [review] تغيّرت صياغة صفحات المراجعة في الأصل، ولم تتغير بعد في هذه الترجمة.
           *[changes] تغيّرت صياغة سجل التغييرات وموجزه في الأصل، ولم تتغير بعد في هذه الترجمة.
        }
       *[reworded] { $where ->
            [notices] تغيّرت صياغة الإشعارات الموجهة إلى المسؤولين عن المعالجة.
            [review] تغيّرت صياغة صفحات المراجعة.
           *[changes] تغيّرت صياغة سجل التغييرات وموجزه.
        }
    }
feed-title = { $org }: التغييرات في طريقة تعاملنا مع بياناتكم
feed-entry-title = تغييرات { $date }
feed-entry-first = أول نشر، { $date }
# تاريخ النشر الثاني أو ما بعده في اليوم نفسه، حيثما يُشار إلى النشر بتاريخه.
publication-again = { $date } (النشر رقم { $nth } في ذلك اليوم)
revision-again = { $date } (المراجعة رقم { $nth } في ذلك اليوم)
archive-link = الإصدارات السابقة
archive-title = الإصدارات السابقة من هذه الصفحة
archive-intro = يبقى كل إصدار منشور من هذه الصفحة متاحًا للقراءة على عنوانه الخاص.
archive-read = اقرأ إصدار { $date }
archive-notice = هذا إصدار هذه الصفحة المنشور في { $date }، محفوظًا للتوثيق.
archive-current = اقرأ الإصدار الحالي.
archive-notice-current = هذا إصدار هذه الصفحة المنشور في { $date }، وهو الإصدار الحالي.
archive-superseded = حلّ محلّه إصدار أحدث في { $date }.
archive-translated-later = جاءت هذه الترجمة لاحقًا: لم تكن الصفحة منشورة بهذه اللغة في ذلك اليوم.
archive-translated-added = جاءت هذه الترجمة لاحقًا: نُشرت الصفحة بهذه اللغة اعتبارًا من { $date }.
archive-words-later = لم يسجّل هذا النشر كلمات هذه الترجمة: تعرض هذه النسخة وقائعه بكلمات اليوم.
archive-terms-later = لم يسجّل هذا النشر كيف تسمّي هذه الترجمة العملاء ومستخدميهم: تسمّيهم هذه النسخة كما سجّلهم نشر { $date }.
archive-terms-today = لم يسجّل هذا النشر كيف تسمّي هذه الترجمة العملاء ومستخدميهم: تسمّيهم هذه النسخة بكلمات اليوم.
archive-translation-revised = رُوجعت هذه الترجمة بعد نشر هذه النسخة، آخر مرة في { $date }؛ تحتفظ هذه النسخة بالكلمات التي نُشرت بها.
archive-revision-notice = تحتفظ هذه النسخة بهذه الترجمة كما رُوجعت في { $date }: الكلمات التي عرضتها صفحتها منذ ذلك اليوم.
archive-revision-later = اقرأها كما رُوجعت مرة أخرى في { $date }.
archive-revisions = كل صياغة لهذه الترجمة عُرضت منذ ذلك الحين، محفوظة كما كانت:
archive-revised-on = كما رُوجعت في { $date }
translation-revised = رُوجعت هذه الترجمة في { $date }، بعد نشر هذه النسخة.
translation-as-published = اقرأها بالكلمات التي نُشرت بها.
changes-translation-revised = رُوجعت هذه الترجمة بعد نشر هذه النسخة، آخر مرة في { $date }.
archive-is-current = (الإصدار الحالي)
publication-fingerprint = البصمة الرقمية لهذا النشر:
publication-canonical = الملف الذي تُحسَب منه هذه البصمة (JSON)
archive-history = كل نشر مع بصمته، للتحقّق (JSON)
review-draft = مسودة للمراجعة: غير منشورة.
review-placeholders =
    { $count ->
        [one] في هذه المسودة قيمة واحدة مختلَقة كتبها candor init مثالًا، وتُعرض كأنها حقيقة.
        [two] في هذه المسودة قيمتان مختلَقتان كتبهما candor init مثالين، وتُعرضان كأنهما حقيقتان.
        [few] في هذه المسودة { $count } قيم مختلَقة كتبها candor init أمثلةً، وتُعرض كأنها حقائق.
        [many] في هذه المسودة { $count } قيمةً مختلَقة كتبها candor init أمثلةً، وتُعرض كأنها حقائق.
       *[other] في هذه المسودة { $count } قيمة مختلَقة كتبها candor init أمثلةً، وتُعرض كأنها حقائق.
    } ولا يمكن نشرها قبل استبدال كلٍّ منها.
review-day = مؤرَّخ كأنه يُنشر في { $date }. بصمته هي بصمة هذه المسودة: للنشر بصمته الخاصة، لأن البصمة تشمل أيضًا لحظة النشر.
review-since = التغييرات منذ النشر في { $date }
review-since-revised = التغييرات منذ النشر في { $date }، بترجمته المُراجَعة في { $revised }
review-since-added = التغييرات منذ النشر في { $date }، كما نُشر بهذه اللغة اعتبارًا من { $added }
review-first = لم يُنشر من قبل: كل شيء جديد.
review-not-since = ليس في آخر نشر: نُشر آخر مرة بهذه اللغة في { $date }. كل شيء للمراجعة.
review-none = لم يتغيّر شيء منذ آخر نشر.
review-stale-cleared = الترجمة تتبع الأصل من جديد: { $section }
review-ins-start = إضافة:
review-ins-end = نهاية الإضافة
review-del-start = حذف:
review-del-end = نهاية الحذف
review-changed = تغيّر
review-added = جديد
review-removed = حُذف

# إشعار المسؤولين عن المعالجة بمنشور يستعين بمعالِج فرعي أو يغيّره (<lang>/notices/<id>/).
notice-subject = { $org }: إشعار مسبق بتغييرات في المعالِجين الفرعيين لدينا، { $date }
notice-intro = تستعين { $org } بمعالِجين فرعيين يعالجون البيانات الشخصية نيابةً عنكم. وكما تقتضي المادة 28 (2) من اللائحة العامة لحماية البيانات، نُعلمكم بالتغييرات التالية، مع يوم سريان كلٍّ منها، لكي تتمكنوا من الاعتراض عليها.
notice-subject-withdrawn = { $org }: سحب تغييرات مُعلنة في المعالِجين الفرعيين لدينا، { $date }
notice-intro-withdrawn = أبلغتكم { $org } مسبقًا بتغييرات في معالِجيها الفرعيين، لكي تتمكنوا من الاعتراض عليها. لن تسري تغييرات أُبلغتم بها على النحو المُعلن.
notice-intro-removed =
    أبلغتكم { $org } مسبقًا بتغييرات في معالِجيها الفرعيين، لكي تتمكنوا من الاعتراض عليها. { $count ->
        [one] لم تعد تستعين بمعالِج فرعي تتعلق به هذه التغييرات: يُزال
       *[other] لم تعد تستعين بـ { $count } من المعالِجين الفرعيين الذين تتعلق بهم هذه التغييرات: يُزالون
    } في اليوم المذكور، ولن تسري تغييرات أُبلغتم بها.
notice-intro-removed-kept =
    أبلغتكم { $org } بتغييرات في معالِجيها الفرعيين سرت قبل آخر يوم كان يمكنكم فيه الاعتراض عليها. { $count ->
        [one] لم تعد تستعين بمعالِج فرعي تتعلق به هذه التغييرات: يُزال في اليوم المذكور، ولم يعد آخر يوم للاعتراض عليه قائمًا.
       *[other] لم تعد تستعين بـ { $count } من المعالِجين الفرعيين الذين تتعلق بهم هذه التغييرات: يُزالون في اليوم المذكور، ولم تعد آخر أيام الاعتراض عليهم قائمة.
    }
notice-subject-at-once = { $org }: إشعار بتغييرات في المعالِجين الفرعيين لدينا، { $date }
notice-intro-at-once =
    { $since ->
        [yes] تستعين { $org } بمعالِجين فرعيين يعالجون البيانات الشخصية نيابةً عنكم. وكما تقتضي المادة 28 (2) من اللائحة العامة لحماية البيانات، نُعلمكم بالتغييرات التالية؛ ويسري كلٌّ منها منذ اليوم المذكور له، ويظل بإمكانكم الاعتراض عليها.
       *[no] تستعين { $org } بمعالِجين فرعيين يعالجون البيانات الشخصية نيابةً عنكم. وكما تقتضي المادة 28 (2) من اللائحة العامة لحماية البيانات، نُعلمكم بالتغييرات التالية؛ وهي تسري فورًا، ويظل بإمكانكم الاعتراض عليها.
    }
notice-intro-told = أبلغتكم { $org } مسبقًا بتغييرات في معالِجيها الفرعيين. هذا ما تغيّر منذ ذلك الحين، مع اليوم الذي يسري فيه كلٌّ منه؛ لا جديد فيه يمكنكم الاعتراض عليه.
notice-takes-effect = يسري اعتبارًا من { $date }.
notice-in-effect-since = سارٍ منذ { $date }.
notice-object-until = يمكنكم الاعتراض حتى { $date } ضمنًا.
notice-objection-ended = لم يعد آخر يوم للاعتراض المذكور سابقًا، { $date }، قائمًا.
notice-exception =
    { $reason ->
        [legal-obligation] استثناء من مهلة الإشعار لدينا: القانون يقتضي هذا التغيير.
       *[emergency-replacement] استثناء من مهلة الإشعار لدينا: يحلّ هذا التغيير محلّ معالِج فرعي في حالة طارئة.
    }
notice-how = للاعتراض أو لأي استفسار، راسلونا على { $contact }.
notice-how-withdrawn = لأي استفسار، راسلونا على { $contact }.
notice-page = القائمة الحالية للمعالِجين الفرعيين: { $url }
notice-fingerprint = منشور بتاريخ { $date }، البصمة { $fingerprint }.
notice-stale = لم تواكب أجزاء من هذه الترجمة تغييرًا في النص الأصلي بعد: حيثما اختلف النصّان، يسري النص الأصلي.
notice-event-start =
    { $kind ->
        [engaged] { $name }: يبدأ عمله اعتبارًا من هذا اليوم
        [removed] { $name }: يتوقف عمله اعتبارًا من هذا اليوم
       *[changes] { $name }: يسري التغيير
    }
notice-event-objection = { $name }: آخر يوم للاعتراض
notice-event-cancelled = أُلغي: { $event }
notice-link = إشعار المسؤولين عن المعالجة:
notice-format-email = بريد إلكتروني (EML)
