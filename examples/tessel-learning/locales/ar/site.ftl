### تسميات المعرّفات التي يحدّدها محتوى هذا الموقع: أصحاب البيانات وفئاتها، وفئات الموظفين،
### والأنظمة وأغراضها، والمنتجات، وغرض ومجموعة خاصّان بهذا الموقع للمعالِجين الفرعيين.

subject-learners = المتعلّمون: الموظفون الذين يسجّلهم عملاؤنا في الدورات والحصص
subject-trainers = المدرّبون الذين يقدّمون الحصص المباشرة
subject-customer-admins = المسؤولون عن إدارة الحسابات لدى عملائنا وجهات الاتصال الخاصة بالفوترة
category-account-details = بيانات الحساب، مثل الاسم وعنوان البريد الإلكتروني للعمل والمسمّى الوظيفي
category-learning-records = سجلات التعلّم: التسجيل في الدورات والتقدّم فيها ونتائج الاختبارات القصيرة والشهادات
category-class-recordings = تسجيلات الحصص المباشرة مع محادثاتها المكتوبة، حين يفعّل العميل التسجيل
category-usage = بيانات تقنية عن استخدام { $org }، مثل عمليات تسجيل الدخول والجهاز المستخدَم
access-group-platform-engineers = مهندسو المنصّة
access-purpose-platform-engineers = لبناء الأنظمة التي تحفظ البيانات وتشغيلها وإصلاحها.
access-group-support = فريق الدعم
access-purpose-support = لمساعدة المتعلّمين والمدرّبين والمسؤولين لديكم حين يطلبون منّا ذلك.
access-group-other-staff = سائر الموظفين
access-purpose-other-staff = لا يتطلّب عملهم ذلك.
system-hr = نظام الموارد البشرية
purpose-enrolment = تسجيل الموظفين بوصفهم متعلّمين
purpose-completion-reports = تقارير بالدورات المكتملة والشهادات
applies-to-courses = دورات ذاتية الإيقاع
applies-to-live-classes = حصص مباشرة عبر الإنترنت
subprocessor-purpose-captioning = التسميات التوضيحية المباشرة والنصوص المفرّغة
subprocessor-group-accessibility = خدمات إمكانية الوصول

## Why and how the data is processed (Annex I.B).
processing-purpose-courses = تشغيل دورات العميل وحفظ تقدّم كل متعلّم
processing-purpose-live-classes = عقد الحصص المباشرة والاحتفاظ بتسجيلاتها للصف
processing-purpose-support = مساعدة المتعلّمين والمدرّبين والمسؤولين على استخدام { $org }
processing-operation-collection = جمع البيانات التي يُدخلها المتعلّمون والمدرّبون والمسؤولون
processing-operation-storage = تخزين البيانات
processing-operation-recording = تسجيل الحصص المباشرة
processing-operation-progress-reports = إبلاغ مسؤولي العميل بتقدّم المتعلّمين
processing-operation-erasure = حذف البيانات حين لا يعود الاحتفاظ بها قائمًا
