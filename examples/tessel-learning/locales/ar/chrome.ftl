### أجزاء كل صفحة المحيطة بالنص: العنوان والتنقّل والتاريخ وكلمات الجداول.

page-title = معالجة البيانات لدى { $org }
skip-to-content = الانتقال إلى النص الرئيسي
languages-label = هذه الصفحة بلغات أخرى
contents-label = المحتويات
last-modified = آخر تعديل: { $date }
index-title = { $org }: كيف نتعامل مع بياناتكم
index-intro = اختر لغة:

yes = نعم
no = لا
not-applicable = لا ينطبق
not-published = غير منشور
not-stated = غير مذكور
stale-notice = تغيّر هذا القسم في النص الأصلي منذ ترجمته. وإلى أن تُحدَّث هذه الترجمة، يُعتدّ بالنص الأصلي:
untranslated-notice = أجزاء من هذه الوثيقة لم تُترجم بعد، وتُقرأ كما في الأصل:

## الملخّص أعلى الصفحة: كل بند فيه حقيقة، مع رابط إلى القسم الذي يفصّلها.
summary-heading = لمحة سريعة
summary-subprocessors = المعالِجون الفرعيون المعتمَدون: { $count }{ $changing ->
        [0] {""}
       *[other] {" "}(تغييرات قادمة لـ{ $changing } منهم)
    }{ $upcoming ->
        [0] {""}
       *[other] ، والمعلَن عنهم: { $upcoming }
    }
summary-hosting = أماكن تخزين البيانات: { $countries }
summary-breach = الإبلاغ عن خروقات البيانات: خلال { $hours } ساعة حيثما أمكن
summary-changed = آخر تغيير: { $date }
summary-follow = تابعوا التغييرات:
summary-feed = موجز Atom
summary-made-later = لم تكن هذه اللمحة على الصفحة المنشورة في ذلك اليوم: أُعدّت لاحقًا من وقائع ذلك النشر.
