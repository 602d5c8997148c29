<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>“{code}” is not a school code. A school code has letters, digits, “-” or “_”, like DEMO.</source>
        <translation>“{code}” اسکول کوڈ نہیں ہے۔ اسکول کوڈ میں حروف، ہندسے، “-” یا “_” ہوتے ہیں، جیسے DEMO۔</translation>
    </message>
    <message>
        <source>Open a school file</source>
        <translation>اسکول کی فائل کھولیں</translation>
    </message>
    <message>
        <source>Daftar school files (*.daftar)</source>
        <translation>دفتر اسکول فائلیں (*.daftar)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>That is not the password for {username} on this computer. Try again; if it was changed, sign in with the school&apos;s server.</source>
        <translation>اس کمپیوٹر پر {username} کا یہ پاس ورڈ نہیں ہے۔ دوبارہ کوشش کریں؛ اگر یہ بدل گیا ہے تو اسکول کے سرور سے سائن ان کریں۔</translation>
    </message>
    <message>
        <source>Signing in stopped because of an internal error. The details are in the log file: {log}</source>
        <translation>اندرونی خرابی کی وجہ سے سائن ان رک گیا۔ تفصیل لاگ فائل میں ہے: {log}</translation>
    </message>
    <message>
        <source>This computer has no secure password store (keyring), so your sign-in is kept only while Daftar is open. After closing Daftar you can still unlock it with your password and work offline, but you will need to sign in again to sync.</source>
        <translation>اس کمپیوٹر میں پاس ورڈ محفوظ رکھنے کی جگہ (کی رِنگ) نہیں ہے، اس لیے آپ کا سائن ان صرف دفتر کھلا رہنے تک رہتا ہے۔ دفتر بند کرنے کے بعد بھی آپ پاس ورڈ سے اسے کھول کر آف لائن کام کر سکتے ہیں، لیکن سنک کے لیے دوبارہ سائن ان کرنا ہوگا۔</translation>
    </message>
    <message>
        <source>The demo school&apos;s server could not be started. The details are in the log file: {log}</source>
        <translation>نمونہ اسکول کا سرور شروع نہیں ہو سکا۔ تفصیل لاگ فائل میں ہے: {log}</translation>
    </message>
    <message>
        <source>This school file is not signed in to a server: it is kept on this computer only.</source>
        <translation>یہ اسکول فائل کسی سرور سے منسلک نہیں: یہ صرف اسی کمپیوٹر پر رکھی ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>Changes waiting to be sent: %n. They are kept on this computer and sent the next time someone allowed to send them signs in.</source>
        <translation>
            <numerusform>بھیجنے کے لیے منتظر تبدیلیاں: %n۔ یہ اسی کمپیوٹر پر محفوظ ہیں اور اگلی بار کسی مجاز شخص کے سائن ان کرنے پر بھیجی جائیں گی۔</numerusform>
            <numerusform>بھیجنے کے لیے منتظر تبدیلیاں: %n۔ یہ اسی کمپیوٹر پر محفوظ ہیں اور اگلی بار کسی مجاز شخص کے سائن ان کرنے پر بھیجی جائیں گی۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Edit assessment</source>
        <translation>جانچ میں ترمیم</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>نئی جانچ</translation>
    </message>
    <message>
        <source>e.g. Unit test 2</source>
        <translation>مثلاً یونٹ ٹیسٹ 2</translation>
    </message>
    <message>
        <source>How much this assessment counts against others of its category</source>
        <translation>یہ جانچ اپنی قسم کی دوسری جانچوں کے مقابلے میں کتنی اہم ہے</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>تاریخ انعقاد</translation>
    </message>
    <message>
        <source>Category weights of the subject are set by the principal.</source>
        <translation>مضمون کی اقسام کا وزن پرنسپل طے کرتے ہیں۔</translation>
    </message>
    <message>
        <source>This subject has no category weights yet: its categories will weigh the same.</source>
        <translation>اس مضمون کی اقسام کا وزن ابھی طے نہیں: سب اقسام برابر شمار ہوں گی۔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>کل نمبر</translation>
    </message>
    <message>
        <source>Weight in category</source>
        <translation>قسم میں وزن</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Year &amp; terms</source>
        <translation>سال اور ٹرمیں</translation>
    </message>
    <message>
        <source>The academic calendar is kept by the school&apos;s server; changes are made online and reach this computer with the next sync. Terms lie inside their year and do not overlap.</source>
        <translation>تعلیمی کیلنڈر اسکول کے سرور پر رکھا جاتا ہے؛ تبدیلیاں آن لائن ہوتی ہیں اور اگلے سنک پر اس کمپیوٹر تک پہنچتی ہیں۔ ٹرمیں اپنے سال کے اندر ہوتی ہیں اور ایک دوسرے پر نہیں چڑھتیں۔</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>موجودہ</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>ٹرم</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>وزن</translation>
    </message>
    <message>
        <source>Marks entry</source>
        <translation>نمبروں کا اندراج</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھلا</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>شائع شدہ</translation>
    </message>
    <message>
        <source>Add a Year…</source>
        <translation>سال شامل کریں…</translation>
    </message>
    <message>
        <source>Edit the Year…</source>
        <translation>سال میں ترمیم…</translation>
    </message>
    <message>
        <source>Make It the Current Year</source>
        <translation>اسے موجودہ سال بنائیں</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>ٹرمیں</translation>
    </message>
    <message>
        <source>Add a Term…</source>
        <translation>ٹرم شامل کریں…</translation>
    </message>
    <message>
        <source>Edit the Term…</source>
        <translation>ٹرم میں ترمیم…</translation>
    </message>
    <message>
        <source>Remove the Term</source>
        <translation>ٹرم ہٹائیں</translation>
    </message>
    <message>
        <source>Terms of {year}</source>
        <translation>{year} کی ٹرمیں</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>ایک سال</translation>
    </message>
    <message>
        <source>Academic Year</source>
        <translation>تعلیمی سال</translation>
    </message>
    <message>
        <source>New Academic Year</source>
        <translation>نیا تعلیمی سال</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>e.g. 2026–27</source>
        <translation>مثلاً 2026–27</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>پہلا دن:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>آخری دن:</translation>
    </message>
    <message>
        <source>{year} is already the current year.</source>
        <translation>{year} پہلے ہی موجودہ سال ہے۔</translation>
    </message>
    <message>
        <source>the year the term belongs to</source>
        <translation>وہ سال جس کی یہ ٹرم ہے</translation>
    </message>
    <message>
        <source>a term</source>
        <translation>ایک ٹرم</translation>
    </message>
    <message>
        <source>Term of {year}</source>
        <translation>{year} کی ٹرم</translation>
    </message>
    <message>
        <source>e.g. Term 1</source>
        <translation>مثلاً ٹرم 1</translation>
    </message>
    <message>
        <source>Weight in the year&apos;s result:</source>
        <translation>سال کے نتیجے میں وزن:</translation>
    </message>
    <message>
        <source>Teachers may enter marks</source>
        <translation>اساتذہ نمبر درج کر سکتے ہیں</translation>
    </message>
    <message>
        <source>{term} was removed on the school&apos;s server.</source>
        <translation>{term} اسکول کے سرور پر ہٹا دی گئی۔</translation>
    </message>
</context>
<context>
    <name>CancelPaymentDialog</name>
    <message>
        <source>Cancel receipt {number}</source>
        <translation>رسید {number} منسوخ کریں</translation>
    </message>
    <message>
        <source>Receipt {number} ({amount}) will be marked CANCELLED and the amount owed again. The payment and its number stay on record; this cannot be undone.</source>
        <translation>رسید {number} ({amount}) منسوخ لکھی جائے گی اور رقم دوبارہ واجب الادا ہوگی۔ ادائیگی اور اس کا نمبر ریکارڈ میں رہیں گے؛ یہ واپس نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Why is it cancelled? (kept with the receipt)</source>
        <translation>یہ کیوں منسوخ ہو رہی ہے؟ (رسید کے ساتھ محفوظ رہے گا)</translation>
    </message>
    <message>
        <source>Cancel the payment</source>
        <translation>ادائیگی منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>CashCloseDialog</name>
    <message>
        <source>Close the cash</source>
        <translation>نقدی بند کریں</translation>
    </message>
    <message>
        <source>Count the cash in your drawer. Once closed, no payment for this day and no cancellation today can be made by you on this computer.</source>
        <translation>اپنی دراز کی نقدی گنیں۔ بند کرنے کے بعد آپ اس کمپیوٹر پر اس دن کی کوئی ادائیگی یا آج کوئی منسوخی نہیں کر سکیں گے۔</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>گنی ہوئی نقدی</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>متوقع نقدی</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>فرق</translation>
    </message>
    <message>
        <source>The count differs from the day book: write a note saying why.</source>
        <translation>گنتی روزنامچے سے مختلف ہے: وجہ کا نوٹ لکھیں۔</translation>
    </message>
</context>
<context>
    <name>CategoryWeightsDialog</name>
    <message>
        <source>Category weights</source>
        <translation>اقسام کا وزن</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>وزن %</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>قسم شامل کریں</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>مضمون</translation>
    </message>
    <message>
        <source>The weight of {category} must be a whole percentage.</source>
        <translation>{category} کا وزن پورا فیصد ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The weight of a category must be a whole percentage.</source>
        <translation>قسم کا وزن پورا فیصد ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Total: 100% ✓</source>
        <translation>کل: 100% ✓</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Click a part of the chart to see the list behind it.</source>
        <translation>چارٹ کے کسی حصے پر کلک کر کے اس کی فہرست دیکھیں۔</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>جانچیں</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>درآمد کریں</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>مسائل</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>تبدیلیاں</translation>
    </message>
    <message>
        <source>Checking every row against the school…</source>
        <translation>ہر قطار کو اسکول کے ریکارڈ سے جانچا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Every row can be imported. Nothing is written until you press Import.</source>
        <translation>ہر قطار درآمد ہو سکتی ہے۔ درآمد دبانے تک کچھ نہیں لکھا جائے گا۔</translation>
    </message>
    <message>
        <source>{new} new student(s), {changed} to update, {same} already up to date.</source>
        <translation>{new} نئے طلبہ، {changed} کی تازہ کاری، {same} پہلے سے تازہ۔</translation>
    </message>
    <message>
        <source>new</source>
        <translation>نیا</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>قطار</translation>
    </message>
    <message>
        <source>Admission no.</source>
        <translation>داخلہ نمبر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>کیا ہوگا</translation>
    </message>
    <message>
        <source>Nothing will be imported until every problem is corrected in the file. Correct them, save the file, and choose it again.</source>
        <translation>جب تک فائل میں ہر مسئلہ درست نہ ہو کچھ درآمد نہیں ہوگا۔ انہیں درست کریں، فائل محفوظ کریں اور دوبارہ چنیں۔</translation>
    </message>
    <message>
        <source>{n} problem(s) in {rows} row(s):</source>
        <translation>{rows} قطاروں میں {n} مسائل:</translation>
    </message>
    <message>
        <source>the first {shown} are listed.</source>
        <translation>پہلے {shown} درج ہیں۔</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>کالم</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
</context>
<context>
    <name>CodesPage</name>
    <message>
        <source>Attendance codes</source>
        <translation>حاضری کے کوڈ</translation>
    </message>
    <message>
        <source>The letters teachers and the office put on the roll call. Each code&apos;s letters are used once; a code already on the registers keeps its letters.</source>
        <translation>وہ حروف جو اساتذہ اور دفتر حاضری میں لگاتے ہیں۔ ہر کوڈ کے حروف ایک ہی بار استعمال ہوتے ہیں؛ رجسٹر میں موجود کوڈ کے حروف نہیں بدلتے۔</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>مطلب</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>شمار بطور</translation>
    </message>
    <message>
        <source>Office only</source>
        <translation>صرف دفتر</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ترتیب</translation>
    </message>
    <message>
        <source>Add a Code…</source>
        <translation>کوڈ شامل کریں…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ترمیم…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>a code</source>
        <translation>ایک کوڈ</translation>
    </message>
    <message>
        <source>Attendance Code</source>
        <translation>حاضری کا کوڈ</translation>
    </message>
    <message>
        <source>Letters:</source>
        <translation>حروف:</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>مطلب:</translation>
    </message>
    <message>
        <source>Counts as:</source>
        <translation>شمار بطور:</translation>
    </message>
    <message>
        <source>Only the office may use it (e.g. excused with a note)</source>
        <translation>صرف دفتر استعمال کر سکتا ہے (مثلاً درخواست کے ساتھ رخصت)</translation>
    </message>
    <message>
        <source>Order on the roll call:</source>
        <translation>حاضری میں ترتیب:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Daftar: offline-first school software. Attendance, marks, fees and receipts kept on this computer and synced with the school&apos;s server when online. With no command, opens the app.</source>
        <translation>دفتر: اسکول کا سافٹ ویئر جو انٹرنیٹ کے بغیر بھی چلتا ہے۔ حاضری، نمبر، فیس اور رسیدیں اسی کمپیوٹر پر رہتی ہیں اور آن لائن ہونے پر اسکول کے سرور سے سنک ہو جاتی ہیں۔ کسی کمانڈ کے بغیر ایپ کھولتا ہے۔</translation>
    </message>
    <message>
        <source>keep school files, settings and logs under DIR instead of the user data folder (also DAFTAR_DATA_DIR)</source>
        <translation>اسکول فائلیں، سیٹنگز اور لاگ صارف کے ڈیٹا فولڈر کے بجائے DIR میں رکھیں (یا DAFTAR_DATA_DIR)</translation>
    </message>
    <message>
        <source>log more, and to the console too</source>
        <translation>زیادہ تفصیل سے لاگ کریں، اور کنسول پر بھی</translation>
    </message>
    <message>
        <source>the language to speak, e.g. fr_FR or ur_PK (also DAFTAR_LANG; default: the language chosen in the settings, else this computer&apos;s)</source>
        <translation>بولنے کی زبان، مثلاً fr_FR یا ur_PK (یا DAFTAR_LANG؛ ورنہ سیٹنگز میں چنی گئی زبان، اور وہ بھی نہ ہو تو اس کمپیوٹر کی زبان)</translation>
    </message>
    <message>
        <source>open the demo school (made on first use, kept for the next run)</source>
        <translation>ڈیمو اسکول کھولیں (پہلی بار استعمال پر بنتا ہے، اگلی بار کے لیے محفوظ رہتا ہے)</translation>
    </message>
    <message>
        <source>open this school&apos;s file (by school code)</source>
        <translation>اس اسکول کی فائل کھولیں (اسکول کوڈ سے)</translation>
    </message>
    <message>
        <source>check that this copy of Daftar has everything it needs (offscreen), then exit</source>
        <translation>جانچیں کہ دفتر کی اس کاپی میں ہر ضروری چیز موجود ہے (اسکرین کے بغیر)، پھر بند ہو جائیں</translation>
    </message>
    <message>
        <source>make a realistic demo school file</source>
        <translation>ایک حقیقت جیسی ڈیمو اسکول فائل بنائیں</translation>
    </message>
    <message>
        <source>Make a demo school: students with names from several cultures, sections, teachers, a term of attendance, marks, fees and payments.</source>
        <translation>ایک ڈیمو اسکول بنائیں: کئی ثقافتوں کے ناموں والے طلبہ، سیکشن، اساتذہ، ایک ٹرم کی حاضری، نمبر، فیس اور ادائیگیاں۔</translation>
    </message>
    <message>
        <source>small ~300 students, default ~600, large 2,000 (default: %(default)s)</source>
        <translation>small تقریباً 300 طلبہ، default تقریباً 600، large دو ہزار (ورنہ: %(default)s)</translation>
    </message>
    <message>
        <source>write the school file here (default: the data folder)</source>
        <translation>اسکول فائل یہاں لکھیں (ورنہ: ڈیٹا فولڈر میں)</translation>
    </message>
    <message>
        <source>random seed, for the same school every time</source>
        <translation>رینڈم سیڈ، تاکہ ہر بار وہی اسکول بنے</translation>
    </message>
    <message>
        <source>replace an existing demo file</source>
        <translation>پہلے سے موجود ڈیمو فائل کی جگہ نئی بنائیں</translation>
    </message>
    <message>
        <source>check a school file and bring it up to date</source>
        <translation>اسکول فائل جانچیں اور اسے تازہ کریں</translation>
    </message>
    <message>
        <source>Check that FILE is a healthy Daftar school file, back it up and migrate it to this version&apos;s schema. Prints what it found.</source>
        <translation>جانچیں کہ FILE دفتر کی ٹھیک اسکول فائل ہے، اس کا بیک اپ لیں اور اسے اس ورژن کی ساخت پر لے آئیں۔ جو ملا وہ بتاتا ہے۔</translation>
    </message>
    <message>
        <source>back up a school file now (or list its backups)</source>
        <translation>اسکول فائل کا ابھی بیک اپ لیں (یا اس کے بیک اپ کی فہرست دیکھیں)</translation>
    </message>
    <message>
        <source>Copy a school&apos;s file into the backups folder (safe while Daftar is open); the newest copies are kept.</source>
        <translation>اسکول کی فائل بیک اپ فولڈر میں کاپی کریں (دفتر کھلا ہو تب بھی محفوظ)؛ سب سے نئی کاپیاں رکھی جاتی ہیں۔</translation>
    </message>
    <message>
        <source>list the school&apos;s backups, newest first</source>
        <translation>اسکول کے بیک اپ کی فہرست، سب سے نیا پہلے</translation>
    </message>
    <message>
        <source>how many backups of the school to keep (default: the &quot;Backups kept&quot; setting)</source>
        <translation>اسکول کے کتنے بیک اپ رکھنے ہیں (ورنہ: سیٹنگ «رکھے جانے والے بیک اپ»)</translation>
    </message>
    <message>
        <source>put a backup in place of a school file</source>
        <translation>اسکول فائل کی جگہ ایک بیک اپ رکھیں</translation>
    </message>
    <message>
        <source>Replace a school&apos;s file by a backup (by default the newest healthy one). The replaced file is kept in the backups folder, and changes it held that had not synced yet are recovered.</source>
        <translation>اسکول کی فائل کو ایک بیک اپ سے بدلیں (ورنہ سب سے نیا ٹھیک بیک اپ)۔ بدلی گئی فائل بیک اپ فولڈر میں رکھی جاتی ہے، اور اس کی وہ تبدیلیاں جو ابھی سنک نہیں ہوئی تھیں واپس لے لی جاتی ہیں۔</translation>
    </message>
    <message>
        <source>the backup to restore (default: newest healthy)</source>
        <translation>بحال کرنے والا بیک اپ (ورنہ: سب سے نیا ٹھیک بیک اپ)</translation>
    </message>
    <message>
        <source>sign in to a school&apos;s server and download the school</source>
        <translation>اسکول کے سرور میں سائن ان کریں اور اسکول ڈاؤن لوڈ کریں</translation>
    </message>
    <message>
        <source>Sign in online (the password is asked for, or read from DAFTAR_PASSWORD), register this computer with the school, and download what your role may see.</source>
        <translation>آن لائن سائن ان کریں (پاس ورڈ پوچھا جاتا ہے، یا DAFTAR_PASSWORD سے لیا جاتا ہے)، اس کمپیوٹر کو اسکول میں رجسٹر کریں، اور جو کچھ آپ کا کردار دیکھ سکتا ہے وہ ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <source>the school&apos;s server, e.g. https://sis.example.org</source>
        <translation>اسکول کا سرور، مثلاً https://sis.example.org</translation>
    </message>
    <message>
        <source>the school&apos;s code</source>
        <translation>اسکول کا کوڈ</translation>
    </message>
    <message>
        <source>sync a school once and print what happened</source>
        <translation>اسکول کو ایک بار سنک کریں اور بتائیں کیا ہوا</translation>
    </message>
    <message>
        <source>Send this computer&apos;s saved changes to the school&apos;s server and receive everyone else&apos;s, as the signed-in person. Exit status 0 when the sync completed.</source>
        <translation>اس کمپیوٹر کی محفوظ تبدیلیاں اسکول کے سرور کو بھیجیں اور باقی سب کی تبدیلیاں وصول کریں، سائن ان شخص کے طور پر۔ سنک مکمل ہو تو ایگزٹ اسٹیٹس 0۔</translation>
    </message>
    <message>
        <source>{file} already exists; use --force to replace it.</source>
        <translation>{file} پہلے سے موجود ہے؛ اس کی جگہ نئی بنانے کے لیے --force لگائیں۔</translation>
    </message>
    <message>
        <source>{file}: a healthy Daftar school file, up to date.</source>
        <translation>{file}: دفتر کی درست اسکول فائل، تازہ ترین۔</translation>
    </message>
    <message>
        <source>There is no school file for {code} ({file}).</source>
        <translation>{code} کی کوئی اسکول فائل نہیں ہے ({file})۔</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>بیک اپ یہاں محفوظ ہوا: {file}</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)</source>
        <translation>
            <numerusform>%n تبدیلی بھیجی جا رہی ہے</numerusform>
            <numerusform>%n تبدیلیاں بھیجی جا رہی ہیں</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiving {done}/{total} rows</source>
        <translation>{total} میں سے {done} قطاریں موصول</translation>
    </message>
    <message>
        <source>Password for {username}: </source>
        <translation>{username} کا پاس ورڈ: </translation>
    </message>
    <message>
        <source>Signed in to {school} as {name} ({role}); this computer is device {device}.</source>
        <translation>{school} میں {name} ({role}) کے طور پر سائن اِن ہو گئے؛ یہ کمپیوٹر ڈیوائس {device} ہے۔</translation>
    </message>
    <message>
        <source>import students from a CSV or XLSX roster</source>
        <translation>CSV یا XLSX فہرست سے طلبہ درآمد کریں</translation>
    </message>
    <message>
        <source>Check every row of a roster (CSV or XLSX) against the school and import it in one go: new students are added, changed ones updated (matched on the admission number), and a file with any problem changes nothing. Exit status 0 when imported (or, with --dry-run, when it would be), 1 when the roster has problems, 2 when the file or the school cannot be opened.</source>
        <translation>فہرست (CSV یا XLSX) کی ہر قطار کو اسکول کے مطابق جانچیں اور ایک ہی بار میں درآمد کریں: نئے طلبہ شامل ہوتے ہیں، بدلے ہوئے تازہ ہوتے ہیں (داخلہ نمبر سے پہچانے جاتے ہیں)، اور جس فائل میں کوئی بھی مسئلہ ہو وہ کچھ نہیں بدلتی۔ درآمد ہونے پر ایگزٹ اسٹیٹس 0 (یا --dry-run کے ساتھ، جب درآمد ہو سکتی ہو)، فہرست میں مسئلے ہوں تو 1، فائل یا اسکول نہ کھل سکے تو 2۔</translation>
    </message>
    <message>
        <source>which column holds a field, by header or letter, e.g. &quot;admission_no=Adm No,section=C&quot; (the others are guessed from the headers)</source>
        <translation>کون سا کالم کس خانے کا ہے، ہیڈر یا حرف سے، مثلاً «admission_no=Adm No,section=C» (باقی ہیڈروں سے اندازہ کیے جاتے ہیں)</translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation>جانچیں اور بتائیں، کچھ نہ لکھیں</translation>
    </message>
    <message>
        <source>export a register, marks, results, a ledger, a day book or the defaulters</source>
        <translation>رجسٹر، نمبر، نتائج، کھاتہ، روزنامچہ یا نادہندگان برآمد کریں</translation>
    </message>
    <message>
        <source>Write one of the school&apos;s lists to a CSV or XLSX file (by the extension of --to). register needs --section and --month; marks and results --section and --term (marks: --subject for one subject); ledger --student; day-book --day (default today); defaulters takes --section and --overdue-only.</source>
        <translation>اسکول کی کوئی ایک فہرست CSV یا XLSX فائل میں لکھیں (--to کی ایکسٹینشن کے مطابق)۔ register کو --section اور --month چاہییں؛ marks اور results کو --section اور --term (marks: ایک مضمون کے لیے --subject)؛ ledger کو --student؛ day-book کو --day (ورنہ آج)؛ defaulters کے ساتھ --section اور --overdue-only دیے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>the file to write: .csv or .xlsx</source>
        <translation>لکھی جانے والی فائل: ‎.csv یا ‎.xlsx</translation>
    </message>
    <message>
        <source>a section of this year, e.g. &quot;7 A&quot;</source>
        <translation>اس سال کا ایک سیکشن، مثلاً «7 A»</translation>
    </message>
    <message>
        <source>the register&apos;s month (default: this month)</source>
        <translation>رجسٹر کا مہینہ (ورنہ: یہ مہینہ)</translation>
    </message>
    <message>
        <source>a term of this year, e.g. &quot;Term 1&quot;</source>
        <translation>اس سال کی ایک ٹرم، مثلاً «Term 1»</translation>
    </message>
    <message>
        <source>marks of one subject (code or name)</source>
        <translation>ایک مضمون کے نمبر (کوڈ یا نام)</translation>
    </message>
    <message>
        <source>the student whose ledger to export</source>
        <translation>وہ طالب علم جس کا کھاتہ برآمد کرنا ہے</translation>
    </message>
    <message>
        <source>the day book&apos;s day (default: today)</source>
        <translation>روزنامچے کا دن (ورنہ: آج)</translation>
    </message>
    <message>
        <source>defaulters: only those with money overdue</source>
        <translation>نادہندگان: صرف وہ جن کی رقم کی مدت گزر چکی ہے</translation>
    </message>
    <message>
        <source>Nothing was written (--dry-run).</source>
        <translation>کچھ نہیں لکھا گیا (--dry-run)۔</translation>
    </message>
    <message>
        <source>daftar export {what} needs --{option}.</source>
        <translation>daftar export {what} کے لیے --{option} ضروری ہے۔</translation>
    </message>
    <message>
        <source>--month {month} is not a month like 2026-11.</source>
        <translation>--month {month} کوئی مہینہ نہیں، جیسے 2026-11۔</translation>
    </message>
    <message>
        <source>--day {day} is not a day like 2026-11-23.</source>
        <translation>--day {day} کوئی دن نہیں، جیسے 2026-11-23۔</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>{file} لکھی نہیں جا سکتی: {reason}۔</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {what} (%n line(s)) to {file}.</source>
        <translation>
            <numerusform>{what} (%n سطر) {file} میں لکھا گیا۔</numerusform>
            <numerusform>{what} (%n سطریں) {file} میں لکھا گیا۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored the school from the backup {file}.</source>
        <translation>اسکول بیک اپ {file} سے بحال کر دیا گیا۔</translation>
    </message>
    <message>
        <source>The file it replaced is kept as {file}.</source>
        <translation>جس فائل کی جگہ لی گئی وہ {file} کے نام سے محفوظ ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) that were waiting to sync were recovered from it and will be sent at the next sync.</source>
        <translation>
            <numerusform>سنک کی منتظر %n تبدیلی اس سے واپس لے لی گئی ہے اور اگلے سنک پر بھیج دی جائے گی۔</numerusform>
            <numerusform>سنک کی منتظر %n تبدیلیاں اس سے واپس لے لی گئی ہیں اور اگلے سنک پر بھیج دی جائیں گی۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced file could not be read, so changes made after the backup and not yet synced could not be recovered from it; keep that file for your support contact.</source>
        <translation>بدلی گئی فائل پڑھی نہیں جا سکی، اس لیے بیک اپ کے بعد کی وہ تبدیلیاں جو ابھی سنک نہیں ہوئی تھیں اس سے واپس نہیں لی جا سکیں؛ یہ فائل اپنے مددگار کے لیے سنبھال کر رکھیں۔</translation>
    </message>
    <message>
        <source>Another sync of this school is running; nothing done.</source>
        <translation>اس اسکول کا ایک اور سنک چل رہا ہے؛ کچھ نہیں کیا گیا۔</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s): {applied} applied, {merged} merged, {conflicts} in conflict, {rejected} refused.</source>
        <translation>
            <numerusform>%n تبدیلی بھیجی گئی: {applied} لاگو، {merged} ضم، {conflicts} میں تضاد، {rejected} مسترد۔</numerusform>
            <numerusform>%n تبدیلیاں بھیجی گئیں: {applied} لاگو، {merged} ضم، {conflicts} میں تضاد، {rejected} مسترد۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s), a full download of what this computer may see.</source>
        <translation>
            <numerusform>%n تبدیلی وصول ہوئی، یعنی جو کچھ یہ کمپیوٹر دیکھ سکتا ہے اس کا پورا ڈاؤن لوڈ۔</numerusform>
            <numerusform>%n تبدیلیاں وصول ہوئیں، یعنی جو کچھ یہ کمپیوٹر دیکھ سکتا ہے اس کا پورا ڈاؤن لوڈ۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s).</source>
        <translation>
            <numerusform>%n تبدیلی وصول ہوئی۔</numerusform>
            <numerusform>%n تبدیلیاں وصول ہوئیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n row(s) this computer may no longer see.</source>
        <translation>
            <numerusform>%n قطار ہٹا دی گئی جو یہ کمپیوٹر اب نہیں دیکھ سکتا۔</numerusform>
            <numerusform>%n قطاریں ہٹا دی گئیں جو یہ کمپیوٹر اب نہیں دیکھ سکتا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server had been restored from an older backup: %n change(s) it had lost were sent again.</source>
        <translation>
            <numerusform>سرور ایک پرانے بیک اپ سے بحال کیا گیا تھا: اس سے ضائع ہونے والی %n تبدیلی دوبارہ بھیج دی گئی۔</numerusform>
            <numerusform>سرور ایک پرانے بیک اپ سے بحال کیا گیا تھا: اس سے ضائع ہونے والی %n تبدیلیاں دوبارہ بھیج دی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded again after a checksum difference: {tables}.</source>
        <translation>چیک سم میں فرق کے بعد دوبارہ ڈاؤن لوڈ کیا گیا: {tables}۔</translation>
    </message>
    <message>
        <source>Took {seconds} s.</source>
        <translation>{seconds} سیکنڈ لگے۔</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>رک گیا: {reason}</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>دستی</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>روزانہ</translation>
    </message>
    <message>
        <source>before update {revision}</source>
        <translation>اپ ڈیٹ {revision} سے پہلے</translation>
    </message>
    <message>
        <source>{time} UTC  {label}  {file}</source>
        <translation>{time} UTC  {label}  {file}</translation>
    </message>
    <message>
        <source>Demo school ({size}, seed {seed}) written to {file}</source>
        <translation>ڈیمو اسکول ({size}، سیڈ {seed}) {file} میں لکھ دیا گیا</translation>
    </message>
    <message numerus="yes">
        <source>Students: {students}, in %n section(s)</source>
        <translation>
            <numerusform>طلبہ: {students}، %n سیکشن میں</numerusform>
            <numerusform>طلبہ: {students}، %n سیکشنوں میں</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance marks: {count}</source>
        <translation>حاضری کے اندراج: {count}</translation>
    </message>
    <message numerus="yes">
        <source>Marks: {marks}, in %n assessment(s)</source>
        <translation>
            <numerusform>نمبر: {marks}، %n جائزے میں</numerusform>
            <numerusform>نمبر: {marks}، %n جائزوں میں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payments: {payments} ({cancelled} cancelled), %n invoice(s)</source>
        <translation>
            <numerusform>ادائیگیاں: {payments} ({cancelled} منسوخ)، %n انوائس</numerusform>
            <numerusform>ادائیگیاں: {payments} ({cancelled} منسوخ)، %n انوائسیں</numerusform>
        </translation>
    </message>
    <message>
        <source>Made in {seconds} s</source>
        <translation>{seconds} سیکنڈ میں بنا</translation>
    </message>
    <message>
        <source>Sign in as {users}</source>
        <translation>ان میں سے کسی کے طور پر سائن ان کریں: {users}</translation>
    </message>
</context>
<context>
    <name>ConcessionDialog</name>
    <message>
        <source>Grant a concession</source>
        <translation>رعایت دیں</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>بل</translation>
    </message>
    <message>
        <source>On</source>
        <translation>پر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>فیصد</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>مقررہ رقم</translation>
    </message>
    <message>
        <source>Concession</source>
        <translation>رعایت</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Why? (kept with the concession)</source>
        <translation>کیوں؟ (رعایت کے ساتھ محفوظ)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>آپ</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>دیں</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>منظور کنندہ</translation>
    </message>
    <message>
        <source>Whole invoice</source>
        <translation>پورا بل</translation>
    </message>
    <message>
        <source>This student has no invoice to reduce.</source>
        <translation>اس طالب علم کا کوئی بل نہیں جس میں رعایت ہو۔</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Daftar found damage in this school&apos;s file while making today&apos;s backup. What you saved is kept; your good backups are kept too. Close Daftar and open it again: it will offer the newest good backup and say what may be missing.</source>
        <translation>آج کی نقل بناتے ہوئے دفتر کو اس اسکول کی فائل میں خرابی ملی۔ آپ کا محفوظ کیا ہوا کام برقرار ہے؛ آپ کی درست نقلیں بھی۔ دفتر بند کر کے دوبارہ کھولیں: یہ تازہ ترین درست نقل پیش کرے گا اور بتائے گا کہ کیا غائب ہو سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>DamagedFileRecovery</name>
    <message>
        <source>The school file {name} is damaged and there is no good backup of it on this computer. Sign in again to download the school from its server; the damaged file is left as it is.</source>
        <translation>اسکول فائل {name} خراب ہے اور اس کمپیوٹر پر اس کی کوئی درست نقل نہیں۔ سرور سے اسکول ڈاؤن لوڈ کرنے کے لیے دوبارہ سائن ان کریں؛ خراب فائل جیسی ہے ویسی چھوڑ دی گئی ہے۔</translation>
    </message>
    <message>
        <source>The school file is damaged</source>
        <translation>اسکول فائل خراب ہے</translation>
    </message>
    <message>
        <source>The school file {name} is damaged, so Daftar will not open it.</source>
        <translation>اسکول فائل {name} خراب ہے، اس لیے دفتر اسے نہیں کھولے گا۔</translation>
    </message>
    <message>
        <source>Daftar found a good backup made {when}. Restore it and open the school? The damaged file is kept as it is in the backups folder.</source>
        <translation>دفتر کو {when} کی ایک درست نقل ملی ہے۔ اسے بحال کر کے اسکول کھولیں؟ خراب فائل نقلوں کے فولڈر میں جیسی ہے ویسی رکھی جائے گی۔</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>نقل بحال کریں</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <source>Changes made after {when} that were already synced come back from the school&apos;s server at the next sync.</source>
        <translation>{when} کے بعد کی وہ تبدیلیاں جو سنک ہو چکی تھیں اگلے سنک پر اسکول کے سرور سے واپس آ جائیں گی۔</translation>
    </message>
    <message>
        <source>Changes made on this computer after {when} that had not been synced cannot be read from the damaged file and are lost; how many is not known.</source>
        <translation>{when} کے بعد اس کمپیوٹر پر کی گئی غیر سنک شدہ تبدیلیاں خراب فائل سے پڑھی نہیں جا سکتیں اور ضائع ہو گئیں؛ ان کی تعداد معلوم نہیں۔</translation>
    </message>
    <message>
        <source>No change that was waiting to sync is missing from the backup.</source>
        <translation>سنک کی منتظر کوئی تبدیلی نقل سے غائب نہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync can still be read from the damaged file and will be sent at the next sync.</source>
        <translation>
            <numerusform>سنک کی منتظر %n تبدیلی خراب فائل سے اب بھی پڑھی جا سکتی ہے اور اگلے سنک پر بھیجی جائے گی۔</numerusform>
            <numerusform>سنک کی منتظر %n تبدیلیاں خراب فائل سے اب بھی پڑھی جا سکتی ہیں اور اگلے سنک پر بھیجی جائیں گی۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The school was restored from the backup made {when}.</source>
        <translation>اسکول {when} کی نقل سے بحال کر دیا گیا۔</translation>
    </message>
    <message>
        <source>The damaged file is kept as {name} in the backups folder.</source>
        <translation>خراب فائل نقلوں کے فولڈر میں {name} کے نام سے رکھی گئی ہے۔</translation>
    </message>
    <message>
        <source>Changes already synced since then come back at the next sync.</source>
        <translation>اس کے بعد سنک ہو چکی تبدیلیاں اگلے سنک پر واپس آ جائیں گی۔</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync were recovered from the damaged file.</source>
        <translation>
            <numerusform>سنک کی منتظر %n تبدیلی خراب فائل سے بچا لی گئی۔</numerusform>
            <numerusform>سنک کی منتظر %n تبدیلیاں خراب فائل سے بچا لی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes that had not been synced since the backup could not be read from the damaged file and are lost. Until the next sync, fee payments wait, so that no receipt number is given twice.</source>
        <translation>نقل کے بعد کی غیر سنک شدہ تبدیلیاں خراب فائل سے پڑھی نہ جا سکیں اور ضائع ہو گئیں۔ اگلے سنک تک فیس کی ادائیگیاں رکی رہیں گی تاکہ کوئی رسید نمبر دو بار نہ دیا جائے۔</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}). The damaged file is left as it is.</source>
        <translation>نقل بحال نہیں ہو سکی ({reason})۔ خراب فائل جیسی ہے ویسی چھوڑ دی گئی ہے۔</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Dashboard</source>
        <translation>ڈیش بورڈ</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>اعداد پڑھے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>اعداد بتاریخ</translation>
    </message>
    <message>
        <source>The day the figures are counted up to</source>
        <translation>وہ دن جس تک اعداد شمار ہوتے ہیں</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF میں برآمد کریں…</translation>
    </message>
    <message>
        <source>Export tables…</source>
        <translation>جدولیں برآمد کریں…</translation>
    </message>
    <message>
        <source>Every table of the dashboard in one Excel workbook</source>
        <translation>ڈیش بورڈ کی ہر جدول ایک Excel فائل میں</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <source>Attendance today</source>
        <translation>آج کی حاضری</translation>
    </message>
    <message>
        <source>Roll calls taken</source>
        <translation>لی گئی حاضریاں</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <source>Late arrivals</source>
        <translation>دیر سے آنے والے</translation>
    </message>
    <message>
        <source>Attendance today by grade level</source>
        <translation>آج کی حاضری درجہ وار</translation>
    </message>
    <message>
        <source>Sections not registered yet</source>
        <translation>سیکشن جن کی حاضری ابھی نہیں ہوئی</translation>
    </message>
    <message>
        <source>Sections today</source>
        <translation>آج کے سیکشن</translation>
    </message>
    <message>
        <source>Absent today, with guardians to call</source>
        <translation>آج غیر حاضر، سرپرستوں کے فون کے ساتھ</translation>
    </message>
    <message>
        <source>Late arrivals today</source>
        <translation>آج دیر سے آنے والے</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>رجحانات</translation>
    </message>
    <message>
        <source>Daily attendance, last 30 school days</source>
        <translation>روزانہ حاضری، آخری 30 تعلیمی دن</translation>
    </message>
    <message>
        <source>Chronic absentees</source>
        <translation>مسلسل غیر حاضر</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>فیس</translation>
    </message>
    <message>
        <source>Collected today</source>
        <translation>آج کی وصولی</translation>
    </message>
    <message>
        <source>Collected this month</source>
        <translation>اس مہینے کی وصولی</translation>
    </message>
    <message>
        <source>Collected this term</source>
        <translation>اس ٹرم کی وصولی</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>واجب الادا</translation>
    </message>
    <message>
        <source>Collected against due</source>
        <translation>واجب کے مقابلے میں وصولی</translation>
    </message>
    <message>
        <source>This term&apos;s collection by mode</source>
        <translation>اس ٹرم کی وصولی طریقے کے لحاظ سے</translation>
    </message>
    <message>
        <source>Outstanding by grade level</source>
        <translation>درجہ وار واجب الادا</translation>
    </message>
    <message>
        <source>Outstanding by section</source>
        <translation>سیکشن وار واجب الادا</translation>
    </message>
    <message>
        <source>Top defaulters</source>
        <translation>سب سے بڑے نادہندگان</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>نتائج</translation>
    </message>
    <message>
        <source>Marks entered</source>
        <translation>درج نمبر</translation>
    </message>
    <message>
        <source>Marks still owed</source>
        <translation>باقی نمبر</translation>
    </message>
    <message>
        <source>Sections whose average fell</source>
        <translation>سیکشن جن کی اوسط گری</translation>
    </message>
    <message>
        <source>Grades per subject</source>
        <translation>مضمون وار گریڈ</translation>
    </message>
    <message>
        <source>Marks still owed, by section and subject</source>
        <translation>باقی نمبر، سیکشن اور مضمون وار</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>تازگی</translation>
    </message>
    <message>
        <source>Devices and their last sync</source>
        <translation>آلات اور ان کا آخری سنک</translation>
    </message>
    <message>
        <source>today</source>
        <translation>آج</translation>
    </message>
    <message>
        <source>trends</source>
        <translation>رجحانات</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>فیس</translation>
    </message>
    <message>
        <source>results</source>
        <translation>نتائج</translation>
    </message>
    <message>
        <source>freshness</source>
        <translation>تازگی</translation>
    </message>
    <message>
        <source>Reading the figures… {done} of {total} parts ({part} read)</source>
        <translation>اعداد پڑھے جا رہے ہیں… {total} میں سے {done} حصے ({part} پڑھا گیا)</translation>
    </message>
    <message>
        <source>The figures could not be read: {reason}</source>
        <translation>اعداد پڑھے نہیں جا سکے: {reason}</translation>
    </message>
    <message>
        <source>Dashboard — {school}</source>
        <translation>ڈیش بورڈ — {school}</translation>
    </message>
    <message>
        <source>{marked} of {enrolled} students marked</source>
        <translation>{enrolled} میں سے {marked} طلبہ درج</translation>
    </message>
    <message>
        <source>{taken} of {total}</source>
        <translation>{total} میں سے {taken}</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) not registered yet</source>
        <translation>
            <numerusform>%n سیکشن کی حاضری ابھی نہیں ہوئی</numerusform>
            <numerusform>%n سیکشن کی حاضری ابھی نہیں ہوئی</numerusform>
        </translation>
    </message>
    <message>
        <source>Every section is registered</source>
        <translation>ہر سیکشن کی حاضری ہو گئی</translation>
    </message>
    <message>
        <source>Guardians&apos; phones in the list below</source>
        <translation>سرپرستوں کے فون نیچے فہرست میں</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>درجہ {grade}</translation>
    </message>
    <message>
        <source>Grade {grade}: {rate}</source>
        <translation>درجہ {grade}: {rate}</translation>
    </message>
    <message>
        <source>No roll call has been taken today yet.</source>
        <translation>آج ابھی کوئی حاضری نہیں لی گئی۔</translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation>پورا اسکول</translation>
    </message>
    <message>
        <source>Click a day to see each section&apos;s attendance that day.</source>
        <translation>کسی دن پر کلک کر کے اس دن ہر سیکشن کی حاضری دیکھیں۔</translation>
    </message>
    <message>
        <source>No school days in the record yet.</source>
        <translation>ریکارڈ میں ابھی کوئی تعلیمی دن نہیں۔</translation>
    </message>
    <message>
        <source>Below {threshold}% over the last {days} school days; open a student for their day-by-day record.</source>
        <translation>پچھلے {days} تعلیمی دنوں میں {threshold}% سے کم؛ روزانہ ریکارڈ کے لیے طالب علم کھولیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n ادائیگی</numerusform>
            <numerusform>%n ادائیگیاں</numerusform>
        </translation>
    </message>
    <message>
        <source>{due} fell due</source>
        <translation>{due} واجب ہوئے</translation>
    </message>
    <message>
        <source>{term}: {share} of {due} billed</source>
        <translation>{term}: {due} بل شدہ میں سے {share}</translation>
    </message>
    <message>
        <source>{overdue} overdue · {n} students</source>
        <translation>{overdue} تاخیر شدہ · {n} طلبہ</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>وصول شدہ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>واجب</translation>
    </message>
    <message>
        <source>Amounts in {currency}. Click a bar to see its payments.</source>
        <translation>رقوم {currency} میں۔ ادائیگیاں دیکھنے کے لیے بار پر کلک کریں۔</translation>
    </message>
    <message>
        <source>No payment this term yet.</source>
        <translation>اس ٹرم میں ابھی کوئی ادائیگی نہیں۔</translation>
    </message>
    <message>
        <source>No section</source>
        <translation>کوئی سیکشن نہیں</translation>
    </message>
    <message>
        <source>Amounts in {currency}. Click a bar to see who owes.</source>
        <translation>رقوم {currency} میں۔ کس کے ذمے ہے دیکھنے کے لیے بار پر کلک کریں۔</translation>
    </message>
    <message>
        <source>No term in this school file yet</source>
        <translation>اس اسکول فائل میں ابھی کوئی ٹرم نہیں</translation>
    </message>
    <message>
        <source>{entered} of {expected} marks · {term}</source>
        <translation>{expected} میں سے {entered} نمبر · {term}</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) with marks to enter</source>
        <translation>
            <numerusform>%n جماعت جس کے نمبر درج کرنے ہیں</numerusform>
            <numerusform>%n جماعتیں جن کے نمبر درج کرنے ہیں</numerusform>
        </translation>
    </message>
    <message>
        <source>against {term}</source>
        <translation>{term} کے مقابلے میں</translation>
    </message>
    <message>
        <source>No previous term to compare</source>
        <translation>موازنے کے لیے پچھلی ٹرم نہیں</translation>
    </message>
    <message>
        <source>{term}: students per grade. Click a part to see its students.</source>
        <translation>{term}: ہر گریڈ کے طلبہ۔ طلبہ دیکھنے کے لیے حصے پر کلک کریں۔</translation>
    </message>
    <message>
        <source>This version cannot tell how fresh other devices&apos; figures are.</source>
        <translation>یہ ورژن نہیں بتا سکتا کہ دوسرے آلات کے اعداد کتنے تازہ ہیں۔</translation>
    </message>
    <message>
        <source>The figures are as of each device&apos;s last sync.</source>
        <translation>اعداد ہر آلے کے آخری سنک کے مطابق ہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all of them in the Excel export)</source>
        <translation>
            <numerusform>… اور %n مزید (سب Excel برآمد میں)</numerusform>
            <numerusform>… اور %n مزید (سب Excel برآمد میں)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance {rate} · {marked} of {enrolled} students marked</source>
        <translation>حاضری {rate} · {enrolled} میں سے {marked} طلبہ درج</translation>
    </message>
    <message>
        <source>Roll calls taken: {taken} of {total}</source>
        <translation>لی گئی حاضریاں: {total} میں سے {taken}</translation>
    </message>
    <message>
        <source>Absent: {absent} · late: {late}</source>
        <translation>غیر حاضر: {absent} · تاخیر سے: {late}</translation>
    </message>
    <message>
        <source>Below {threshold}% over the last {days} school days. Each day, oldest first: · present, ½ half day, × absent, - not marked.</source>
        <translation>پچھلے {days} تعلیمی دنوں میں {threshold}% سے کم۔ ہر دن، پرانے سے نئے: · حاضر، ½ آدھا دن، × غیر حاضر، - درج نہیں۔</translation>
    </message>
    <message>
        <source>{period}: collected {collected} of {due} due</source>
        <translation>{period}: {due} واجب میں سے {collected} وصول</translation>
    </message>
    <message>
        <source>Outstanding {outstanding}, of which {overdue} overdue</source>
        <translation>واجب الادا {outstanding}، جس میں {overdue} تاخیر شدہ</translation>
    </message>
    <message>
        <source>Results: {term}</source>
        <translation>نتائج: {term}</translation>
    </message>
    <message>
        <source>Marks entered: {entered} of {expected}</source>
        <translation>درج نمبر: {expected} میں سے {entered}</translation>
    </message>
    <message>
        <source>Daftar · figures as of each device&apos;s last sync</source>
        <translation>دفتر · ہر آلے کے آخری سنک کے مطابق اعداد</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>صفحہ {page}</translation>
    </message>
    <message>
        <source>{day} · as of each device&apos;s last sync (see Freshness)</source>
        <translation>{day} · ہر آلے کے آخری سنک کے مطابق (تازگی دیکھیں)</translation>
    </message>
    <message>
        <source>Counted as present</source>
        <translation>حاضر شمار</translation>
    </message>
    <message numerus="yes">
        <source>Changes are still waiting on %n device(s): their numbers may still move.</source>
        <translation>
            <numerusform>%n آلے پر تبدیلیاں ابھی منتظر ہیں: اس کے اعداد بدل سکتے ہیں۔</numerusform>
            <numerusform>%n آلات پر تبدیلیاں ابھی منتظر ہیں: ان کے اعداد بدل سکتے ہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) never synced.</source>
        <translation>
            <numerusform>%n آلہ کبھی سنک نہیں ہوا۔</numerusform>
            <numerusform>%n آلات کبھی سنک نہیں ہوئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>This month</source>
        <translation>یہ مہینہ</translation>
    </message>
    <message>
        <source>This term</source>
        <translation>یہ ٹرم</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقد</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>چیک</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>بینک ٹرانسفر</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>موبائل والیٹ</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>تاخیر</translation>
    </message>
    <message>
        <source>{section}: absent and late today</source>
        <translation>{section}: آج غیر حاضر اور تاخیر سے</translation>
    </message>
    <message>
        <source>Grade {grade} today</source>
        <translation>درجہ {grade} آج</translation>
    </message>
    <message>
        <source>Attendance on {day}</source>
        <translation>{day} کی حاضری</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>گریڈ</translation>
    </message>
    <message>
        <source>Students marked</source>
        <translation>درج طلبہ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>حاضری</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Half day</source>
        <translation>آدھا دن</translation>
    </message>
    <message>
        <source>{name} ({section}), last {n} school days</source>
        <translation>{name} ({section})، آخری {n} تعلیمی دن</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>Attendance {rate} over {days} days counted.</source>
        <translation>{days} شمار شدہ دنوں میں حاضری {rate}۔</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>وصول</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>طالب علم</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>طلبہ</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>درج شدہ</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>حاضری</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>ہو چکی</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>نہیں ہوئی</translation>
    </message>
    <message>
        <source>No roll call</source>
        <translation>حاضری کا دن نہیں</translation>
    </message>
    <message>
        <source>Admission no.</source>
        <translation>داخلہ نمبر</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Absent today</source>
        <translation>آج غیر حاضر</translation>
    </message>
    <message>
        <source>Roll no.</source>
        <translation>رول نمبر</translation>
    </message>
    <message>
        <source>Days counted</source>
        <translation>شمار شدہ دن</translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation>غیر حاضری کے دن</translation>
    </message>
    <message>
        <source>Last 30 school days</source>
        <translation>آخری 30 تعلیمی دن</translation>
    </message>
    <message>
        <source>Daily attendance</source>
        <translation>روزانہ حاضری</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>پیریڈ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>ادائیگیاں</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <source>Students owing</source>
        <translation>مقروض طلبہ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
    <message>
        <source>Defaulters</source>
        <translation>نادہندگان</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>مضمون</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>استاد</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>جانچیں</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>درج شدہ</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>متوقع</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>ابھی باقی</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <source>Previous term</source>
        <translation>پچھلی ٹرم</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تبدیلی</translation>
    </message>
    <message>
        <source>Section averages</source>
        <translation>سیکشنوں کی اوسط</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>آلہ</translation>
    </message>
    <message>
        <source>Last synced by</source>
        <translation>آخری سنک از</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>آخری سنک</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>منتظر تبدیلیاں</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>یہ کمپیوٹر</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>کبھی سنک نہیں ہوا</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>سب سے پرانی واجب تاریخ</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>تاخیر کے دن</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Cancelled payments are listed but not counted.</source>
        <translation>منسوخ ادائیگیاں فہرست میں ہیں لیکن شمار نہیں ہوتیں۔</translation>
    </message>
    <message>
        <source>Payments received: {period}</source>
        <translation>وصول شدہ ادائیگیاں: {period}</translation>
    </message>
    <message>
        <source>This term&apos;s payments: {mode}</source>
        <translation>اس ٹرم کی ادائیگیاں: {mode}</translation>
    </message>
    <message>
        <source>Owing in {section}</source>
        <translation>{section} میں مقروض</translation>
    </message>
    <message>
        <source>no section</source>
        <translation>کوئی سیکشن نہیں</translation>
    </message>
    <message>
        <source>Owing in grade {grade}</source>
        <translation>درجہ {grade} میں مقروض</translation>
    </message>
    <message>
        <source>{section} · {subject}: marks not entered yet</source>
        <translation>{section} · {subject}: نمبر ابھی درج نہیں</translation>
    </message>
    <message>
        <source>Assessments without a mark</source>
        <translation>بغیر نمبر کی جانچیں</translation>
    </message>
    <message>
        <source>Taught by {teachers}.</source>
        <translation>پڑھانے والے: {teachers}۔</translation>
    </message>
    <message>
        <source>{subject}: grade {grade}, {term}</source>
        <translation>{subject}: گریڈ {grade}، {term}</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>فیصد</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>ڈیش بورڈ برآمد کریں</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF دستاویزات (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel فائلیں (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>{path} میں محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>The dashboard could not be saved to {path}: {reason}</source>
        <translation>ڈیش بورڈ {path} میں محفوظ نہیں ہو سکا: {reason}</translation>
    </message>
</context>
<context>
    <name>DayBookModel</name>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>طالب علم</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>ادا کنندہ</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>خزانچی</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>{amount} (cancelled)</source>
        <translation>{amount} (منسوخ)</translation>
    </message>
</context>
<context>
    <name>DayBookScreen</name>
    <message>
        <source>Day book</source>
        <translation>روزنامچہ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Only my receipts on this computer</source>
        <translation>اس کمپیوٹر پر صرف میری رسیدیں</translation>
    </message>
    <message>
        <source>Close the cash…</source>
        <translation>نقدی بند کریں…</translation>
    </message>
    <message>
        <source>Print day book…</source>
        <translation>روزنامچہ پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>برآمد کریں…</translation>
    </message>
    <message>
        <source>The day&apos;s payments, cancellations and totals as an Excel workbook or a CSV file</source>
        <translation>دن کی ادائیگیاں، منسوخیاں اور میزان Excel یا CSV فائل میں</translation>
    </message>
    <message>
        <source>Cancelled {number} ({amount}) by {who}: {reason}</source>
        <translation>{number} ({amount}) منسوخ از {who}: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} receipts&lt;/b&gt;, {amount} received; net collected &lt;b&gt;{net}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{n} رسیدیں&lt;/b&gt;، {amount} وصول؛ خالص وصولی &lt;b&gt;{net}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>By mode: {modes}</source>
        <translation>طریقے کے لحاظ سے: {modes}</translation>
    </message>
    <message>
        <source>By cashier: {cashiers}</source>
        <translation>خزانچی کے لحاظ سے: {cashiers}</translation>
    </message>
    <message>
        <source>Closed by {who}: expected {e}, counted {c}, difference {d}{note}</source>
        <translation>{who} نے بند کی: متوقع {e}، گنی گئی {c}، فرق {d}{note}</translation>
    </message>
    <message>
        <source>Your cash for this day is closed on this computer.</source>
        <translation>اس دن کی آپ کی نقدی اس کمپیوٹر پر بند ہو چکی ہے۔</translation>
    </message>
    <message>
        <source>Cash expected in your drawer: {amount}</source>
        <translation>آپ کی دراز میں متوقع نقدی: {amount}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel فائلیں (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <source>Export the day book</source>
        <translation>روزنامچہ برآمد کریں</translation>
    </message>
    <message>
        <source>Exporting the day book…</source>
        <translation>روزنامچہ برآمد ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Day book of {day} exported to {path}</source>
        <translation>{day} کا روزنامچہ {path} میں برآمد ہو گیا</translation>
    </message>
    <message>
        <source>The day book could not be exported: {reason}</source>
        <translation>روزنامچہ برآمد نہیں ہو سکا: {reason}</translation>
    </message>
</context>
<context>
    <name>DefaultersModel</name>
    <message>
        <source>Admission no.</source>
        <translation>داخلہ نمبر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>سرپرست کا فون</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>واجب الادا</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>سب سے پرانی واجب تاریخ</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>تاخیر کے دن</translation>
    </message>
</context>
<context>
    <name>DefaultersScreen</name>
    <message>
        <source>Defaulters</source>
        <translation>نادہندگان</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
    <message>
        <source>Any balance</source>
        <translation>کوئی بھی بقایا</translation>
    </message>
    <message>
        <source>Over 30 days</source>
        <translation>30 دن سے زیادہ</translation>
    </message>
    <message>
        <source>Over 60 days</source>
        <translation>60 دن سے زیادہ</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 دن سے زیادہ</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV میں برآمد کریں…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Excel میں برآمد کریں…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>دکھائیں</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>تمام سیکشن</translation>
    </message>
    <message>
        <source>{n} students owe {amount}</source>
        <translation>{n} طلبہ کے ذمے {amount}</translation>
    </message>
    <message>
        <source>Export defaulters</source>
        <translation>نادہندگان برآمد کریں</translation>
    </message>
    <message>
        <source>The list as shown, with the filters applied, on paper</source>
        <translation>دکھائی گئی فہرست، لگائے گئے فلٹرز کے ساتھ، کاغذ پر</translation>
    </message>
    <message>
        <source>The list as shown, with the filters applied, as a PDF file</source>
        <translation>دکھائی گئی فہرست، لگائے گئے فلٹرز کے ساتھ، PDF فائل میں</translation>
    </message>
    <message>
        <source>Section: {section} · {age}</source>
        <translation>سیکشن: {section} · {age}</translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation>پرنٹ کی تاریخ {day}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>صفحہ {page} از {pages}</translation>
    </message>
    <message>
        <source>Making the list as a PDF…</source>
        <translation>فہرست PDF میں بن رہی ہے…</translation>
    </message>
    <message>
        <source>The list could not be made as a PDF: {reason}</source>
        <translation>فہرست PDF میں نہیں بن سکی: {reason}</translation>
    </message>
    <message>
        <source>Save the defaulters list as PDF</source>
        <translation>نادہندگان کی فہرست PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Defaulters list saved to {path}</source>
        <translation>نادہندگان کی فہرست {path} میں محفوظ ہو گئی</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Import</source>
        <translation>درآمد کریں</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>درآمد ہو رہا ہے…</translation>
    </message>
    <message>
        <source>The roster is imported.</source>
        <translation>طلبہ کی فہرست درآمد ہو گئی۔</translation>
    </message>
    <message>
        <source>{new} new student(s), {changed} updated, {same} already up to date; {enrolled} put in a section. The changes reach the school&apos;s server at the next sync.</source>
        <translation>{new} نئے طلبہ، {changed} تازہ کیے گئے، {same} پہلے سے تازہ؛ {enrolled} کو سیکشن میں رکھا گیا۔ تبدیلیاں اگلے سنک پر اسکول کے سرور تک پہنچیں گی۔</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>کچھ درآمد نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Filter the list…</source>
        <translation>فہرست چھانیں…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>فہرست چھانیں</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV میں برآمد کریں…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Excel میں برآمد کریں…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n قطار</numerusform>
            <numerusform>%n قطاریں</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} rows</source>
        <translation>{total} میں سے {shown} قطاریں</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>فہرست برآمد کریں</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel فائلیں (*.xlsx)</translation>
    </message>
    <message>
        <source>The list could not be saved to {path}: {reason}</source>
        <translation>فہرست {path} میں محفوظ نہیں ہو سکی: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>{path} میں محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Daftar: something went wrong</source>
        <translation>دفتر: کچھ غلط ہو گیا</translation>
    </message>
    <message>
        <source>Something went wrong, and Daftar could not finish what it was doing.</source>
        <translation>کچھ غلط ہو گیا، اور دفتر اپنا کام مکمل نہیں کر سکا۔</translation>
    </message>
    <message>
        <source>What happened: {summary}

Work that was saved is safe. The details are in the log file:
{logfile}

If it happens again, send that file to the person who looks after Daftar at your school.</source>
        <translation>کیا ہوا: {summary}

محفوظ کیا گیا کام محفوظ ہے۔ تفصیل لاگ فائل میں ہے:
{logfile}

اگر دوبارہ ہو تو یہ فائل اپنے اسکول میں دفتر کی دیکھ بھال کرنے والے کو بھیجیں۔</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>لاگ فولڈر کھولیں</translation>
    </message>
    <message>
        <source>Cannot open the school file</source>
        <translation>اسکول فائل نہیں کھل سکتی</translation>
    </message>
    <message>
        <source>Daftar cannot open this school file.</source>
        <translation>دفتر یہ اسکول فائل نہیں کھول سکتا۔</translation>
    </message>
</context>
<context>
    <name>FeeHeadDialog</name>
    <message>
        <source>New fee head</source>
        <translation>فیس کی نئی مد</translation>
    </message>
    <message>
        <source>e.g. TRN</source>
        <translation>مثلاً TRN</translation>
    </message>
    <message>
        <source>e.g. School transport</source>
        <translation>مثلاً اسکول ٹرانسپورٹ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
</context>
<context>
    <name>FeeStructures</name>
    <message>
        <source>Type the percentage.</source>
        <translation>فیصد لکھیں۔</translation>
    </message>
    <message>
        <source>The percentage must be more than zero.</source>
        <translation>فیصد صفر سے زیادہ ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>“{typed}” is not a percentage; type e.g. 12.5.</source>
        <translation>“{typed}” فیصد نہیں ہے؛ مثلاً 12.5 لکھیں۔</translation>
    </message>
    <message>
        <source>A percentage is at most 100.</source>
        <translation>فیصد زیادہ سے زیادہ 100 ہو سکتا ہے۔</translation>
    </message>
    <message>
        <source>Type the amount.</source>
        <translation>رقم لکھیں۔</translation>
    </message>
</context>
<context>
    <name>FeeStructuresDialog</name>
    <message>
        <source>Fee structures</source>
        <translation>فیس کا ڈھانچہ</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>ٹرم</translation>
    </message>
    <message>
        <source>Grade level</source>
        <translation>درجہ</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>گریڈ</translation>
    </message>
    <message>
        <source>Fee structure</source>
        <translation>فیس کا ڈھانچہ</translation>
    </message>
    <message>
        <source>Fee head</source>
        <translation>فیس کی مد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>واجب تاریخ</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>طے کریں</translation>
    </message>
    <message>
        <source>Remove from structure</source>
        <translation>ڈھانچے سے ہٹائیں</translation>
    </message>
    <message>
        <source>New fee head…</source>
        <translation>فیس کی نئی مد…</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>فیس</translation>
    </message>
    <message>
        <source>due on</source>
        <translation>واجب تاریخ</translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation>بل جاری کریں</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>لیٹ فیس</translation>
    </message>
    <message>
        <source>No late fees</source>
        <translation>کوئی لیٹ فیس نہیں</translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation>مقررہ رقم</translation>
    </message>
    <message>
        <source>A percentage of what is owed</source>
        <translation>واجب رقم کا فیصد</translation>
    </message>
    <message>
        <source>Late fee amount or percentage</source>
        <translation>لیٹ فیس کی رقم یا فیصد</translation>
    </message>
    <message>
        <source> days</source>
        <translation> دن</translation>
    </message>
    <message>
        <source>Days after the due date</source>
        <translation>واجب تاریخ کے بعد دن</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>اصول محفوظ کریں</translation>
    </message>
    <message>
        <source>Only the principal or an admin sets the rule.</source>
        <translation>یہ اصول صرف پرنسپل یا ایڈمن طے کرتے ہیں۔</translation>
    </message>
    <message>
        <source>Charge late fees now</source>
        <translation>ابھی لیٹ فیس لگائیں</translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation>لیٹ فیس</translation>
    </message>
    <message>
        <source>after</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>past the due date</source>
        <translation>واجب تاریخ گزرنے کے</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>On</source>
        <translation>پر</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>فیصد</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>مقررہ رقم</translation>
    </message>
    <message>
        <source>Kind of concession</source>
        <translation>رعایت کی قسم</translation>
    </message>
    <message>
        <source>Concession</source>
        <translation>رعایت</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Reason (kept with each concession)</source>
        <translation>وجہ (ہر رعایت کے ساتھ محفوظ)</translation>
    </message>
    <message>
        <source>Grant to the category</source>
        <translation>زمرے کو دیں</translation>
    </message>
    <message>
        <source>Concession for a category of students (this term&apos;s invoices)</source>
        <translation>طلبہ کے ایک زمرے کے لیے رعایت (اس ٹرم کے بل)</translation>
    </message>
    <message>
        <source>Grade {number}</source>
        <translation>درجہ {number}</translation>
    </message>
    <message>
        <source>Whole invoice</source>
        <translation>پورا بل</translation>
    </message>
    <message>
        <source>No student has a category</source>
        <translation>کسی طالب علم کا زمرہ نہیں</translation>
    </message>
    <message>
        <source>This term&apos;s year has no classes yet.</source>
        <translation>اس ٹرم کے سال میں ابھی کوئی جماعت نہیں۔</translation>
    </message>
    <message>
        <source>Tick at least one fee to issue.</source>
        <translation>جاری کرنے کے لیے کم از کم ایک فیس پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>No fees set for this grade and term: set each fee head&apos;s amount.</source>
        <translation>اس درجے اور ٹرم کی فیس طے نہیں: ہر مد کی رقم طے کریں۔</translation>
    </message>
    <message>
        <source>{total} a student. {to_bill} of {students} students have fees not billed yet, {amount} in all; {billed} are billed already and are skipped.</source>
        <translation>فی طالب علم {total}۔ {students} میں سے {to_bill} طلبہ کی فیس کا بل ابھی نہیں بنا، کل {amount}؛ {billed} کا بل بن چکا ہے، انہیں چھوڑ دیا جائے گا۔</translation>
    </message>
    <message>
        <source>Issue {invoices} to {students}</source>
        <translation>{students} کو {invoices} جاری کریں</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n بل</numerusform>
            <numerusform>%n بل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n طالب علم</numerusform>
            <numerusform>%n طلبہ</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued {invoices} to {students}, {amount} in all.</source>
        <translation>{students} کو {invoices} جاری ہوئے، کل {amount}۔</translation>
    </message>
    <message>
        <source>Nothing to issue: every student is billed already.</source>
        <translation>جاری کرنے کو کچھ نہیں: ہر طالب علم کا بل بن چکا ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>Late fees charged on %n invoice(s), {amount} in all.</source>
        <translation>
            <numerusform>%n بل پر لیٹ فیس لگی، کل {amount}۔</numerusform>
            <numerusform>%n بلوں پر لیٹ فیس لگی، کل {amount}۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Concession granted on %n invoice(s), {amount} in all; {skipped} already had it.</source>
        <translation>
            <numerusform>%n بل پر رعایت دی گئی، کل {amount}؛ {skipped} پر پہلے سے تھی۔</numerusform>
            <numerusform>%n بلوں پر رعایت دی گئی، کل {amount}؛ {skipped} پر پہلے سے تھی۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The school charges no late fees.</source>
        <translation>اسکول کوئی لیٹ فیس نہیں لیتا۔</translation>
    </message>
    <message>
        <source>{total} a student. All {students} students of the grade are billed for the fees ticked.</source>
        <translation>فی طالب علم {total}۔ درجے کے تمام {students} طلبہ کو نشان زدہ فیسوں کا بل جا چکا ہے۔</translation>
    </message>
    <message>
        <source>{percent} % of what is still owed</source>
        <translation>باقی واجب رقم کا {percent} %</translation>
    </message>
    <message>
        <source>Rule: {what}, once per invoice, when it is still unpaid {days} days after its due date.</source>
        <translation>اصول: {what}، ہر بل پر ایک بار، جب وہ واجب تاریخ کے {days} دن بعد بھی ادا نہ ہو۔</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Choose a term, a grade and a fee head first.</source>
        <translation>پہلے ٹرم، درجہ اور فیس کی مد چنیں۔</translation>
    </message>
    <message>
        <source>Saved. Invoices already issued keep their amounts.</source>
        <translation>محفوظ ہو گیا۔ جاری شدہ بلوں کی رقم نہیں بدلے گی۔</translation>
    </message>
    <message>
        <source>{head} is no longer charged to this grade; issued invoices keep it.</source>
        <translation>{head} اب اس درجے سے نہیں لیا جائے گا؛ جاری شدہ بلوں میں رہے گا۔</translation>
    </message>
    <message>
        <source>Fee head {code} added.</source>
        <translation>فیس کی مد {code} شامل ہو گئی۔</translation>
    </message>
    <message>
        <source>The late-fee rule is saved.</source>
        <translation>لیٹ فیس کا اصول محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>No invoice is late enough for a late fee.</source>
        <translation>کوئی بل اتنا پرانا نہیں کہ لیٹ فیس لگے۔</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>Fees</source>
        <translation>فیس</translation>
    </message>
    <message>
        <source>The kinds of fee and what each costs a grade level in a term. Invoices already issued keep their amounts.</source>
        <translation>فیس کی اقسام اور ہر ایک کی ایک ٹرم میں ہر درجے کے لیے رقم۔ جاری شدہ بلوں کی رقم نہیں بدلتی۔</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>فیس</translation>
    </message>
    <message>
        <source>Add a Fee…</source>
        <translation>فیس شامل کریں…</translation>
    </message>
    <message>
        <source>Edit the Fee…</source>
        <translation>فیس میں ترمیم…</translation>
    </message>
    <message>
        <source>Remove the Fee</source>
        <translation>فیس ہٹائیں</translation>
    </message>
    <message>
        <source>Fee structure</source>
        <translation>فیس کا ڈھانچہ</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>ٹرم</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>گریڈ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>واجب</translation>
    </message>
    <message>
        <source>Add an Amount…</source>
        <translation>رقم شامل کریں…</translation>
    </message>
    <message>
        <source>Edit the Amount…</source>
        <translation>رقم میں ترمیم…</translation>
    </message>
    <message>
        <source>Remove the Amount</source>
        <translation>رقم ہٹائیں</translation>
    </message>
    <message>
        <source>Issue Invoices, Late Fees, Concessions…</source>
        <translation>بل، لیٹ فیس، رعایتیں…</translation>
    </message>
    <message>
        <source>The Fees screen&apos;s fee structures: bill a grade for a term.</source>
        <translation>فیس اسکرین کے فیس ڈھانچے: کسی درجے کو ایک ٹرم کا بل بھیجیں۔</translation>
    </message>
    <message>
        <source>a fee</source>
        <translation>ایک فیس</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>کوڈ:</translation>
    </message>
    <message>
        <source>e.g. TUI</source>
        <translation>مثلاً TUI</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>e.g. Tuition</source>
        <translation>مثلاً ٹیوشن فیس</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>ایک رقم</translation>
    </message>
    <message>
        <source>Fee Amount</source>
        <translation>فیس کی رقم</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>ٹرم:</translation>
    </message>
    <message>
        <source>Grade level:</source>
        <translation>درجہ:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>فیس:</translation>
    </message>
    <message>
        <source>Amount ({currency}):</source>
        <translation>رقم ({currency}):</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>واجب تاریخ:</translation>
    </message>
</context>
<context>
    <name>FeesScreen</name>
    <message>
        <source>Fees</source>
        <translation>فیس</translation>
    </message>
    <message>
        <source>Find a student by name, admission number or guardian&apos;s phone.</source>
        <translation>نام، داخلہ نمبر یا سرپرست کے فون سے طالب علم تلاش کریں۔</translation>
    </message>
    <message>
        <source>Fee structures…</source>
        <translation>فیس کا ڈھانچہ…</translation>
    </message>
    <message>
        <source>What each grade pays per term; issue invoices; late fees</source>
        <translation>ہر درجہ فی ٹرم کتنا ادا کرتا ہے؛ بل جاری کریں؛ لیٹ فیس</translation>
    </message>
    <message>
        <source>Print receipts…</source>
        <translation>رسیدیں پرنٹ کریں…</translation>
    </message>
    <message>
        <source>A day&apos;s or a student&apos;s receipts as one PDF</source>
        <translation>ایک دن یا ایک طالب علم کی رسیدیں ایک PDF میں</translation>
    </message>
    <message>
        <source>Search by name, admission number or guardian&apos;s phone</source>
        <translation>نام، داخلہ نمبر یا سرپرست کے فون سے تلاش کریں</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>طلبہ تلاش کریں</translation>
    </message>
    <message>
        <source>Students found</source>
        <translation>ملنے والے طلبہ</translation>
    </message>
    <message>
        <source>No student chosen</source>
        <translation>کوئی طالب علم منتخب نہیں</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>کھاتہ</translation>
    </message>
    <message>
        <source>Take a payment…</source>
        <translation>ادائیگی وصول کریں…</translation>
    </message>
    <message>
        <source>Print receipt again</source>
        <translation>رسید دوبارہ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Cancel payment…</source>
        <translation>ادائیگی منسوخ کریں…</translation>
    </message>
    <message>
        <source>Concession…</source>
        <translation>رعایت…</translation>
    </message>
    <message>
        <source>Reduce what the student owes on an invoice (principal or admin)</source>
        <translation>کسی بل پر طالب علم کی واجب رقم کم کریں (پرنسپل یا ایڈمن)</translation>
    </message>
    <message>
        <source>A5 sheet</source>
        <translation>A5 صفحہ</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 ملی میٹر رول</translation>
    </message>
    <message>
        <source>Receipt format</source>
        <translation>رسید کا سائز</translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation>رسید:</translation>
    </message>
    <message>
        <source>Admission no. {number}</source>
        <translation>داخلہ نمبر {number}</translation>
    </message>
    <message>
        <source>This student has left or graduated. Only what is still owed can be paid; nothing in advance.</source>
        <translation>یہ طالب علم اسکول چھوڑ چکا ہے یا فارغ التحصیل ہے۔ صرف واجب رقم ادا ہو سکتی ہے؛ پیشگی کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Owes {amount}</source>
        <translation>واجب الادا {amount}</translation>
    </message>
    <message>
        <source>In advance {amount}</source>
        <translation>پیشگی {amount}</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>کچھ واجب نہیں</translation>
    </message>
    <message>
        <source>Receipt {number} is cancelled.</source>
        <translation>رسید {number} منسوخ ہو گئی۔</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>The receipt is ready.</source>
        <translation>رسید تیار ہے۔</translation>
    </message>
    <message>
        <source>Payment saved on this computer. Its receipt is ready.</source>
        <translation>ادائیگی اس کمپیوٹر پر محفوظ ہو گئی۔ اس کی رسید تیار ہے۔</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster file</source>
        <translation>طلبہ کی فہرست کی فائل چنیں</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with one row a student and a header row. Students are matched on their admission number: importing the same file again changes nothing.</source>
        <translation>ایک CSV فائل یا Excel فائل (.xlsx) جس میں ہر طالب علم کی ایک قطار اور سرخی کی ایک قطار ہو۔ طلبہ کو داخلہ نمبر سے پہچانا جاتا ہے: وہی فائل دوبارہ درآمد کرنے سے کچھ نہیں بدلتا۔</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>فائل چنیں…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>ابھی کوئی فائل نہیں چنی گئی۔</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>اسپریڈشیٹ (*.csv *.xlsx *.txt *.tsv);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>sheet &quot;{sheet}&quot;</source>
        <translation>شیٹ “{sheet}”</translation>
    </message>
    <message>
        <source>{name}: {kind} ({where}), {rows} student row(s) under the header on row {line}.</source>
        <translation>{name}: {kind} ({where})، قطار {line} کی سرخی کے نیچے طلبہ کی {rows} قطاریں۔</translation>
    </message>
</context>
<context>
    <name>GradeScaleDialog</name>
    <message>
        <source>Grade scale</source>
        <translation>گریڈ اسکیل</translation>
    </message>
    <message>
        <source>From %</source>
        <translation>% سے</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>گریڈ</translation>
    </message>
    <message>
        <source>Add a grade</source>
        <translation>گریڈ شامل کریں</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Lowest passing grade</source>
        <translation>کم سے کم کامیاب گریڈ</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>معیاری</translation>
    </message>
</context>
<context>
    <name>GradeScalesPage</name>
    <message>
        <source>Grade scales</source>
        <translation>گریڈ اسکیلیں</translation>
    </message>
    <message>
        <source>How a percentage becomes a grade. The bands cover 0 to 100% with no gap; the scale saved last is the one results use.</source>
        <translation>فیصد گریڈ کیسے بنتا ہے۔ حدود بغیر خلا کے 0 سے 100% تک ہیں؛ آخر میں محفوظ کی گئی اسکیل نتائج میں استعمال ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>اسکیل</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>گریڈ</translation>
    </message>
    <message>
        <source>Passing from</source>
        <translation>کامیابی از</translation>
    </message>
    <message>
        <source>Used for results</source>
        <translation>نتائج کے لیے استعمال</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>Add a Scale…</source>
        <translation>اسکیل شامل کریں…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ترمیم…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>a scale</source>
        <translation>ایک اسکیل</translation>
    </message>
    <message>
        <source>Grade Scale</source>
        <translation>گریڈ اسکیل</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>From %</source>
        <translation>% سے</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>گریڈ</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>گریڈ کی حدیں</translation>
    </message>
    <message>
        <source>Add a Band</source>
        <translation>حد شامل کریں</translation>
    </message>
    <message>
        <source>Remove the Band</source>
        <translation>حد ہٹائیں</translation>
    </message>
    <message>
        <source>Lowest passing grade:</source>
        <translation>کم سے کم کامیاب گریڈ:</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>پیریڈ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>لگانے والا</translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <source>Holidays &amp; weekends</source>
        <translation>چھٹیاں اور ہفتہ وار تعطیل</translation>
    </message>
    <message>
        <source>No roll call is taken on a weekend day, a holiday or a closed day. They are kept by the school&apos;s server and can be changed only online.</source>
        <translation>ہفتہ وار تعطیل، چھٹی یا بندش کے دن حاضری نہیں لی جاتی۔ یہ اسکول کے سرور پر رکھے جاتے ہیں اور صرف آن لائن بدلے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Weekend days</source>
        <translation>ہفتہ وار تعطیل کے دن</translation>
    </message>
    <message>
        <source>Save the Weekend</source>
        <translation>ہفتہ وار تعطیل محفوظ کریں</translation>
    </message>
    <message>
        <source>Holidays and closed days</source>
        <translation>چھٹیاں اور بندش کے دن</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>چھٹی</translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation>بندش کا دن</translation>
    </message>
    <message>
        <source>Add Holidays…</source>
        <translation>چھٹیاں شامل کریں…</translation>
    </message>
    <message>
        <source>Remove the Chosen Days</source>
        <translation>چنے ہوئے دن ہٹائیں</translation>
    </message>
    <message>
        <source>Nothing to save: the weekend is as the server has it.</source>
        <translation>محفوظ کرنے کو کچھ نہیں: ہفتہ وار تعطیل وہی ہے جو سرور پر ہے۔</translation>
    </message>
    <message>
        <source>Add Holidays</source>
        <translation>چھٹیاں شامل کریں</translation>
    </message>
    <message>
        <source>Closed day (e.g. weather, elections)</source>
        <translation>بندش کا دن (مثلاً موسم، انتخابات)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>قسم:</translation>
    </message>
    <message>
        <source>e.g. Winter break</source>
        <translation>مثلاً سردیوں کی چھٹیاں</translation>
    </message>
    <message>
        <source>Weekend days in between are left out. One day: the same first and last day.</source>
        <translation>درمیان کے ہفتہ وار تعطیل کے دن چھوڑ دیے جاتے ہیں۔ ایک دن کے لیے: پہلا اور آخری دن ایک ہی رکھیں۔</translation>
    </message>
    <message>
        <source>Choose the days to remove in the list first.</source>
        <translation>پہلے فہرست میں ہٹانے والے دن چنیں۔</translation>
    </message>
    <message>
        <source>Taken off the calendar on the school&apos;s server ({n}); this computer has the change once it has synced (now under way).</source>
        <translation>اسکول کے سرور پر کیلنڈر سے ہٹا دیے گئے ({n})؛ سنک کے بعد (جو جاری ہے) یہ تبدیلی اس کمپیوٹر پر آ جائے گی۔</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>پہلا دن:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>آخری دن:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>An attendance mark</source>
        <translation>حاضری کا ایک اندراج</translation>
    </message>
    <message>
        <source>Your change to an attendance mark met a later one.</source>
        <translation>حاضری کے ایک اندراج میں آپ کی تبدیلی کے بعد ایک نئی تبدیلی آ گئی۔</translation>
    </message>
    <message>
        <source>Refused: your change to an attendance mark</source>
        <translation>رد: حاضری کے ایک اندراج میں آپ کی تبدیلی</translation>
    </message>
    <message>
        <source>Your change to an attendance mark was refused by the school&apos;s server: {reason}</source>
        <translation>حاضری کے ایک اندراج میں آپ کی تبدیلی اسکول کے سرور نے رد کر دی: {reason}</translation>
    </message>
    <message>
        <source>A mark</source>
        <translation>ایک نمبر</translation>
    </message>
    <message>
        <source>Your change to a mark met a later one.</source>
        <translation>ایک نمبر میں آپ کی تبدیلی کے بعد ایک نئی تبدیلی آ گئی۔</translation>
    </message>
    <message>
        <source>Refused: your change to a mark</source>
        <translation>رد: ایک نمبر میں آپ کی تبدیلی</translation>
    </message>
    <message>
        <source>Your change to a mark was refused by the school&apos;s server: {reason}</source>
        <translation>ایک نمبر میں آپ کی تبدیلی اسکول کے سرور نے رد کر دی: {reason}</translation>
    </message>
    <message>
        <source>A payment</source>
        <translation>ایک ادائیگی</translation>
    </message>
    <message>
        <source>Your change to a payment met a later one.</source>
        <translation>ایک ادائیگی میں آپ کی تبدیلی کے بعد ایک نئی تبدیلی آ گئی۔</translation>
    </message>
    <message>
        <source>Refused: your change to a payment</source>
        <translation>رد: ایک ادائیگی میں آپ کی تبدیلی</translation>
    </message>
    <message>
        <source>Your change to a payment was refused by the school&apos;s server: {reason}</source>
        <translation>ایک ادائیگی میں آپ کی تبدیلی اسکول کے سرور نے رد کر دی: {reason}</translation>
    </message>
    <message>
        <source>A payment&apos;s allocation</source>
        <translation>ایک ادائیگی کی تقسیم</translation>
    </message>
    <message>
        <source>Your change to a payment&apos;s allocation met a later one.</source>
        <translation>ایک ادائیگی کی تقسیم میں آپ کی تبدیلی کے بعد ایک نئی تبدیلی آ گئی۔</translation>
    </message>
    <message>
        <source>Refused: your change to a payment&apos;s allocation</source>
        <translation>رد: ایک ادائیگی کی تقسیم میں آپ کی تبدیلی</translation>
    </message>
    <message>
        <source>Your change to a payment&apos;s allocation was refused by the school&apos;s server: {reason}</source>
        <translation>ایک ادائیگی کی تقسیم میں آپ کی تبدیلی اسکول کے سرور نے رد کر دی: {reason}</translation>
    </message>
    <message>
        <source>A payment&apos;s cancellation</source>
        <translation>ایک ادائیگی کی منسوخی</translation>
    </message>
    <message>
        <source>Your change to a payment&apos;s cancellation met a later one.</source>
        <translation>ایک ادائیگی کی منسوخی میں آپ کی تبدیلی کے بعد ایک نئی تبدیلی آ گئی۔</translation>
    </message>
    <message>
        <source>Refused: your change to a payment&apos;s cancellation</source>
        <translation>رد: ایک ادائیگی کی منسوخی میں آپ کی تبدیلی</translation>
    </message>
    <message>
        <source>Your change to a payment&apos;s cancellation was refused by the school&apos;s server: {reason}</source>
        <translation>ایک ادائیگی کی منسوخی میں آپ کی تبدیلی اسکول کے سرور نے رد کر دی: {reason}</translation>
    </message>
    <message>
        <source>A student&apos;s record</source>
        <translation>ایک طالب علم کا ریکارڈ</translation>
    </message>
    <message>
        <source>Your change to a student&apos;s record met a later one.</source>
        <translation>ایک طالب علم کے ریکارڈ میں آپ کی تبدیلی کے بعد ایک نئی تبدیلی آ گئی۔</translation>
    </message>
    <message>
        <source>Refused: your change to a student&apos;s record</source>
        <translation>رد: ایک طالب علم کے ریکارڈ میں آپ کی تبدیلی</translation>
    </message>
    <message>
        <source>Your change to a student&apos;s record was refused by the school&apos;s server: {reason}</source>
        <translation>ایک طالب علم کے ریکارڈ میں آپ کی تبدیلی اسکول کے سرور نے رد کر دی: {reason}</translation>
    </message>
    <message>
        <source>An enrolment</source>
        <translation>ایک داخلہ</translation>
    </message>
    <message>
        <source>Your change to an enrolment met a later one.</source>
        <translation>ایک داخلے میں آپ کی تبدیلی کے بعد ایک نئی تبدیلی آ گئی۔</translation>
    </message>
    <message>
        <source>Refused: your change to an enrolment</source>
        <translation>رد: ایک داخلے میں آپ کی تبدیلی</translation>
    </message>
    <message>
        <source>Your change to an enrolment was refused by the school&apos;s server: {reason}</source>
        <translation>ایک داخلے میں آپ کی تبدیلی اسکول کے سرور نے رد کر دی: {reason}</translation>
    </message>
    <message>
        <source>A conflict&apos;s resolution</source>
        <translation>ایک ٹکراؤ کا تصفیہ</translation>
    </message>
    <message>
        <source>Your change to a conflict&apos;s resolution met a later one.</source>
        <translation>ایک ٹکراؤ کے تصفیے میں آپ کی تبدیلی کے بعد ایک نئی تبدیلی آ گئی۔</translation>
    </message>
    <message>
        <source>Refused: your change to a conflict&apos;s resolution</source>
        <translation>رد: ایک ٹکراؤ کے تصفیے میں آپ کی تبدیلی</translation>
    </message>
    <message>
        <source>Your change to a conflict&apos;s resolution was refused by the school&apos;s server: {reason}</source>
        <translation>ایک ٹکراؤ کے تصفیے میں آپ کی تبدیلی اسکول کے سرور نے رد کر دی: {reason}</translation>
    </message>
    <message>
        <source>A record</source>
        <translation>ایک ریکارڈ</translation>
    </message>
    <message>
        <source>Your change to a record met a later one.</source>
        <translation>ایک ریکارڈ میں آپ کی تبدیلی کے بعد ایک نئی تبدیلی آ گئی۔</translation>
    </message>
    <message>
        <source>Refused: your change to a record</source>
        <translation>رد: ایک ریکارڈ میں آپ کی تبدیلی</translation>
    </message>
    <message>
        <source>Your change to a record was refused by the school&apos;s server: {reason}</source>
        <translation>ایک ریکارڈ میں آپ کی تبدیلی اسکول کے سرور نے رد کر دی: {reason}</translation>
    </message>
    <message>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <source>late</source>
        <translation>تاخیر</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>رخصت</translation>
    </message>
    <message>
        <source>half day</source>
        <translation>آدھا دن</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>کسی اور</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>کچھ نہیں</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>مستثنیٰ</translation>
    </message>
    <message>
        <source>{score}/{out_of}</source>
        <translation>{score}/{out_of}</translation>
    </message>
    <message>
        <source>a student</source>
        <translation>ایک طالب علم</translation>
    </message>
    <message>
        <source>an assessment</source>
        <translation>ایک جائزہ</translation>
    </message>
    <message>
        <source>Your mark {lost} for {student} in {assessment} was replaced by {kept}, which you entered on another device at {at}.</source>
        <translation>{student} کے لیے {assessment} میں آپ کا نمبر {lost} بدل کر {kept} ہو گیا، جو آپ نے {at} پر کسی دوسرے آلے پر درج کیا تھا۔</translation>
    </message>
    <message>
        <source>Your mark {lost} for {student} in {assessment} was replaced by {kept}, which you entered on another device.</source>
        <translation>{student} کے لیے {assessment} میں آپ کا نمبر {lost} بدل کر {kept} ہو گیا، جو آپ نے کسی دوسرے آلے پر درج کیا تھا۔</translation>
    </message>
    <message>
        <source>Your mark {lost} for {student} in {assessment} was replaced by {kept} entered by {by} at {at}.</source>
        <translation>{student} کے لیے {assessment} میں آپ کا نمبر {lost} بدل کر {kept} ہو گیا، جو {by} نے {at} پر درج کیا۔</translation>
    </message>
    <message>
        <source>Your mark {lost} for {student} in {assessment} was replaced by {kept} entered by {by}.</source>
        <translation>{student} کے لیے {assessment} میں آپ کا نمبر {lost} بدل کر {kept} ہو گیا، جو {by} نے درج کیا۔</translation>
    </message>
    <message>
        <source>Your mark {kept} for {student} in {assessment} is kept for now over {lost} entered by {by}.</source>
        <translation>{student} کے لیے {assessment} میں آپ کا نمبر {kept} فی الحال رکھا گیا ہے، {by} کے درج کیے ہوئے {lost} کی جگہ۔</translation>
    </message>
    <message>
        <source>The mark {lost} for {student} in {assessment}, entered by {lost_by}, was replaced by {kept} entered by {kept_by} at {at}.</source>
        <translation>{student} کے لیے {assessment} میں {lost_by} کا درج کیا ہوا نمبر {lost} بدل کر {kept} ہو گیا، جو {kept_by} نے {at} پر درج کیا۔</translation>
    </message>
    <message>
        <source>The mark {lost} for {student} in {assessment}, entered by {lost_by}, was replaced by {kept} entered by {kept_by}.</source>
        <translation>{student} کے لیے {assessment} میں {lost_by} کا درج کیا ہوا نمبر {lost} بدل کر {kept} ہو گیا، جو {kept_by} نے درج کیا۔</translation>
    </message>
    <message>
        <source>Choose which one is right.</source>
        <translation>درست نمبر منتخب کریں۔</translation>
    </message>
    <message>
        <source>Keep {mark}</source>
        <translation>{mark} رکھیں</translation>
    </message>
    <message>
        <source>Keep {mark} ({person}&apos;s)</source>
        <translation>{mark} رکھیں ({person} کا)</translation>
    </message>
    <message>
        <source>Restore {mark} (yours)</source>
        <translation>{mark} بحال کریں (آپ کا)</translation>
    </message>
    <message>
        <source>Restore {mark}</source>
        <translation>{mark} بحال کریں</translation>
    </message>
    <message>
        <source>Restore {mark} ({person}&apos;s)</source>
        <translation>{mark} بحال کریں ({person} کا)</translation>
    </message>
    <message>
        <source>Two marks for {student} in {assessment}</source>
        <translation>{student} کے {assessment} میں دو نمبر</translation>
    </message>
    <message>
        <source>Your attendance mark for {student} on {date} ({mine}) was replaced by {theirs}, which you marked on another device at {at}.</source>
        <translation>{date} کو {student} کی آپ کی درج کردہ حاضری ({mine}) بدل کر {theirs} ہو گئی، جو آپ نے {at} پر کسی دوسرے آلے پر لگائی تھی۔</translation>
    </message>
    <message>
        <source>Your attendance mark for {student} on {date} ({mine}) was replaced by {theirs}, which you marked on another device.</source>
        <translation>{date} کو {student} کی آپ کی درج کردہ حاضری ({mine}) بدل کر {theirs} ہو گئی، جو آپ نے کسی دوسرے آلے پر لگائی تھی۔</translation>
    </message>
    <message>
        <source>Your attendance mark for {student} on {date} ({mine}) was replaced by {theirs}, marked by {by} at {at}.</source>
        <translation>{date} کو {student} کی آپ کی درج کردہ حاضری ({mine}) بدل کر {theirs} ہو گئی، جو {by} نے {at} پر لگائی۔</translation>
    </message>
    <message>
        <source>Your attendance mark for {student} on {date} ({mine}) was replaced by {theirs}, marked by {by}.</source>
        <translation>{date} کو {student} کی آپ کی درج کردہ حاضری ({mine}) بدل کر {theirs} ہو گئی، جو {by} نے لگائی۔</translation>
    </message>
    <message>
        <source>Attendance of {student}</source>
        <translation>{student} کی حاضری</translation>
    </message>
    <message>
        <source>Mark of {student}</source>
        <translation>{student} کا نمبر</translation>
    </message>
    <message>
        <source>Refused: the payment {amount} for {student} (receipt {receipt})</source>
        <translation>رد: {student} کی {amount} کی ادائیگی (رسید {receipt})</translation>
    </message>
    <message>
        <source>The payment {amount} for {student} (receipt {receipt}) was refused by the school&apos;s server: {reason}</source>
        <translation>{student} کی {amount} کی ادائیگی (رسید {receipt}) اسکول کے سرور نے رد کر دی: {reason}</translation>
    </message>
    <message>
        <source>Refused: the payment {amount} for {student}</source>
        <translation>رد: {student} کی {amount} کی ادائیگی</translation>
    </message>
    <message>
        <source>The payment {amount} for {student} was refused by the school&apos;s server: {reason}</source>
        <translation>{student} کی {amount} کی ادائیگی اسکول کے سرور نے رد کر دی: {reason}</translation>
    </message>
    <message>
        <source>Refused: the payment for {student}</source>
        <translation>رد: {student} کی ادائیگی</translation>
    </message>
    <message>
        <source>The payment for {student} was refused by the school&apos;s server: {reason}</source>
        <translation>{student} کی ادائیگی اسکول کے سرور نے رد کر دی: {reason}</translation>
    </message>
    <message>
        <source>Refused: your attendance mark for {student} on {date}</source>
        <translation>رد: {date} کو {student} کی آپ کی درج کردہ حاضری</translation>
    </message>
    <message>
        <source>Your attendance mark for {student} on {date} was refused by the school&apos;s server: {reason}</source>
        <translation>{date} کو {student} کی آپ کی درج کردہ حاضری اسکول کے سرور نے رد کر دی: {reason}</translation>
    </message>
    <message>
        <source>Refused: your mark for {student} in {assessment}</source>
        <translation>رد: {student} کے لیے {assessment} میں آپ کا نمبر</translation>
    </message>
    <message>
        <source>Your mark for {student} in {assessment} was refused by the school&apos;s server: {reason}</source>
        <translation>{student} کے لیے {assessment} میں آپ کا نمبر اسکول کے سرور نے رد کر دیا: {reason}</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>What needs your attention</source>
        <translation>جن پر آپ کی توجہ درکار ہے</translation>
    </message>
</context>
<context>
    <name>InboxScreen</name>
    <message>
        <source>Changes made on this computer by other people are waiting to be sent. Each person&apos;s changes are sent the next time they sign in here:</source>
        <translation>اس کمپیوٹر پر دوسرے لوگوں کی کی گئی تبدیلیاں بھیجے جانے کی منتظر ہیں۔ ہر شخص کی تبدیلیاں اگلی بار اس کے یہاں سائن ان کرنے پر بھیجی جائیں گی:</translation>
    </message>
    <message numerus="yes">
        <source>{name} — changes waiting: %n, the oldest made {when}</source>
        <translation>
            <numerusform>{name} — منتظر تبدیلیاں: %n، سب سے پرانی {when} کو کی گئی</numerusform>
            <numerusform>{name} — منتظر تبدیلیاں: %n، سب سے پرانی {when} کو کی گئی</numerusform>
        </translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>ان باکس</translation>
    </message>
    <message>
        <source>Changes waiting from other people</source>
        <translation>دوسرے لوگوں کی منتظر تبدیلیاں</translation>
    </message>
    <message>
        <source>What needs your attention</source>
        <translation>جن پر آپ کی توجہ درکار ہے</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ہٹا دیں</translation>
    </message>
    <message>
        <source>You have read this; take it out of the inbox</source>
        <translation>آپ نے یہ پڑھ لیا؛ اسے ان باکس سے نکال دیں</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need your attention.</source>
        <translation>
            <numerusform>%n چیز پر آپ کی توجہ درکار ہے۔</numerusform>
            <numerusform>%n چیزوں پر آپ کی توجہ درکار ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs your attention. Conflicts and changes the school&apos;s server refused will appear here after a sync.</source>
        <translation>کسی چیز پر توجہ درکار نہیں۔ ٹکراؤ اور اسکول کے سرور کی رد کی ہوئی تبدیلیاں سنک کے بعد یہاں نظر آئیں گی۔</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>ان کی رکھیں</translation>
    </message>
    <message>
        <source>Restore mine</source>
        <translation>میری بحال کریں</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>ہٹا دیا گیا۔</translation>
    </message>
    <message>
        <source>Saved. The choice is sent with the next sync.</source>
        <translation>محفوظ ہو گیا۔ یہ انتخاب اگلے سنک کے ساتھ بھیجا جائے گا۔</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>وصول طلب</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>ادا شدہ</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>بقایا</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>بل</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>لیٹ فیس</translation>
    </message>
    <message>
        <source>Concession</source>
        <translation>رعایت</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>ادائیگی</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>منسوخی</translation>
    </message>
    <message>
        <source>Cancelled: this receipt keeps its number</source>
        <translation>منسوخ: اس رسید کا نمبر برقرار رہتا ہے</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This school file is not signed in to a server: it is kept on this computer only.</source>
        <translation>یہ اسکول فائل کسی سرور سے منسلک نہیں: یہ صرف اسی کمپیوٹر پر رکھی ہے۔</translation>
    </message>
    <message>
        <source>{school} — {person} — Daftar</source>
        <translation>{school} — {person} — دفتر</translation>
    </message>
    <message>
        <source>{school} — Daftar</source>
        <translation>{school} — دفتر</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>اسکرینیں</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ڈیش بورڈ</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>طلبہ</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>فیس</translation>
    </message>
    <message>
        <source>Day Book</source>
        <translation>روزنامچہ</translation>
    </message>
    <message>
        <source>Defaulters</source>
        <translation>نادہندگان</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>حاضری</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>رجسٹر</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>نتائج</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>سیٹ اپ</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>ان باکس</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <source>S&amp;witch School…</source>
        <translation>اسکول &amp;بدلیں…</translation>
    </message>
    <message>
        <source>&amp;Open School File…</source>
        <translation>اسکول فائل &amp;کھولیں…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;لاک کریں</translation>
    </message>
    <message>
        <source>Switch &amp;User…</source>
        <translation>&amp;صارف بدلیں…</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>سائن &amp;آؤٹ…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;ترتیبات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;بند کریں</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;سنک</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>&amp;ابھی سنک کریں</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>&amp;آف لائن کام کریں</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مدد</translation>
    </message>
    <message>
        <source>&amp;About Daftar</source>
        <translation>دفتر کے &amp;بارے میں</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;لاگ فولڈر کھولیں</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>سائن آؤٹ</translation>
    </message>
    <message>
        <source>Sign out of {school} on this computer?</source>
        <translation>اس کمپیوٹر پر {school} سے سائن آؤٹ کریں؟</translation>
    </message>
    <message numerus="yes">
        <source>Changes waiting to be sent: %n. They stay saved on this computer and are sent the next time someone allowed to send them signs in.</source>
        <translation>
            <numerusform>بھیجنے کے لیے منتظر تبدیلیاں: %n۔ یہ اسی کمپیوٹر پر محفوظ رہیں گی اور اگلی بار کسی مجاز شخص کے سائن ان کرنے پر بھیجی جائیں گی۔</numerusform>
            <numerusform>بھیجنے کے لیے منتظر تبدیلیاں: %n۔ یہ اسی کمپیوٹر پر محفوظ رہیں گی اور اگلی بار کسی مجاز شخص کے سائن ان کرنے پر بھیجی جائیں گی۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is sent. You will need the school&apos;s server to sign in again; unlocking with your password works offline only while you are signed in.</source>
        <translation>سب کچھ بھیج دیا گیا ہے۔ دوبارہ سائن ان کے لیے اسکول کا سرور درکار ہوگا؛ پاس ورڈ سے آف لائن کھولنا صرف سائن ان رہنے تک چلتا ہے۔</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>سائن آؤٹ</translation>
    </message>
    <message>
        <source>About Daftar</source>
        <translation>دفتر کے بارے میں</translation>
    </message>
    <message>
        <source>&lt;b&gt;Daftar&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;دفتر&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <source>Attendance, marks, fees and receipts for schools. Everything is kept on this computer and works without the internet; it is sent to the school&apos;s server when a connection is there.

School file: {path}
Log file: {log}</source>
        <translation>اسکولوں کے لیے حاضری، نمبر، فیس اور رسیدیں۔ سب کچھ اسی کمپیوٹر پر رہتا ہے اور انٹرنیٹ کے بغیر چلتا ہے؛ کنکشن ملنے پر اسکول کے سرور کو بھیج دیا جاتا ہے۔

اسکول فائل: {path}
لاگ فائل: {log}</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>مقامی فائل</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>کالم ملائیں</translation>
    </message>
    <message>
        <source>Daftar guessed which column holds what from the headers. Correct it where it is wrong; a field that is not in the file is left as the school has it.</source>
        <translation>دفتر نے سرخیوں سے اندازہ لگایا کہ کس کالم میں کیا ہے۔ جہاں غلط ہو درست کریں؛ جو خانہ فائل میں نہیں وہ اسکول کے ریکارڈ جیسا رہے گا۔</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش منظر</translation>
    </message>
    <message>
        <source>The first rows, as Daftar reads them:</source>
        <translation>پہلی قطاریں، جیسے دفتر انہیں پڑھتا ہے:</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— فائل میں نہیں —</translation>
    </message>
    <message>
        <source>{header}
(not imported)</source>
        <translation>{header}
(درآمد نہیں)</translation>
    </message>
</context>
<context>
    <name>MarkDelegate</name>
    <message>
        <source>Mark</source>
        <translation>نمبر</translation>
    </message>
</context>
<context>
    <name>MarksGridModel</name>
    <message>
        <source>Roll</source>
        <translation>رول</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>طالب علم</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بغیر تاریخ</translation>
    </message>
    <message>
        <source>{name}: {category}, out of {max}, weight {weight} in its category, {date}</source>
        <translation>{name}: {category}، کل {max}، اپنی قسم میں وزن {weight}، {date}</translation>
    </message>
    <message>
        <source>Term %</source>
        <translation>ٹرم %</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>گریڈ</translation>
    </message>
    <message>
        <source>Counted as shown above the grid: absent is 0, exempt is left out, an empty category gives its weight to the others.</source>
        <translation>گرڈ کے اوپر بتائے طریقے سے شمار: غیر حاضر 0، مستثنیٰ شامل نہیں، خالی قسم اپنا وزن دوسروں کو دیتی ہے۔</translation>
    </message>
    <message>
        <source>{name} left this class on {date}</source>
        <translation>{name} نے {date} کو یہ جماعت چھوڑ دی</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) not entered yet: the result is provisional.</source>
        <translation>
            <numerusform>%n نمبر ابھی درج نہیں ہوا: نتیجہ عارضی ہے۔</numerusform>
            <numerusform>%n نمبر ابھی درج نہیں ہوئے: نتیجہ عارضی ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>محفوظ نہیں ہوا: {reason}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to sync</source>
        <translation>اس کمپیوٹر پر محفوظ، سنک کا منتظر</translation>
    </message>
    <message>
        <source>Synced with the school&apos;s server</source>
        <translation>اسکول کے سرور سے سنک شدہ</translation>
    </message>
    <message>
        <source>Conflict: {note} Resolve it in the inbox.</source>
        <translation>ٹکراؤ: {note} اسے ان باکس میں حل کریں۔</translation>
    </message>
    <message>
        <source>The server refused this mark: {note}</source>
        <translation>سرور نے یہ نمبر رد کر دیا: {note}</translation>
    </message>
    <message>
        <source>ab</source>
        <translation>غ</translation>
    </message>
    <message>
        <source>ex</source>
        <translation>مس</translation>
    </message>
</context>
<context>
    <name>MarksScreen</name>
    <message>
        <source>Marks</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Class and subject</source>
        <translation>جماعت اور مضمون</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>ٹرم</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>نئی جانچ…</translation>
    </message>
    <message>
        <source>Edit assessment…</source>
        <translation>جانچ میں ترمیم…</translation>
    </message>
    <message>
        <source>How the term % is counted: absent (ab) counts 0; exempt (ex) and empty cells are left out; each category&apos;s average is weighted by the subject&apos;s category weights, and a category with no marks yet gives its weight to the others. * means marks are still missing.</source>
        <translation>ٹرم % کیسے شمار ہوتا ہے: غیر حاضر (غ) 0 شمار؛ مستثنیٰ (مس) اور خالی خانے شامل نہیں؛ ہر قسم کی اوسط کو مضمون کے وزن سے ضرب دی جاتی ہے، اور جس قسم میں ابھی نمبر نہیں وہ اپنا وزن دوسروں کو دیتی ہے۔ * کا مطلب ہے کہ نمبر ابھی باقی ہیں۔</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d99a1e&apos;&gt;●&lt;/span&gt; waiting to sync &amp;nbsp; &lt;span style=&apos;color:#2e8b57&apos;&gt;●&lt;/span&gt; synced &amp;nbsp; &lt;span style=&apos;color:#c0392b&apos;&gt;●&lt;/span&gt; conflict (see the inbox) &amp;nbsp; &lt;span style=&apos;color:#8e44ad&apos;&gt;●&lt;/span&gt; refused by the server &amp;nbsp; &lt;span style=&apos;background:#fde2e1; color:#b3261e&apos;&gt;&amp;nbsp;red&amp;nbsp;&lt;/span&gt; not saved: hover for the reason</source>
        <translation>&lt;span style=&apos;color:#d99a1e&apos;&gt;●&lt;/span&gt; سنک کا منتظر &amp;nbsp; &lt;span style=&apos;color:#2e8b57&apos;&gt;●&lt;/span&gt; سنک شدہ &amp;nbsp; &lt;span style=&apos;color:#c0392b&apos;&gt;●&lt;/span&gt; ٹکراؤ (ان باکس دیکھیں) &amp;nbsp; &lt;span style=&apos;color:#8e44ad&apos;&gt;●&lt;/span&gt; سرور نے رد کیا &amp;nbsp; &lt;span style=&apos;background:#fde2e1; color:#b3261e&apos;&gt;&amp;nbsp;سرخ&amp;nbsp;&lt;/span&gt; محفوظ نہیں: وجہ کے لیے ماؤس رکھیں</translation>
    </message>
    <message>
        <source> (published)</source>
        <translation> (شائع شدہ)</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (بند)</translation>
    </message>
    <message>
        <source>You have no classes to enter marks for.</source>
        <translation>آپ کی کوئی جماعت نہیں جس کے نمبر درج کرنے ہوں۔</translation>
    </message>
    <message>
        <source>{students} · {assessments} · {term}</source>
        <translation>{students} · {assessments} · {term}</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n طالب علم</numerusform>
            <numerusform>%n طلبہ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n جانچ</numerusform>
            <numerusform>%n جانچیں</numerusform>
        </translation>
    </message>
    <message>
        <source>{term} is published: its marks and results are frozen.</source>
        <translation>{term} شائع ہو چکا: اس کے نمبر اور نتائج منجمد ہیں۔</translation>
    </message>
    <message>
        <source>Mark entry for {term} is closed by the principal: marks are read-only.</source>
        <translation>{term} کے نمبروں کا اندراج پرنسپل نے بند کر دیا: نمبر صرف دیکھے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Category weights: {weights}</source>
        <translation>اقسام کا وزن: {weights}</translation>
    </message>
    <message>
        <source>No category weights set for this subject: categories weigh the same.</source>
        <translation>اس مضمون کی اقسام کا وزن طے نہیں: سب اقسام برابر ہیں۔</translation>
    </message>
    <message>
        <source>No assessments yet: add one with “New assessment…”.</source>
        <translation>ابھی کوئی جانچ نہیں: “نئی جانچ…” سے شامل کریں۔</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>{saved} saved; {bad} refused: {reason}</source>
        <translation>{saved} محفوظ؛ {bad} رد: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved on this computer (%n mark(s)).</source>
        <translation>
            <numerusform>اس کمپیوٹر پر محفوظ (%n نمبر)۔</numerusform>
            <numerusform>اس کمپیوٹر پر محفوظ (%n نمبر)۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not saved, shown in red: hover for the reason.</source>
        <translation>
            <numerusform>%n اندراج محفوظ نہیں ہوا، سرخ میں: وجہ کے لیے ماؤس رکھیں۔</numerusform>
            <numerusform>%n اندراجات محفوظ نہیں ہوئے، سرخ میں: وجہ کے لیے ماؤس رکھیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>محفوظ نہیں ہوا: {reason}</translation>
    </message>
    <message>
        <source>Not a mark: {reason}</source>
        <translation>یہ نمبر نہیں: {reason}</translation>
    </message>
</context>
<context>
    <name>MarksTable</name>
    <message>
        <source>Mark entry for {term} is closed: nothing was pasted.</source>
        <translation>{term} کے نمبروں کا اندراج بند ہے: کچھ چسپاں نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Click the first cell to fill (a mark cell), then paste.</source>
        <translation>پہلے بھرنے والے خانے (نمبر کا خانہ) پر کلک کریں، پھر چسپاں کریں۔</translation>
    </message>
    <message>
        <source>The clipboard holds no marks to paste.</source>
        <translation>کلپ بورڈ میں چسپاں کرنے کے لیے نمبر نہیں ہیں۔</translation>
    </message>
    <message>
        <source>Nothing was pasted: the block is {rows} row(s) by {cols} column(s), but from this cell there are {free_rows} student(s) below and {free_cols} assessment(s) across.</source>
        <translation>کچھ چسپاں نہیں ہوا: بلاک {rows} قطار × {cols} کالم ہے، لیکن اس خانے سے نیچے {free_rows} طلبہ اور ساتھ {free_cols} جانچیں ہیں۔</translation>
    </message>
    <message>
        <source>Pasted {good} mark(s); {bad} refused, shown in red: {first}</source>
        <translation>{good} نمبر چسپاں ہوئے؛ {bad} رد، سرخ میں: {first}</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n mark(s).</source>
        <translation>
            <numerusform>%n نمبر چسپاں ہوا۔</numerusform>
            <numerusform>%n نمبر چسپاں ہوئے۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>Roll</source>
        <translation>رول</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Pres.</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Abs.</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>تاخیر</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>شرح</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Open list…</source>
        <translation>فہرست کھولیں…</translation>
    </message>
    <message>
        <source>Open the list of {title}</source>
        <translation>{title} کی فہرست کھولیں</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Type the amount received.</source>
        <translation>وصول شدہ رقم لکھیں۔</translation>
    </message>
    <message>
        <source>The amount cannot be negative; to give money back, cancel the payment.</source>
        <translation>رقم منفی نہیں ہو سکتی؛ رقم واپس کرنے کے لیے ادائیگی منسوخ کریں۔</translation>
    </message>
    <message>
        <source>This currency has no smaller unit: type a whole amount.</source>
        <translation>اس کرنسی کی چھوٹی اکائی نہیں: پوری رقم لکھیں۔</translation>
    </message>
    <message>
        <source>This currency has {digits} decimal places; the amount has more.</source>
        <translation>اس کرنسی میں اعشاریہ کے بعد {digits} ہندسے ہیں؛ رقم میں زیادہ ہیں۔</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>رقم صفر سے زیادہ ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>This amount is larger than any payment a school takes at once; check the zeros.</source>
        <translation>یہ رقم کسی بھی ایک ادائیگی سے بڑی ہے جو اسکول لیتا ہے؛ صفر دیکھیں۔</translation>
    </message>
    <message>
        <source>“{typed}” is not an amount; type digits, e.g. {example}.</source>
        <translation>“{typed}” رقم نہیں ہے؛ ہندسے لکھیں، مثلاً {example}۔</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take a payment</source>
        <translation>ادائیگی وصول کریں</translation>
    </message>
    <message>
        <source>Owes {amount}</source>
        <translation>واجب الادا {amount}</translation>
    </message>
    <message>
        <source>Nothing due (in advance: {amount})</source>
        <translation>کچھ واجب نہیں (پیشگی: {amount})</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>کچھ واجب نہیں</translation>
    </message>
    <message>
        <source>This student has left or graduated: only what is still owed can be paid, nothing in advance.</source>
        <translation>یہ طالب علم اسکول چھوڑ چکا ہے یا فارغ التحصیل ہے: صرف واجب رقم ادا ہو سکتی ہے، پیشگی کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>ادا کنندہ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>حوالہ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Oldest dues first</source>
        <translation>پہلے پرانے واجبات</translation>
    </message>
    <message>
        <source>Let me choose</source>
        <translation>میں خود چنوں گا</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>بل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھلا</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>ادا کریں</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>رقم ({currency})</translation>
    </message>
    <message>
        <source>Save and print receipt</source>
        <translation>محفوظ کریں اور رسید پرنٹ کریں</translation>
    </message>
    <message>
        <source>Allocate to</source>
        <translation>کس مد میں</translation>
    </message>
    <message>
        <source>Cheque number</source>
        <translation>چیک نمبر</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>منتقلی کا حوالہ</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>ٹرانزیکشن آئی ڈی</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>لازمی</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>This student has left: at most {amount} (what is still owed) can be paid.</source>
        <translation>یہ طالب علم جا چکا ہے: زیادہ سے زیادہ {amount} (باقی واجب رقم) ادا ہو سکتی ہے۔</translation>
    </message>
    <message>
        <source>Type the {what}.</source>
        <translation>{what} لکھیں۔</translation>
    </message>
    <message>
        <source>The amounts allocated add up to more than the payment.</source>
        <translation>مختص رقوم کا مجموعہ ادائیگی سے زیادہ ہے۔</translation>
    </message>
    <message>
        <source>More than is open on {number}.</source>
        <translation>{number} پر باقی رقم سے زیادہ۔</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واپس</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;کاٹیں</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نقل کریں</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;چسپاں کریں</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>تفصیل دکھائیں...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>تفصیل چھپائیں...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>سب محفوظ کریں</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;ہاں</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>سب کے لیے &amp;ہاں</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نہیں</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>سب کے لیے &amp;نہیں</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ترک کریں</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>دوبارہ کوشش</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نظر انداز کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>رد کریں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>دوبارہ ترتیب دیں</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>طے شدہ بحال کریں</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>Days marked</source>
        <translation>درج شدہ دن</translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation>غیر حاضری کے دن</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>شرح</translation>
    </message>
</context>
<context>
    <name>ReceiptBatchDialog</name>
    <message>
        <source>Print receipts</source>
        <translation>رسیدیں پرنٹ کریں</translation>
    </message>
    <message>
        <source>The receipts of a day</source>
        <translation>ایک دن کی رسیدیں</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Only the ones I took</source>
        <translation>صرف جو میں نے وصول کیں</translation>
    </message>
    <message>
        <source>Every receipt of {name}</source>
        <translation>{name} کی تمام رسیدیں</translation>
    </message>
    <message>
        <source>Every receipt of a student (open one on the Fees screen)</source>
        <translation>ایک طالب علم کی تمام رسیدیں (فیس اسکرین پر طالب علم کھولیں)</translation>
    </message>
    <message>
        <source>A5 sheet</source>
        <translation>A5 صفحہ</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 ملی میٹر رول</translation>
    </message>
    <message>
        <source>Receipt format</source>
        <translation>رسید کا سائز</translation>
    </message>
    <message>
        <source>Mark as DUPLICATE (they were printed before)</source>
        <translation>نقل (DUPLICATE) لکھیں (پہلے پرنٹ ہو چکی ہیں)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>PDF کھولیں</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>سائز</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) on {day}.</source>
        <translation>
            <numerusform>{day} کو %n رسید۔</numerusform>
            <numerusform>{day} کو %n رسیدیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s).</source>
        <translation>
            <numerusform>%n رسید۔</numerusform>
            <numerusform>%n رسیدیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making %n receipt(s)…</source>
        <translation>
            <numerusform>%n رسید بن رہی ہے…</numerusform>
            <numerusform>%n رسیدیں بن رہی ہیں…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) saved in {file}.</source>
        <translation>
            <numerusform>%n رسید {file} میں محفوظ ہوئی۔</numerusform>
            <numerusform>%n رسیدیں {file} میں محفوظ ہوئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the receipts as PDF</source>
        <translation>رسیدیں PDF میں محفوظ کریں</translation>
    </message>
    <message>
        <source>Stopped. No file was saved.</source>
        <translation>روک دیا گیا۔ کوئی فائل محفوظ نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>The receipts could not be saved: {reason}</source>
        <translation>رسیدیں محفوظ نہیں ہو سکیں: {reason}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>روکا جا رہا ہے…</translation>
    </message>
</context>
<context>
    <name>ReceiptPrint</name>
    <message>
        <source>Save as PDF</source>
        <translation>PDF کے طور پر محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Registers</source>
        <translation>رجسٹر</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>پچھلا مہینہ</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>اگلا مہینہ</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>Double-click a student in the month or the rates to see their history.</source>
        <translation>کسی طالب علم کی تاریخچہ دیکھنے کے لیے مہینے یا شرح میں اس پر ڈبل کلک کریں۔</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>PDF فائلیں (*.pdf);;Excel فائلیں (*.xlsx);;CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <source>Rates and chronic absence</source>
        <translation>شرح اور مسلسل غیر حاضری</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>طالب علم</translation>
    </message>
    <message>
        <source>Chronic absentees</source>
        <translation>مسلسل غیر حاضر</translation>
    </message>
    <message>
        <source>{name} ({admission}) · rate {rate} over {days} school days · {totals}</source>
        <translation>{name} ({admission}) · {days} تعلیمی دنوں میں شرح {rate} · {totals}</translation>
    </message>
    <message>
        <source>no marks</source>
        <translation>کوئی اندراج نہیں</translation>
    </message>
    <message>
        <source>Save the register as PDF</source>
        <translation>رجسٹر PDF میں محفوظ کریں</translation>
    </message>
    <message>
        <source>Register saved as {path}</source>
        <translation>رجسٹر محفوظ ہو گیا: {path}</translation>
    </message>
    <message>
        <source>No section to show.</source>
        <translation>دکھانے کے لیے کوئی سیکشن نہیں۔</translation>
    </message>
    <message>
        <source>{section} · {days} school days in {month}</source>
        <translation>{section} · {month} میں {days} تعلیمی دن</translation>
    </message>
    <message>
        <source>Section rate this month: {rate}</source>
        <translation>اس مہینے سیکشن کی شرح: {rate}</translation>
    </message>
    <message>
        <source>Chronic absentees: below {threshold} % over the last {days} school days (to {day}): {count}</source>
        <translation>مسلسل غیر حاضر: پچھلے {days} تعلیمی دنوں ({day} تک) میں {threshold} % سے کم: {count}</translation>
    </message>
</context>
<context>
    <name>RemarksDialog</name>
    <message>
        <source>A few sentences for the report card</source>
        <translation>رپورٹ کارڈ کے لیے چند جملے</translation>
    </message>
    <message>
        <source>Report card remarks</source>
        <translation>رپورٹ کارڈ کے تبصرے</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>تبصرے</translation>
    </message>
    <message>
        <source>Each remark is saved on this computer when you leave its cell. The square beside it: amber waiting to sync, green synced, red refused (the reason is in its tooltip). Grey columns are not yours to write.</source>
        <translation>ہر تبصرہ اپنا خانہ چھوڑتے ہی اس کمپیوٹر پر محفوظ ہو جاتا ہے۔ ساتھ والا چوکور: نارنجی سنک کا منتظر، سبز سنک شدہ، سرخ رد (وجہ ٹول ٹپ میں)۔ سرمئی کالم آپ کے لکھنے کے نہیں۔</translation>
    </message>
    <message>
        <source>Remarks — {section}, {term}</source>
        <translation>تبصرے — {section}، {term}</translation>
    </message>
    <message>
        <source>{term} is published; its report cards are frozen.</source>
        <translation>{term} شائع ہو چکا؛ اس کے رپورٹ کارڈ منجمد ہیں۔</translation>
    </message>
    <message>
        <source>the class teacher&apos;s remarks</source>
        <translation>کلاس ٹیچر کے تبصرے</translation>
    </message>
    <message>
        <source>the principal&apos;s remarks</source>
        <translation>پرنسپل کے تبصرے</translation>
    </message>
    <message>
        <source>You write {what}.</source>
        <translation>آپ {what} لکھتے ہیں۔</translation>
    </message>
    <message>
        <source>Saved the remark for {name}.</source>
        <translation>{name} کا تبصرہ محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>محفوظ نہیں ہوا: {reason}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>محفوظ ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>RemarksModel</name>
    <message>
        <source>Roll</source>
        <translation>رول</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>طالب علم</translation>
    </message>
    <message>
        <source>Class teacher&apos;s remarks</source>
        <translation>کلاس ٹیچر کے تبصرے</translation>
    </message>
    <message>
        <source>Principal&apos;s remarks</source>
        <translation>پرنسپل کے تبصرے</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Refused by the server: {reason}</source>
        <translation>سرور نے رد کیا: {reason}</translation>
    </message>
    <message>
        <source>In conflict with another change; see the conflicts inbox.</source>
        <translation>کسی اور تبدیلی سے ٹکراؤ؛ ان باکس دیکھیں۔</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>کوئی</translation>
    </message>
    <message>
        <source>Written by {who} on {when}; saved on this computer, waiting to sync.</source>
        <translation>{who} نے {when} کو لکھا؛ اس کمپیوٹر پر محفوظ، سنک کا منتظر۔</translation>
    </message>
    <message>
        <source>Written by {who} on {when}; synced.</source>
        <translation>{who} نے {when} کو لکھا؛ سنک شدہ۔</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Position</source>
        <translation>پوزیشن</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>رول</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>طالب علم</translation>
    </message>
    <message>
        <source>Overall %</source>
        <translation>مجموعی %</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>گریڈ</translation>
    </message>
    <message>
        <source>{term} ({weight}%)</source>
        <translation>{term} ({weight}%)</translation>
    </message>
    <message>
        <source>Final %</source>
        <translation>حتمی %</translation>
    </message>
    <message>
        <source>Provisional: a term has no result yet or is not published.</source>
        <translation>عارضی: کسی ٹرم کا نتیجہ ابھی نہیں یا شائع نہیں ہوا۔</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) not entered yet.</source>
        <translation>
            <numerusform>%n نمبر ابھی درج نہیں ہوا۔</numerusform>
            <numerusform>%n نمبر ابھی درج نہیں ہوئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>{category}: {percent} ({share}% of the result)</source>
        <translation>{category}: {percent} (نتیجے کا {share}%)</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Results</source>
        <translation>نتائج</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>جماعت</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>ٹرم</translation>
    </message>
    <message>
        <source>Report cards…</source>
        <translation>رپورٹ کارڈ…</translation>
    </message>
    <message>
        <source>Every student&apos;s report card of this class and term, in one PDF; with one student selected, that student&apos;s card only</source>
        <translation>اس جماعت اور ٹرم کے ہر طالب علم کا رپورٹ کارڈ ایک PDF میں؛ ایک طالب علم منتخب ہو تو صرف اس کا کارڈ</translation>
    </message>
    <message>
        <source>Remarks…</source>
        <translation>تبصرے…</translation>
    </message>
    <message>
        <source>The class teacher&apos;s and the principal&apos;s remarks for the report cards of this class and term</source>
        <translation>اس جماعت اور ٹرم کے رپورٹ کارڈ کے لیے کلاس ٹیچر اور پرنسپل کے تبصرے</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>برآمد کریں…</translation>
    </message>
    <message>
        <source>This class&apos;s term results (each subject&apos;s %, the overall %, grade and position) as an Excel workbook or a CSV file</source>
        <translation>اس جماعت کے ٹرم نتائج (ہر مضمون کا %، مجموعی %، گریڈ اور پوزیشن) Excel یا CSV فائل میں</translation>
    </message>
    <message>
        <source>Publish term…</source>
        <translation>ٹرم شائع کریں…</translation>
    </message>
    <message>
        <source>Category weights…</source>
        <translation>اقسام کا وزن…</translation>
    </message>
    <message>
        <source>Grade scale…</source>
        <translation>گریڈ اسکیل…</translation>
    </message>
    <message>
        <source>Each subject&apos;s term % weighs its categories by the subject&apos;s weights; absent counts 0, exempt and marks not entered are left out, and a category with no marks yet gives its weight to the others. The overall % is the mean of the subjects; the final result weighs the terms by their weights. * marks a result still missing marks.</source>
        <translation>ہر مضمون کا ٹرم % اس کی اقسام کو مضمون کے وزن سے جوڑتا ہے؛ غیر حاضر 0 شمار، مستثنیٰ اور غیر درج نمبر شامل نہیں، اور جس قسم میں ابھی نمبر نہیں وہ اپنا وزن دوسروں کو دیتی ہے۔ مجموعی % مضامین کی اوسط ہے؛ حتمی نتیجہ ٹرموں کو ان کے وزن سے جوڑتا ہے۔ * کا مطلب ہے کہ نتیجے میں نمبر باقی ہیں۔</translation>
    </message>
    <message>
        <source>Final result (year)</source>
        <translation>حتمی نتیجہ (سال)</translation>
    </message>
    <message>
        <source>published</source>
        <translation>شائع شدہ</translation>
    </message>
    <message>
        <source>mark entry open</source>
        <translation>اندراج کھلا</translation>
    </message>
    <message>
        <source>mark entry closed</source>
        <translation>اندراج بند</translation>
    </message>
    <message>
        <source>{section} · {term} ({state}) · grade scale: {scale}</source>
        <translation>{section} · {term} ({state}) · گریڈ اسکیل: {scale}</translation>
    </message>
    <message>
        <source>default</source>
        <translation>طے شدہ</translation>
    </message>
    <message>
        <source>{section} · final result over the year&apos;s terms</source>
        <translation>{section} · سال کی ٹرموں کا حتمی نتیجہ</translation>
    </message>
    <message>
        <source>{term} is published: its marks and results are frozen.</source>
        <translation>{term} شائع ہو چکا: اس کے نمبر اور نتائج منجمد ہیں۔</translation>
    </message>
    <message>
        <source>Mark entry for {term} is open.</source>
        <translation>{term} کے نمبروں کا اندراج کھلا ہے۔</translation>
    </message>
    <message>
        <source>Mark entry for {term} is closed: marks are read-only on every computer.</source>
        <translation>{term} کے نمبروں کا اندراج بند ہے: ہر کمپیوٹر پر نمبر صرف دیکھے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Open mark entry</source>
        <translation>نمبروں کا اندراج کھولیں</translation>
    </message>
    <message>
        <source>Close mark entry</source>
        <translation>نمبروں کا اندراج بند کریں</translation>
    </message>
    <message>
        <source>Mark entry for {term} is open again.</source>
        <translation>{term} کے نمبروں کا اندراج دوبارہ کھل گیا۔</translation>
    </message>
    <message>
        <source>Mark entry for {term} is closed; it reaches every computer at its next sync.</source>
        <translation>{term} کے نمبروں کا اندراج بند ہو گیا؛ ہر کمپیوٹر کو اگلے سنک پر پتا چلے گا۔</translation>
    </message>
    <message>
        <source>Publish {term}?</source>
        <translation>{term} شائع کریں؟</translation>
    </message>
    <message>
        <source>Publishing closes mark entry for good and freezes the results of {term} on every computer. It cannot be undone.</source>
        <translation>شائع کرنے سے نمبروں کا اندراج ہمیشہ کے لیے بند اور {term} کے نتائج ہر کمپیوٹر پر منجمد ہو جاتے ہیں۔ یہ واپس نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>شائع کریں</translation>
    </message>
    <message>
        <source>{term} is published; its results are frozen.</source>
        <translation>{term} شائع ہو گیا؛ اس کے نتائج منجمد ہیں۔</translation>
    </message>
    <message>
        <source>Save report cards</source>
        <translation>رپورٹ کارڈ محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <source>Making report cards…</source>
        <translation>رپورٹ کارڈ بن رہے ہیں…</translation>
    </message>
    <message numerus="yes">
        <source>%n report card(s) saved to {file}.</source>
        <translation>
            <numerusform>%n رپورٹ کارڈ {file} میں محفوظ ہوا۔</numerusform>
            <numerusform>%n رپورٹ کارڈ {file} میں محفوظ ہوئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The report cards could not be saved: {reason}</source>
        <translation>رپورٹ کارڈ محفوظ نہیں ہو سکے: {reason}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel فائلیں (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>نتائج برآمد کریں</translation>
    </message>
    <message>
        <source>Exporting the results…</source>
        <translation>نتائج برآمد ہو رہے ہیں…</translation>
    </message>
    <message>
        <source>Results of {section}, {term} exported to {file}</source>
        <translation>{section}، {term} کے نتائج {file} میں برآمد ہو گئے</translation>
    </message>
    <message>
        <source>The results could not be exported: {reason}</source>
        <translation>نتائج برآمد نہیں ہو سکے: {reason}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Teacher</source>
        <translation>استاد</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>پرنسپل</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>ایڈمن</translation>
    </message>
</context>
<context>
    <name>RollCallModel</name>
    <message>
        <source>Section</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>طلبہ</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>درج شدہ</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>حاضری</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>ہو چکی</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>نہیں ہوئی</translation>
    </message>
    <message>
        <source>No roll call</source>
        <translation>حاضری کا دن نہیں</translation>
    </message>
</context>
<context>
    <name>RollCallScreen</name>
    <message>
        <source>Roll call</source>
        <translation>حاضری</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>پیریڈ</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>پچھلا دن</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>اگلا دن</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <source>Class list</source>
        <translation>جماعت کی فہرست</translation>
    </message>
    <message>
        <source>Mark all present…</source>
        <translation>سب حاضر کریں…</translation>
    </message>
    <message>
        <source>Save roll call</source>
        <translation>حاضری محفوظ کریں</translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation>ابھی درج نہیں</translation>
    </message>
    <message>
        <source>Sections not registered yet</source>
        <translation>سیکشن جن کی حاضری ابھی نہیں ہوئی</translation>
    </message>
    <message>
        <source>Every section is registered.</source>
        <translation>ہر سیکشن کی حاضری ہو چکی ہے۔</translation>
    </message>
    <message>
        <source>Keys: type a roll number to jump · a code&apos;s letter marks and moves on · Space: present/absent · F2: note · Enter: save</source>
        <translation>کلیدیں: رول نمبر لکھ کر وہاں جائیں · کوڈ کا حرف درج کر کے آگے بڑھتا ہے · اسپیس: حاضر/غیر حاضر · F2: نوٹ · Enter: محفوظ</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>تبدیلیاں محفوظ نہیں ہوئیں</translation>
    </message>
    <message>
        <source>Changes to {section} not saved: {n}.</source>
        <translation>{section} کی غیر محفوظ تبدیلیاں: {n}۔</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>آگے بڑھنے سے پہلے انہیں محفوظ کریں؟</translation>
    </message>
    <message>
        <source>{key} is not one of the school&apos;s codes ({codes}).</source>
        <translation>{key} اسکول کے کوڈز ({codes}) میں سے نہیں ہے۔</translation>
    </message>
    <message>
        <source>Only the office can mark {label} ({code}).</source>
        <translation>{label} ({code}) صرف دفتر لگا سکتا ہے۔</translation>
    </message>
    <message>
        <source>{name} was marked by the office ({code}); a teacher cannot change it.</source>
        <translation>{name} کا اندراج دفتر نے کیا ({code})؛ استاد اسے نہیں بدل سکتا۔</translation>
    </message>
    <message>
        <source>Not saved yet: press Enter or Save.</source>
        <translation>ابھی محفوظ نہیں: Enter یا محفوظ دبائیں۔</translation>
    </message>
    <message>
        <source>Mark all present</source>
        <translation>سب حاضر کریں</translation>
    </message>
    <message>
        <source>Mark all {total} students of {section} present?</source>
        <translation>{section} کے تمام {total} طلبہ کو حاضر لگائیں؟</translation>
    </message>
    <message>
        <source>Students whose mark changes to present: {n}.</source>
        <translation>جن طلبہ کا اندراج حاضر میں بدلے گا: {n}۔</translation>
    </message>
    <message>
        <source>Office codes stay as they are.</source>
        <translation>دفتر کے کوڈ جیسے ہیں ویسے رہیں گے۔</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Saved. Marks changed: {n}</source>
        <translation>محفوظ ہو گیا۔ بدلے گئے اندراج: {n}</translation>
    </message>
    <message>
        <source>absent: {n}</source>
        <translation>غیر حاضر: {n}</translation>
    </message>
    <message>
        <source>guardian alerts queued: {n}</source>
        <translation>سرپرستوں کے لیے اطلاعات قطار میں: {n}</translation>
    </message>
    <message>
        <source>alerts cancelled: {n}</source>
        <translation>منسوخ اطلاعات: {n}</translation>
    </message>
    <message>
        <source>Kept the office&apos;s codes for: {names}.</source>
        <translation>ان کے لیے دفتر کے کوڈ برقرار رکھے: {names}۔</translation>
    </message>
    <message>
        <source>No guardian phone or e-mail to alert for: {names}.</source>
        <translation>ان کے سرپرست کا فون یا ای میل نہیں: {names}۔</translation>
    </message>
    <message>
        <source>Not marked yet: {names}. Check them and save again.</source>
        <translation>ابھی درج نہیں: {names}۔ انہیں دیکھ کر دوبارہ محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Reminder: no roll call yet today for {names}.</source>
        <translation>یاد دہانی: آج ابھی {names} کی حاضری نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Period {n}</source>
        <translation>پیریڈ {n}</translation>
    </message>
    <message>
        <source>Not registered yet ({n})</source>
        <translation>ابھی حاضری نہیں ہوئی ({n})</translation>
    </message>
    <message>
        <source>You have no section to take the roll call of on this day.</source>
        <translation>اس دن آپ کے پاس حاضری لینے کے لیے کوئی سیکشن نہیں۔</translation>
    </message>
    <message>
        <source>period {n}</source>
        <translation>پیریڈ {n}</translation>
    </message>
    <message>
        <source>Taken: shown as saved.</source>
        <translation>ہو چکی: محفوظ شدہ دکھائی گئی ہے۔</translation>
    </message>
    <message>
        <source>Not taken yet: everyone is present until you mark them.</source>
        <translation>ابھی نہیں ہوئی: جب تک آپ اندراج نہ کریں سب حاضر ہیں۔</translation>
    </message>
    <message>
        <source>No roll call was taken on this day.</source>
        <translation>اس دن حاضری نہیں لی گئی۔</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>کلید {key}</translation>
    </message>
    <message>
        <source>Only the office can mark {label}.</source>
        <translation>{label} صرف دفتر لگا سکتا ہے۔</translation>
    </message>
    <message>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>late</source>
        <translation>تاخیر سے</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>رخصت</translation>
    </message>
    <message>
        <source>half day</source>
        <translation>آدھا دن</translation>
    </message>
    <message>
        <source>Students: {n}</source>
        <translation>طلبہ: {n}</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>Admission no.</source>
        <translation>داخلہ نمبر</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>Roll no.</source>
        <translation>رول نمبر</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>سرپرست کا فون</translation>
    </message>
    <message>
        <source>Guardian&apos;s email</source>
        <translation>سرپرست کی ای میل</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <source>Import the roster</source>
        <translation>طلبہ کی فہرست درآمد کریں</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Roll</source>
        <translation>رول</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>سنک</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Set by the office; a teacher cannot change it.</source>
        <translation>دفتر نے لگایا؛ استاد اسے نہیں بدل سکتا۔</translation>
    </message>
    <message>
        <source>The absence alert to the guardian: the server sends it {minutes} minutes after the roll call; a correction before then cancels it.</source>
        <translation>سرپرست کو غیر حاضری کی اطلاع: سرور اسے حاضری کے {minutes} منٹ بعد بھیجتا ہے؛ اس سے پہلے درستی اسے منسوخ کر دیتی ہے۔</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>قطار میں</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>بھیج دی گئی</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ناکام</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>نہیں ہوئی</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>محفوظ نہیں</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>منتظر</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>سنک شدہ</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>ٹکراؤ</translation>
    </message>
    <message>
        <source>No roll call was taken for this student on this day.</source>
        <translation>اس دن اس طالب علم کی حاضری نہیں لی گئی۔</translation>
    </message>
    <message>
        <source>Changed here; press Enter to save.</source>
        <translation>یہاں بدلا گیا؛ محفوظ کرنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to reach the server.</source>
        <translation>اس کمپیوٹر پر محفوظ؛ سرور تک پہنچنے کا منتظر۔</translation>
    </message>
    <message>
        <source>The server has this mark.</source>
        <translation>سرور کے پاس یہ اندراج ہے۔</translation>
    </message>
    <message>
        <source>Another mark won on the server, or it refused this one: see the Inbox.</source>
        <translation>سرور پر کوئی اور اندراج غالب رہا، یا سرور نے اسے رد کیا: ان باکس دیکھیں۔</translation>
    </message>
</context>
<context>
    <name>SchoolFile</name>
    <message>
        <source>There is no school file here</source>
        <translation>یہاں اسکول کی کوئی فائل نہیں ہے</translation>
    </message>
    <message>
        <source>Check the path, or sign in to download the school again.</source>
        <translation>راستہ دیکھیں، یا اسکول دوبارہ ڈاؤن لوڈ کرنے کے لیے سائن ان کریں۔</translation>
    </message>
    <message>
        <source>This file is not a Daftar school file</source>
        <translation>یہ دفتر کی اسکول فائل نہیں ہے</translation>
    </message>
    <message>
        <source>Choose the school&apos;s .daftar file; this one was left exactly as it was.</source>
        <translation>اسکول کی ‎.daftar فائل منتخب کریں؛ اس فائل کو جوں کا توں چھوڑ دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>The school file cannot be opened ({problem})</source>
        <translation>اسکول کی فائل نہیں کھل سکی ({problem})</translation>
    </message>
    <message>
        <source>Check that you may read it.</source>
        <translation>دیکھیں کہ آپ کو اسے پڑھنے کی اجازت ہے۔</translation>
    </message>
    <message>
        <source>This database was not made by Daftar</source>
        <translation>یہ ڈیٹا بیس دفتر نے نہیں بنایا</translation>
    </message>
    <message>
        <source>The school file is in use by another program</source>
        <translation>اسکول کی فائل کسی اور پروگرام کے استعمال میں ہے</translation>
    </message>
    <message>
        <source>Close the other Daftar window (or the program using the file) and try again.</source>
        <translation>دفتر کی دوسری ونڈو (یا فائل استعمال کرنے والا پروگرام) بند کر کے دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The school file is damaged</source>
        <translation>اسکول کی فائل خراب ہو گئی ہے</translation>
    </message>
    <message>
        <source>Nothing was changed. Restore the newest copy from the backups folder, or sign in again to download the school from the server.</source>
        <translation>کچھ نہیں بدلا گیا۔ بیک اپ فولڈر سے تازہ ترین نقل بحال کریں، یا سرور سے اسکول ڈاؤن لوڈ کرنے کے لیے دوبارہ سائن ان کریں۔</translation>
    </message>
    <message>
        <source>The school file is still being checked</source>
        <translation>اسکول کی فائل کی جانچ ابھی جاری ہے</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again in a moment.</source>
        <translation>کچھ نہیں بدلا گیا۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>This school file was made by a newer version of Daftar</source>
        <translation>یہ اسکول فائل دفتر کے نئے ورژن نے بنائی ہے</translation>
    </message>
    <message>
        <source>Install the newest Daftar to open it; the file was left exactly as it was.</source>
        <translation>اسے کھولنے کے لیے دفتر کا تازہ ترین ورژن انسٹال کریں؛ فائل کو جوں کا توں چھوڑ دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>Daftar could not update this school file to the new version</source>
        <translation>دفتر اس اسکول فائل کو نئے ورژن پر اپ ڈیٹ نہیں کر سکا</translation>
    </message>
    <message>
        <source>Nothing was changed and your data is as it was; a copy is also in {backup}. Please send the log file to your support contact.</source>
        <translation>کچھ نہیں بدلا گیا اور آپ کا ڈیٹا پہلے جیسا ہے؛ ایک نقل {backup} میں بھی ہے۔ براہ کرم لاگ فائل اپنے مددگار کو بھیجیں۔</translation>
    </message>
    <message>
        <source>Close the other Daftar window and try again.</source>
        <translation>دفتر کی دوسری ونڈو بند کر کے دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>This school file holds no school</source>
        <translation>اس فائل میں کوئی اسکول نہیں ہے</translation>
    </message>
    <message>
        <source>Sign in again to download the school, or choose another file.</source>
        <translation>اسکول ڈاؤن لوڈ کرنے کے لیے دوبارہ سائن ان کریں، یا کوئی اور فائل منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>School</source>
        <translation>اسکول</translation>
    </message>
    <message>
        <source>These details are kept by the school&apos;s server and reach every computer of the school. They can be changed only online.</source>
        <translation>یہ تفصیلات اسکول کے سرور پر رہتی ہیں اور اسکول کے ہر کمپیوٹر تک پہنچتی ہیں۔ انہیں صرف آن لائن بدلا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>کوئی لوگو نہیں</translation>
    </message>
    <message>
        <source>Choose a Logo…</source>
        <translation>لوگو چنیں…</translation>
    </message>
    <message>
        <source>Remove the Logo</source>
        <translation>لوگو ہٹائیں</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>کوڈ:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>لوگو:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>پتہ:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>فون:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>کرنسی:</translation>
    </message>
    <message>
        <source>Digits after the point:</source>
        <translation>اعشاریہ کے بعد ہندسے:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>ٹائم زون:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>Save on the School&apos;s Server</source>
        <translation>اسکول کے سرور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Undo My Edits</source>
        <translation>میری ترامیم واپس لیں</translation>
    </message>
    <message>
        <source>Choose the School&apos;s Logo</source>
        <translation>اسکول کا لوگو چنیں</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>The logo is ready; save to keep it.</source>
        <translation>لوگو تیار ہے؛ رکھنے کے لیے محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Nothing to save: the details are as the server has them.</source>
        <translation>محفوظ کرنے کو کچھ نہیں: تفصیلات وہی ہیں جو سرور پر ہیں۔</translation>
    </message>
    <message>
        <source>Attendance and results</source>
        <translation>حاضری اور نتائج</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>دن میں ایک بار</translation>
    </message>
    <message>
        <source>Every period</source>
        <translation>ہر پیریڈ میں</translation>
    </message>
    <message>
        <source>The same day only</source>
        <translation>صرف اسی دن</translation>
    </message>
    <message>
        <source> days</source>
        <translation> دن</translation>
    </message>
    <message>
        <source>How many days back a teacher may still change a roll call. The office and the principal may always correct one.</source>
        <translation>استاد کتنے دن پرانی حاضری ابھی بدل سکتا ہے۔ دفتر اور پرنسپل اسے ہمیشہ درست کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>A student present on fewer of the last 30 school days than this is listed as chronically absent.</source>
        <translation>جو طالب علم پچھلے 30 تعلیمی دنوں میں اس سے کم حاضر رہا، اسے مستقل غیر حاضر شمار کیا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Show each student&apos;s position in the class on report cards</source>
        <translation>رپورٹ کارڈ پر ہر طالب علم کی جماعت میں پوزیشن دکھائیں</translation>
    </message>
    <message>
        <source>Attendance taken:</source>
        <translation>حاضری لی جاتی ہے:</translation>
    </message>
    <message>
        <source>Periods a day:</source>
        <translation>روزانہ پیریڈ:</translation>
    </message>
    <message>
        <source>Teachers may change a past roll call for:</source>
        <translation>استاد پرانی حاضری بدل سکتے ہیں:</translation>
    </message>
    <message>
        <source>Chronically absent below:</source>
        <translation>مستقل غیر حاضر، اس سے کم پر:</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Admission no.</source>
        <translation>داخلہ نمبر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>جماعت</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>سرپرست کا فون</translation>
    </message>
</context>
<context>
    <name>SectionRatesModel</name>
    <message>
        <source>Section</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>طلبہ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>شرح</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <source>Sections</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>The classes of each year, with their class teacher. Saved on this computer and sent with the next sync; a section with students cannot be removed.</source>
        <translation>ہر سال کی جماعتیں، ان کے کلاس ٹیچر کے ساتھ۔ اس کمپیوٹر پر محفوظ اور اگلے سنک میں بھیجی جاتی ہیں؛ جس سیکشن میں طلبہ ہوں اسے ہٹایا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>گریڈ</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>کلاس ٹیچر</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>طلبہ</translation>
    </message>
    <message>
        <source>Add a Section…</source>
        <translation>سیکشن شامل کریں…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ترمیم…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>ایک سیکشن</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>سال:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>e.g. 7 B</source>
        <translation>مثلاً 7 B</translation>
    </message>
    <message>
        <source>Grade level:</source>
        <translation>درجہ:</translation>
    </message>
    <message>
        <source>Class teacher:</source>
        <translation>کلاس ٹیچر:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(کوئی نہیں)</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>کمرہ:</translation>
    </message>
</context>
<context>
    <name>ServerReasons</name>
    <message>
        <source>This server does not know records of kind &apos;{entity}&apos;.</source>
        <translation>یہ سرور &apos;{entity}&apos; قسم کے ریکارڈ نہیں جانتا۔</translation>
    </message>
    <message>
        <source>Only the server writes {record} records.</source>
        <translation>{record} کے ریکارڈ صرف سرور لکھتا ہے۔</translation>
    </message>
    <message>
        <source>The record id is not valid (letters, digits and dashes, at most 36).</source>
        <translation>ریکارڈ کی شناخت درست نہیں (حروف، ہندسے اور ڈیش، زیادہ سے زیادہ 36)۔</translation>
    </message>
    <message>
        <source>A user with the role {role} may not change {record} records.</source>
        <translation>{role} کے کردار والا صارف {record} کے ریکارڈ تبدیل نہیں کر سکتا۔</translation>
    </message>
    <message>
        <source>Text may not contain NUL characters, nor numbers NaN or Infinity.</source>
        <translation>متن میں NUL حرف، اور اعداد میں NaN یا Infinity نہیں ہو سکتے۔</translation>
    </message>
    <message>
        <source>This {record} names another school; records can only be written to your own school.</source>
        <translation>یہ {record} کسی اور اسکول کا ہے؛ ریکارڈ صرف آپ کے اپنے اسکول میں لکھے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>{field} must be one of {choices}.</source>
        <translation>{field} ان میں سے ایک ہونا چاہیے: {choices}۔</translation>
    </message>
    <message>
        <source>Missing field(s) for a new {record}: {fields}.</source>
        <translation>نئے {record} کے لیے غائب خانے: {fields}۔</translation>
    </message>
    <message>
        <source>There is no such school here.</source>
        <translation>یہاں ایسا کوئی اسکول نہیں۔</translation>
    </message>
    <message>
        <source>A school cannot be deleted through sync.</source>
        <translation>اسکول کو سنک کے ذریعے حذف نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>A school&apos;s code cannot be changed.</source>
        <translation>اسکول کا کوڈ تبدیل نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>A school logo may be at most {kilobytes} KB.</source>
        <translation>اسکول کا لوگو زیادہ سے زیادہ {kilobytes} KB کا ہو سکتا ہے۔</translation>
    </message>
    <message>
        <source>The number of periods a day is a whole number from {low} to {high}.</source>
        <translation>روزانہ پیریڈوں کی تعداد {low} سے {high} تک کا پورا عدد ہے۔</translation>
    </message>
    <message>
        <source>The number of days a roll call can still be changed is a whole number from {low} to {high}.</source>
        <translation>دنوں کی تعداد جن میں حاضری ابھی بدلی جا سکتی ہے {low} سے {high} تک کا پورا عدد ہے۔</translation>
    </message>
    <message>
        <source>The chronic-absence threshold is a whole number from {low} to {high}.</source>
        <translation>مستقل غیر حاضری کی حد {low} سے {high} تک کا پورا عدد ہے۔</translation>
    </message>
    <message>
        <source>Weekend days are days of the week (Monday 0 to Sunday 6), each once.</source>
        <translation>ہفتہ وار تعطیل کے دن ہفتے کے دن ہوتے ہیں (پیر 0 سے اتوار 6 تک)، ہر دن ایک ہی بار۔</translation>
    </message>
    <message>
        <source>A school needs at least one day of the week that is not a weekend day.</source>
        <translation>اسکول کو ہفتے میں کم از کم ایک ایسا دن چاہیے جو تعطیل کا دن نہ ہو۔</translation>
    </message>
    <message>
        <source>There is no such {record} in this school.</source>
        <translation>اس اسکول میں ایسا کوئی {record} نہیں۔</translation>
    </message>
    <message>
        <source>The {target} this {record} refers to ({field}) does not exist in this school.</source>
        <translation>جس {target} کا یہ {record} حوالہ دیتا ہے ({field}) وہ اس اسکول میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>This {record} belongs to a class you do not teach.</source>
        <translation>یہ {record} ایسی کلاس کا ہے جسے آپ نہیں پڑھاتے۔</translation>
    </message>
    <message>
        <source>A payment is never changed or deleted; record a cancellation and, if needed, a new payment.</source>
        <translation>ادائیگی کبھی تبدیل یا حذف نہیں ہوتی؛ منسوخی درج کریں اور، ضرورت ہو تو، نئی ادائیگی۔</translation>
    </message>
    <message>
        <source>A cancellation is final; it cannot be changed or deleted.</source>
        <translation>منسوخی حتمی ہے؛ اسے تبدیل یا حذف نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>A {record} is never changed or deleted once recorded.</source>
        <translation>{record} ایک بار درج ہونے کے بعد کبھی تبدیل یا حذف نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>Receipt number {receipt_no} is already used by another payment in this school; receipt numbers are never reused or renumbered.</source>
        <translation>رسید نمبر {receipt_no} اس اسکول میں پہلے ہی کسی اور ادائیگی کا ہے؛ رسید نمبر نہ دوبارہ استعمال ہوتے ہیں نہ بدلے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>This payment has already been cancelled.</source>
        <translation>یہ ادائیگی پہلے ہی منسوخ ہو چکی ہے۔</translation>
    </message>
    <message>
        <source>Admission number {admission_no} is already used by another student.</source>
        <translation>داخلہ نمبر {admission_no} پہلے ہی کسی اور طالب علم کا ہے۔</translation>
    </message>
    <message>
        <source>The username {username} is already taken in this school.</source>
        <translation>صارف نام {username} اس اسکول میں پہلے ہی لیا جا چکا ہے۔</translation>
    </message>
    <message>
        <source>The guardian already has an alert for this day (queued from another device); it is sent once.</source>
        <translation>سرپرست کے لیے اس دن کا الرٹ پہلے ہی موجود ہے (کسی اور کمپیوٹر سے قطار میں)؛ یہ ایک ہی بار بھیجا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Another {record} already has {values}.</source>
        <translation>ایک اور {record} میں پہلے ہی {values} ہے۔</translation>
    </message>
    <message>
        <source>This change clashes with a record the server already has.</source>
        <translation>یہ تبدیلی سرور پر پہلے سے موجود ایک ریکارڈ سے ٹکراتی ہے۔</translation>
    </message>
    <message>
        <source>A conflict is resolved, not deleted.</source>
        <translation>تنازع حل کیا جاتا ہے، حذف نہیں۔</translation>
    </message>
    <message>
        <source>Conflicts are raised by the server; a device may only resolve one.</source>
        <translation>تنازعات سرور اٹھاتا ہے؛ کمپیوٹر صرف انہیں حل کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>Only the resolution of a conflict can be changed.</source>
        <translation>تنازع کا صرف حل تبدیل کیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Attendance older than {days} days can no longer be changed by a teacher; ask the office.</source>
        <translation>{days} دن سے پرانی حاضری استاد اب تبدیل نہیں کر سکتا؛ دفتر سے کہیں۔</translation>
    </message>
    <message>
        <source>{weekday} {date} is a weekend day at this school: no attendance is taken.</source>
        <translation>{weekday} {date} اس اسکول میں ہفتہ وار چھٹی کا دن ہے: حاضری نہیں لی جاتی۔</translation>
    </message>
    <message>
        <source>{date} is a holiday: no attendance is taken.</source>
        <translation>{date} کو چھٹی ہے: حاضری نہیں لی جاتی۔</translation>
    </message>
    <message>
        <source>{date} is a holiday ({name}): no attendance is taken.</source>
        <translation>{date} کو چھٹی ہے ({name}): حاضری نہیں لی جاتی۔</translation>
    </message>
    <message>
        <source>{date} is a day the school is closed: no attendance is taken.</source>
        <translation>{date} کو اسکول بند ہے: حاضری نہیں لی جاتی۔</translation>
    </message>
    <message>
        <source>{date} is a day the school is closed ({name}): no attendance is taken.</source>
        <translation>{date} کو اسکول بند ہے ({name}): حاضری نہیں لی جاتی۔</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not one of this school&apos;s attendance codes.</source>
        <translation>&apos;{code}&apos; اس اسکول کے حاضری کوڈز میں سے نہیں۔</translation>
    </message>
    <message>
        <source>Only the office may record the code {code} ({label}).</source>
        <translation>کوڈ {code} ({label}) صرف دفتر درج کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>{term} is published; its marks and results are frozen.</source>
        <translation>{term} شائع ہو چکی ہے؛ اس کے نمبر اور نتائج اب نہیں بدلتے۔</translation>
    </message>
    <message>
        <source>{term} is published; its assessments and results are frozen.</source>
        <translation>{term} شائع ہو چکی ہے؛ اس کے جائزے اور نتائج اب نہیں بدلتے۔</translation>
    </message>
    <message>
        <source>{term} is published; its report cards are frozen.</source>
        <translation>{term} شائع ہو چکی ہے؛ اس کے رپورٹ کارڈ اب نہیں بدلتے۔</translation>
    </message>
    <message>
        <source>Mark entry for {term} is closed; ask the principal to reopen it.</source>
        <translation>{term} کے نمبروں کا اندراج بند ہے؛ پرنسپل سے اسے دوبارہ کھولنے کو کہیں۔</translation>
    </message>
    <message>
        <source>A scored mark needs a score.</source>
        <translation>نمبر والے اندراج میں نمبر ضروری ہیں۔</translation>
    </message>
    <message>
        <source>The score must be between 0 and {max_marks} for {assessment}.</source>
        <translation>{assessment} کے نمبر 0 اور {max_marks} کے درمیان ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>{assessment} already has {count} mark(s) above {max_marks} (the highest, {top}, is {student}&apos;s): correct those marks before lowering the maximum.</source>
        <translation>{assessment} میں پہلے ہی {count} نمبر {max_marks} سے زیادہ ہیں (سب سے زیادہ، {top}، {student} کے ہیں): زیادہ سے زیادہ نمبر کم کرنے سے پہلے وہ نمبر درست کریں۔</translation>
    </message>
    <message>
        <source>Only the principal writes the principal&apos;s comment on a report card.</source>
        <translation>رپورٹ کارڈ پر پرنسپل کا تبصرہ صرف پرنسپل لکھتا ہے۔</translation>
    </message>
    <message>
        <source>A comment cannot change from the teacher&apos;s to the principal&apos;s.</source>
        <translation>استاد کا تبصرہ پرنسپل کے تبصرے میں نہیں بدل سکتا۔</translation>
    </message>
    <message>
        <source>A report comment&apos;s id must be derived from its student, term and kind.</source>
        <translation>رپورٹ کارڈ کے تبصرے کی شناخت اس کے طالب علم، ٹرم اور قسم سے بننی چاہیے۔</translation>
    </message>
    <message>
        <source>Only the principal or the admin grants a concession.</source>
        <translation>رعایت صرف پرنسپل یا ایڈمن دیتا ہے۔</translation>
    </message>
    <message>
        <source>A concession names as its approver the person who grants it.</source>
        <translation>رعایت میں منظور کرنے والا وہی شخص ہوتا ہے جو اسے دیتا ہے۔</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>رقم صفر سے زیادہ ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>This school takes payments in {school_currency}, not {currency}.</source>
        <translation>یہ اسکول ادائیگیاں {school_currency} میں لیتا ہے، {currency} میں نہیں۔</translation>
    </message>
    <message>
        <source>The cash of {date} is closed for this cashier on this device: a payment for that day can no longer be taken.</source>
        <translation>{date} کا کیش اس کیشیئر کے لیے اس کمپیوٹر پر بند ہو چکا ہے: اس دن کی ادائیگی اب نہیں لی جا سکتی۔</translation>
    </message>
    <message>
        <source>The cash of {date} is closed for this cashier on this device: a payment can no longer be cancelled that day.</source>
        <translation>{date} کا کیش اس کیشیئر کے لیے اس کمپیوٹر پر بند ہو چکا ہے: اس دن اب کوئی ادائیگی منسوخ نہیں کی جا سکتی۔</translation>
    </message>
    <message>
        <source>A payment can only settle invoices of the same student.</source>
        <translation>ادائیگی صرف اسی طالب علم کے بل ادا کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>There is no such alert.</source>
        <translation>ایسا کوئی الرٹ نہیں۔</translation>
    </message>
    <message>
        <source>This alert is {status}; it is not sent again.</source>
        <translation>یہ الرٹ {status} ہے؛ یہ دوبارہ نہیں بھیجا جاتا۔</translation>
    </message>
    <message>
        <source>Only the server records an alert as sent or failed.</source>
        <translation>الرٹ کے بھیجے جانے یا ناکام ہونے کا اندراج صرف سرور کرتا ہے۔</translation>
    </message>
    <message>
        <source>This alert was already sent to the guardian ({sent_at} UTC); it can no longer be changed or cancelled.</source>
        <translation>یہ الرٹ سرپرست کو پہلے ہی بھیجا جا چکا ہے ({sent_at} UTC)؛ اب اسے نہ تبدیل کیا جا سکتا ہے نہ منسوخ۔</translation>
    </message>
    <message>
        <source>Unknown kind of record: &apos;{entity}&apos;.</source>
        <translation>ریکارڈ کی نامعلوم قسم: &apos;{entity}&apos;۔</translation>
    </message>
    <message>
        <source>Unknown field(s) for {entity}: {fields}.</source>
        <translation>{entity} کے نامعلوم خانے: {fields}۔</translation>
    </message>
    <message>
        <source>Missing field(s) for a new {entity} record: {fields}.</source>
        <translation>نئے {entity} ریکارڈ کے غائب خانے: {fields}۔</translation>
    </message>
    <message>
        <source>{field} may not be empty.</source>
        <translation>{field} خالی نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>{field} must be a {kind}, not {value}.</source>
        <translation>{field} کو {kind} ہونا چاہیے، {value} نہیں۔</translation>
    </message>
    <message>
        <source>academic year</source>
        <translation>تعلیمی سال</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>جائزہ</translation>
    </message>
    <message>
        <source>attendance code</source>
        <translation>حاضری کوڈ</translation>
    </message>
    <message>
        <source>attendance history entry</source>
        <translation>حاضری کی تاریخ کا اندراج</translation>
    </message>
    <message>
        <source>attendance mark</source>
        <translation>حاضری</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>آڈٹ اندراج</translation>
    </message>
    <message>
        <source>cash close</source>
        <translation>کیش بندش</translation>
    </message>
    <message>
        <source>category weight</source>
        <translation>زمرے کا وزن</translation>
    </message>
    <message>
        <source>concession</source>
        <translation>رعایت</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تنازع</translation>
    </message>
    <message>
        <source>enrollment</source>
        <translation>داخلہ</translation>
    </message>
    <message>
        <source>fee head</source>
        <translation>فیس کی مد</translation>
    </message>
    <message>
        <source>fee structure</source>
        <translation>فیس کا ڈھانچہ</translation>
    </message>
    <message>
        <source>grade scale</source>
        <translation>گریڈ اسکیل</translation>
    </message>
    <message>
        <source>guardian alert</source>
        <translation>سرپرست کا الرٹ</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>بل</translation>
    </message>
    <message>
        <source>invoice line</source>
        <translation>بل کی سطر</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>ادائیگی</translation>
    </message>
    <message>
        <source>payment allocation</source>
        <translation>ادائیگی کی تقسیم</translation>
    </message>
    <message>
        <source>payment cancellation</source>
        <translation>ادائیگی کی منسوخی</translation>
    </message>
    <message>
        <source>report comment</source>
        <translation>رپورٹ کارڈ کا تبصرہ</translation>
    </message>
    <message>
        <source>school</source>
        <translation>اسکول</translation>
    </message>
    <message>
        <source>school calendar</source>
        <translation>اسکول کیلنڈر</translation>
    </message>
    <message>
        <source>section</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>student</source>
        <translation>طالب علم</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>مضمون</translation>
    </message>
    <message>
        <source>teaching assignment</source>
        <translation>تدریسی ذمہ داری</translation>
    </message>
    <message>
        <source>term</source>
        <translation>ٹرم</translation>
    </message>
    <message>
        <source>user</source>
        <translation>صارف</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>قطار میں</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>بھیجا جا چکا</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ناکام</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Type the address of your school&apos;s server, like https://sis.example.org.</source>
        <translation>اپنے اسکول کے سرور کا پتہ لکھیں، جیسے https://sis.example.org۔</translation>
    </message>
    <message>
        <source>“{text}” is not a web address. It looks like https://sis.example.org.</source>
        <translation>“{text}” ویب پتہ نہیں ہے۔ یہ https://sis.example.org جیسا ہوتا ہے۔</translation>
    </message>
    <message>
        <source>The server address has no “?” or “#” part: type only the address, like https://sis.example.org.</source>
        <translation>سرور کے پتے میں “?” یا “#” نہیں ہوتا: صرف پتہ لکھیں، جیسے https://sis.example.org۔</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>سرور کا پتہ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>اس کمپیوٹر جیسی</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>معمول</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>بڑا</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>زیادہ بڑا</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>سب سے بڑا</translation>
    </message>
    <message>
        <source>{size} ({percent} %)</source>
        <translation>{size} ({percent} %)</translation>
    </message>
    <message>
        <source>A school file is copied before every update of Daftar changes it; this many copies of each school are kept.</source>
        <translation>دفتر کی ہر اپ ڈیٹ سے پہلے اسکول فائل کی نقل بنتی ہے؛ ہر اسکول کی اتنی نقلیں رکھی جاتی ہیں۔</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>چنیں…</translation>
    </message>
    <message>
        <source>Use the Usual Folder</source>
        <translation>معمول کا فولڈر استعمال کریں</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>فولڈر کھولیں</translation>
    </message>
    <message>
        <source>School&apos;s server:</source>
        <translation>اسکول کا سرور:</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>ہر اتنی دیر بعد سنک:</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>بے کار رہنے پر لاک:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>متن کا سائز:</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>محفوظ نقلیں:</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>نقلوں کا فولڈر:</translation>
    </message>
    <message>
        <source>The language and the text size change as soon as you save.</source>
        <translation>زبان اور متن کا سائز محفوظ کرتے ہی بدل جاتے ہیں۔</translation>
    </message>
    <message>
        <source>The folder {folder} is not there. Plug in the USB stick, or choose another folder.</source>
        <translation>فولڈر {folder} موجود نہیں۔ USB لگائیں، یا کوئی اور فولڈر چنیں۔</translation>
    </message>
    <message>
        <source>Daftar cannot write in {folder}. Choose another folder, or check that the USB stick is not write-protected.</source>
        <translation>دفتر {folder} میں نہیں لکھ سکتا۔ کوئی اور فولڈر چنیں، یا دیکھیں کہ USB لکھنے سے محفوظ تو نہیں۔</translation>
    </message>
    <message>
        <source>Choose the backups folder</source>
        <translation>نقلوں کا فولڈر چنیں</translation>
    </message>
    <message>
        <source>The chosen folder {folder} is not there now (is the USB stick plugged in?). Until it is, backups go to the usual folder.</source>
        <translation>چنا ہوا فولڈر {folder} ابھی موجود نہیں (کیا USB لگی ہے؟)۔ تب تک نقلیں معمول کے فولڈر میں جائیں گی۔</translation>
    </message>
    <message>
        <source>From now on the daily backups and “daftar backup” go here. Backups already made stay where they are.</source>
        <translation>اب سے روزانہ نقلیں اور “daftar backup” یہاں جائیں گی۔ پہلے سے بنی نقلیں اپنی جگہ رہیں گی۔</translation>
    </message>
    <message>
        <source>Daily backups and “daftar backup” go to this folder.</source>
        <translation>روزانہ نقلیں اور “daftar backup” اس فولڈر میں جاتی ہیں۔</translation>
    </message>
    <message>
        <source>The roll-call reminder comes during the school day: choose a time from {earliest} to {latest}.</source>
        <translation>حاضری کی یاد دہانی اسکول کے اوقات میں آتی ہے: {earliest} سے {latest} تک کا وقت چنیں۔</translation>
    </message>
    <message>
        <source>Roll-call reminder</source>
        <translation>حاضری کی یاد دہانی</translation>
    </message>
    <message>
        <source>At this time (the school&apos;s, in its time zone) the roll call screen names the classes with no roll call yet today.</source>
        <translation>اس وقت (اسکول کے ٹائم زون کے مطابق) حاضری کی اسکرین ان سیکشنوں کے نام بتاتی ہے جن کی آج ابھی حاضری نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Roll-call reminder at:</source>
        <translation>حاضری کی یاد دہانی کا وقت:</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>تاخیر</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>رخصت</translation>
    </message>
    <message>
        <source>Half day</source>
        <translation>آدھا دن</translation>
    </message>
    <message>
        <source>Write the amount as a number, such as 1500 or 1500.50.</source>
        <translation>رقم عدد کی صورت میں لکھیں، جیسے 1500 یا 1500.50۔</translation>
    </message>
    <message>
        <source>The amount must be zero or more.</source>
        <translation>رقم صفر یا اس سے زیادہ ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>The amount has more than {digits} digits after the point.</source>
        <translation>رقم میں اعشاریہ کے بعد {digits} سے زیادہ ہندسے ہیں۔</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>استاد</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>پرنسپل</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>ایڈمن</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>محفوظ کرنے کو کچھ نہیں: کچھ بھی نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>This school file is not signed in to the school&apos;s server. Users, the school&apos;s details and the calendar are decided by the server, so they can only be changed online. Nothing was changed.</source>
        <translation>یہ اسکول فائل اسکول کے سرور سے منسلک نہیں۔ صارفین، اسکول کی تفصیلات اور کیلنڈر سرور طے کرتا ہے، اس لیے یہ صرف آن لائن بدلے جا سکتے ہیں۔ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>You are working offline (Sync → Work Offline). Users, the school&apos;s details and the calendar are decided by the school&apos;s server: switch working offline off to change them. Nothing was changed.</source>
        <translation>آپ آف لائن کام کر رہے ہیں (سنک ← آف لائن کام کریں)۔ صارفین، اسکول کی تفصیلات اور کیلنڈر اسکول کا سرور طے کرتا ہے: انہیں بدلنے کے لیے آف لائن کام بند کریں۔ کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>That file is not an image Daftar can read (use PNG, JPEG or BMP).</source>
        <translation>یہ فائل ایسی تصویر نہیں جو دفتر پڑھ سکے (PNG، JPEG یا BMP استعمال کریں)۔</translation>
    </message>
    <message>
        <source>That image stays too large even when made small; choose a simpler logo.</source>
        <translation>یہ تصویر چھوٹی کرنے پر بھی بہت بڑی رہتی ہے؛ کوئی سادہ لوگو منتخب کریں۔</translation>
    </message>
    <message>
        <source>Cannot reach the school&apos;s server, which decides this: nothing was changed. Try again when the connection returns.</source>
        <translation>اسکول کے سرور تک رسائی نہیں ہو سکی، اور یہ فیصلہ وہی کرتا ہے: کچھ تبدیل نہیں ہوا۔ کنکشن بحال ہونے پر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The school&apos;s server is busy or having trouble: nothing was changed. Try again in a moment.</source>
        <translation>اسکول کا سرور مصروف ہے یا مشکل میں ہے: کچھ تبدیل نہیں ہوا۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Choose {what} in the list first.</source>
        <translation>پہلے فہرست میں سے {what} چنیں۔</translation>
    </message>
    <message>
        <source>Saved on this computer; it is sent to the school&apos;s server with the next sync.</source>
        <translation>اس کمپیوٹر پر محفوظ؛ اگلے سنک میں اسکول کے سرور کو بھیجا جائے گا۔</translation>
    </message>
    <message>
        <source>Saved on the school&apos;s server. It shows here once this computer has synced (now under way).</source>
        <translation>اسکول کے سرور پر محفوظ۔ یہ کمپیوٹر سنک ہوتے ہی یہاں نظر آئے گا (جاری ہے)۔</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Setup sections</source>
        <translation>سیٹ اپ کے حصے</translation>
    </message>
    <message>
        <source>School</source>
        <translation>اسکول</translation>
    </message>
    <message>
        <source>Year &amp; terms</source>
        <translation>سال اور ٹرمیں</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>Subjects &amp; teachers</source>
        <translation>مضامین اور اساتذہ</translation>
    </message>
    <message>
        <source>Attendance codes</source>
        <translation>حاضری کے کوڈ</translation>
    </message>
    <message>
        <source>Grade scales</source>
        <translation>گریڈ اسکیلیں</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>فیس</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>صارفین</translation>
    </message>
    <message>
        <source>Only the school&apos;s admin changes the set-up; you can read it here.</source>
        <translation>سیٹ اپ صرف اسکول کا ایڈمن بدلتا ہے؛ آپ اسے یہاں دیکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Holidays &amp; weekends</source>
        <translation>چھٹیاں اور ہفتہ وار تعطیل</translation>
    </message>
</context>
<context>
    <name>StructureModel</name>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Fee head</source>
        <translation>فیس کی مد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>واجب تاریخ</translation>
    </message>
    <message>
        <source>Ticked: issued with the others. Untick a fee only some students take.</source>
        <translation>نشان زدہ: دوسروں کے ساتھ جاری۔ جو فیس صرف کچھ طلبہ دیتے ہیں اس کا نشان ہٹائیں۔</translation>
    </message>
</context>
<context>
    <name>StudentDetailsPanel</name>
    <message>
        <source>Close the student&apos;s record</source>
        <translation>طالب علم کا ریکارڈ بند کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>داخلہ</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>فیس</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>بل شدہ</translation>
    </message>
    <message>
        <source>Concessions</source>
        <translation>رعایتیں</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>ادا شدہ</translation>
    </message>
    <message>
        <source>Cancelled payments</source>
        <translation>منسوخ ادائیگیاں</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>واجب بقایا</translation>
    </message>
    <message>
        <source>Admission no. {number} · {status}</source>
        <translation>داخلہ نمبر {number} · {status}</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>لڑکی</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>لڑکا</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>{date} سے</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} تا {end}</translation>
    </message>
    <message>
        <source>{section}{year}, roll no. {roll}, {period}</source>
        <translation>{section}{year}، رول نمبر {roll}، {period}</translation>
    </message>
    <message>
        <source>Not enrolled in any section.</source>
        <translation>کسی سیکشن میں داخل نہیں۔</translation>
    </message>
    <message>
        <source>Paid in advance</source>
        <translation>پیشگی ادا شدہ</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>کچھ واجب نہیں</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <source>Admission no.</source>
        <translation>داخلہ نمبر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>داخل نہیں</translation>
    </message>
</context>
<context>
    <name>Students</name>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>چھوڑ گیا</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>فارغ التحصیل</translation>
    </message>
</context>
<context>
    <name>StudentsScreen</name>
    <message>
        <source>Students</source>
        <translation>طلبہ</translation>
    </message>
    <message>
        <source>Search by name, admission number or guardian&apos;s phone</source>
        <translation>نام، داخلہ نمبر یا سرپرست کے فون سے تلاش کریں</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>طلبہ تلاش کریں</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>طلبہ کی فہرست درآمد کریں…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln طالب علم</numerusform>
            <numerusform>%Ln طلبہ</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} students</source>
        <translation>{total} میں سے {shown} طلبہ</translation>
    </message>
    <message>
        <source>This student is no longer on this computer.</source>
        <translation>یہ طالب علم اب اس کمپیوٹر پر نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>SubjectsPage</name>
    <message>
        <source>Subjects &amp; teachers</source>
        <translation>مضامین اور اساتذہ</translation>
    </message>
    <message>
        <source>A teacher sees the sections they are assigned to teach here, and only those.</source>
        <translation>استاد کو صرف وہی سیکشن نظر آتے ہیں جو یہاں اسے پڑھانے کے لیے دیے گئے ہوں۔</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>مضمون</translation>
    </message>
    <message>
        <source>Add a Subject…</source>
        <translation>مضمون شامل کریں…</translation>
    </message>
    <message>
        <source>Edit the Subject…</source>
        <translation>مضمون میں ترمیم…</translation>
    </message>
    <message>
        <source>Remove the Subject</source>
        <translation>مضمون ہٹائیں</translation>
    </message>
    <message>
        <source>Who teaches what</source>
        <translation>کون کیا پڑھاتا ہے</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>استاد</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Assign a Teacher…</source>
        <translation>استاد مقرر کریں…</translation>
    </message>
    <message>
        <source>Edit the Assignment…</source>
        <translation>تقرری میں ترمیم…</translation>
    </message>
    <message>
        <source>Remove the Assignment</source>
        <translation>تقرری ہٹائیں</translation>
    </message>
    <message>
        <source>a subject</source>
        <translation>ایک مضمون</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>کوڈ:</translation>
    </message>
    <message>
        <source>e.g. MATH</source>
        <translation>مثلاً MATH</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>an assignment</source>
        <translation>ایک تقرری</translation>
    </message>
    <message>
        <source>Who Teaches What</source>
        <translation>کون کیا پڑھاتا ہے</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>سیکشن:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>مضمون:</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>استاد:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>دن:</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Sending changes…</source>
        <translation>تبدیلیاں بھیجی جا رہی ہیں…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>تبدیلیاں وصول ہو رہی ہیں…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>تازہ ترین</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>آف لائن</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>سنک رک گیا</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>سائن آؤٹ</translation>
    </message>
    <message>
        <source>Update needed</source>
        <translation>اپ ڈیٹ درکار</translation>
    </message>
    <message>
        <source>You are not signed in to the school&apos;s server on this computer. Your work is saved here; sign in again to sync it.</source>
        <translation>آپ اس کمپیوٹر پر اسکول کے سرور سے سائن ان نہیں ہیں۔ آپ کا کام یہاں محفوظ ہے؛ سنک کے لیے دوبارہ سائن ان کریں۔</translation>
    </message>
    <message>
        <source>Sync stopped because of an internal error; the details are in the log file.</source>
        <translation>اندرونی خرابی کی وجہ سے سنک رک گیا؛ تفصیل لاگ فائل میں ہے۔</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>سنک جاری</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>کبھی سنک نہیں ہوا</translation>
    </message>
    <message>
        <source>Last synced {time}</source>
        <translation>آخری سنک {time}</translation>
    </message>
    <message>
        <source>Last synced {date}, {time}</source>
        <translation>آخری سنک {date}، {time}</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>کوئی تبدیلی منتظر نہیں</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n تبدیلی سنک کی منتظر</numerusform>
            <numerusform>%n تبدیلیاں سنک کی منتظر</numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>آف لائن کام جاری</translation>
    </message>
    <message>
        <source>Not signed in to sync</source>
        <translation>سنک کے لیے سائن ان نہیں</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{total} میں سے {done}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>ابھی سنک نہیں ہوا</translation>
    </message>
    <message>
        <source>Working offline: nothing is sent or received. Your work is saved on this computer; switch “Work offline” off to sync it.</source>
        <translation>آف لائن کام جاری: کچھ بھیجا یا وصول نہیں ہو رہا۔ آپ کا کام اس کمپیوٹر پر محفوظ ہے؛ سنک کے لیے “آف لائن کام کریں” بند کریں۔</translation>
    </message>
    <message>
        <source>The last sync did not finish. Daftar will try again.</source>
        <translation>پچھلا سنک مکمل نہیں ہوا۔ دفتر دوبارہ کوشش کرے گا۔</translation>
    </message>
    <message>
        <source>Nobody has signed in to this school on this computer yet. Sign in first.</source>
        <translation>اس کمپیوٹر پر ابھی تک کسی نے اس اسکول میں سائن ان نہیں کیا۔ پہلے سائن ان کریں۔</translation>
    </message>
    <message>
        <source>Your sign-in is not kept on this computer (no keyring, or you signed out). Sign in again to sync.</source>
        <translation>آپ کا سائن ان اس کمپیوٹر پر محفوظ نہیں (کی رِنگ نہیں، یا آپ نے سائن آؤٹ کیا تھا)۔ سنک کے لیے دوبارہ سائن ان کریں۔</translation>
    </message>
    <message>
        <source>The server answered {status}.</source>
        <translation>سرور نے {status} جواب دیا۔</translation>
    </message>
    <message>
        <source>You are signed out on this computer. Sign in again to sync.</source>
        <translation>آپ اس کمپیوٹر پر سائن آؤٹ ہیں۔ سنک کے لیے دوبارہ سائن ان کریں۔</translation>
    </message>
    <message>
        <source>Your sign-in has ended (it expired, or was signed out elsewhere). Sign in again to sync; nothing you saved on this computer is lost.</source>
        <translation>آپ کا سائن ان ختم ہو گیا ہے (اس کی مدت پوری ہو گئی، یا کہیں اور سے سائن آؤٹ کیا گیا)۔ سنک کے لیے دوبارہ سائن ان کریں؛ اس کمپیوٹر پر محفوظ کیا ہوا کچھ بھی ضائع نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The school&apos;s server sent a device list Daftar could not read.</source>
        <translation>اسکول کے سرور نے آلات کی ایسی فہرست بھیجی جو دفتر پڑھ نہیں سکا۔</translation>
    </message>
    <message>
        <source>The school&apos;s server did not answer in time. Daftar will try again.</source>
        <translation>اسکول کے سرور نے وقت پر جواب نہیں دیا۔ دفتر دوبارہ کوشش کرے گا۔</translation>
    </message>
    <message>
        <source>The school&apos;s server could not prove who it is: its security certificate is not trusted on this computer. Nothing was sent. Ask whoever runs the server to check its certificate.</source>
        <translation>اسکول کا سرور یہ ثابت نہیں کر سکا کہ وہ کون ہے: اس کا حفاظتی سرٹیفکیٹ اس کمپیوٹر پر قابلِ اعتماد نہیں۔ کچھ نہیں بھیجا گیا۔ سرور چلانے والے سے کہیں کہ وہ اس کا سرٹیفکیٹ جانچیں۔</translation>
    </message>
    <message>
        <source>Cannot reach the school&apos;s server. Your work is saved on this computer and will sync when the connection returns.</source>
        <translation>اسکول کے سرور تک رسائی نہیں ہو رہی۔ آپ کا کام اس کمپیوٹر پر محفوظ ہے اور کنکشن بحال ہونے پر سنک ہو جائے گا۔</translation>
    </message>
    <message>
        <source>The school&apos;s server needs a newer version of Daftar. Your work is kept on this computer; please update Daftar to sync it.</source>
        <translation>اسکول کے سرور کو دفتر کا نیا ورژن درکار ہے۔ آپ کا کام اس کمپیوٹر پر محفوظ ہے؛ اسے سنک کرنے کے لیے براہ کرم دفتر اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <source>The school&apos;s server is busy or having trouble ({status}). Daftar will try again.</source>
        <translation>اسکول کا سرور مصروف ہے یا مشکل میں ہے ({status})۔ دفتر دوبارہ کوشش کرے گا۔</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Sign in again to sync; nothing you saved on this computer is lost.</source>
        <translation>آپ کا سائن ان ختم ہو گیا ہے۔ سنک کے لیے دوبارہ سائن ان کریں؛ اس کمپیوٹر پر محفوظ کیا ہوا کچھ بھی ضائع نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The school&apos;s server sent an answer Daftar could not read. Nothing from it was applied and your saved work is untouched; Daftar will try again.</source>
        <translation>اسکول کے سرور نے ایسا جواب بھیجا جو دفتر پڑھ نہیں سکا۔ اس میں سے کچھ لاگو نہیں ہوا اور آپ کا محفوظ کام جوں کا توں ہے؛ دفتر دوبارہ کوشش کرے گا۔</translation>
    </message>
    <message>
        <source>The download of the school stopped unexpectedly. What arrived is kept; the next sync carries on from there.</source>
        <translation>اسکول کا ڈاؤن لوڈ غیر متوقع طور پر رک گیا۔ جو کچھ پہنچ چکا ہے وہ محفوظ ہے؛ اگلا سنک وہیں سے آگے چلے گا۔</translation>
    </message>
    <message>
        <source>Sync stopped because of an internal error ({kind}); see the log file.</source>
        <translation>اندرونی خرابی ({kind}) کی وجہ سے سنک رک گیا؛ لاگ فائل دیکھیں۔</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>سرور نے یہ تبدیلی مسترد کر دی۔</translation>
    </message>
    <message>
        <source>The sync was stopped. What arrived is kept; the next sync carries on from there.</source>
        <translation>سنک روک دیا گیا۔ جو کچھ پہنچ چکا ہے وہ محفوظ ہے؛ اگلا سنک وہیں سے آگے چلے گا۔</translation>
    </message>
    <message>
        <source>The school&apos;s server sent changes Daftar could not read. Nothing from them was applied and your saved work is untouched; Daftar will try again.</source>
        <translation>اسکول کے سرور نے ایسی تبدیلیاں بھیجیں جو دفتر پڑھ نہیں سکا۔ ان میں سے کچھ لاگو نہیں ہوا اور آپ کا محفوظ کام جوں کا توں ہے؛ دفتر دوبارہ کوشش کرے گا۔</translation>
    </message>
    <message>
        <source>The school&apos;s server sent changes Daftar cannot accept ({problem}). Nothing from them was applied and your saved work is untouched; Daftar will try again. If this keeps happening, tell the person who runs the school&apos;s server.</source>
        <translation>اسکول کے سرور نے ایسی تبدیلیاں بھیجیں جو دفتر قبول نہیں کر سکتا ({problem})۔ ان میں سے کچھ لاگو نہیں ہوا اور آپ کا محفوظ کام جوں کا توں ہے؛ دفتر دوبارہ کوشش کرے گا۔ اگر ایسا بار بار ہو تو اسکول کا سرور چلانے والے کو بتائیں۔</translation>
    </message>
    <message>
        <source>The school&apos;s server sent checksums Daftar could not read.</source>
        <translation>اسکول کے سرور نے ایسے چیک سم بھیجے جو دفتر پڑھ نہیں سکا۔</translation>
    </message>
    <message>
        <source>The school&apos;s server sent an answer Daftar could not read. Daftar will try again.</source>
        <translation>اسکول کے سرور نے ایسا جواب بھیجا جو دفتر پڑھ نہیں سکا۔ دفتر دوبارہ کوشش کرے گا۔</translation>
    </message>
    <message>
        <source>{count} changes where at most {limit} were asked for</source>
        <translation>{count} تبدیلیاں، جبکہ زیادہ سے زیادہ {limit} مانگی گئی تھیں</translation>
    </message>
    <message>
        <source>an unknown kind of record, {kind}</source>
        <translation>ریکارڈ کی ایک نامعلوم قسم، {kind}</translation>
    </message>
    <message>
        <source>a {kind} record with an unusable id</source>
        <translation>{kind} کا ایک ریکارڈ جس کی شناخت ناقابلِ استعمال ہے</translation>
    </message>
    <message>
        <source>a {kind} record with version {version}</source>
        <translation>{kind} کا ایک ریکارڈ جس کا ورژن {version} ہے</translation>
    </message>
    <message>
        <source>A later change made on another device was kept instead of this one.</source>
        <translation>کسی دوسرے آلے پر بعد میں کی گئی تبدیلی اس کی جگہ رکھی گئی۔</translation>
    </message>
    <message>
        <source>Two different values were entered for this from the same starting point.</source>
        <translation>اس کے لیے ایک ہی نقطۂ آغاز سے دو مختلف قدریں درج کی گئیں۔</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} minutes behind the school&apos;s server. Daftar corrects for it, but please set the right date and time.</source>
        <translation>اس کمپیوٹر کی گھڑی اسکول کے سرور سے تقریباً {minutes} منٹ پیچھے ہے۔ دفتر اس کی تلافی کر لیتا ہے، لیکن براہ کرم درست تاریخ اور وقت سیٹ کریں۔</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} minutes ahead of the school&apos;s server. Daftar corrects for it, but please set the right date and time.</source>
        <translation>اس کمپیوٹر کی گھڑی اسکول کے سرور سے تقریباً {minutes} منٹ آگے ہے۔ دفتر اس کی تلافی کر لیتا ہے، لیکن براہ کرم درست تاریخ اور وقت سیٹ کریں۔</translation>
    </message>
    <message>
        <source>The demo server stopped as it started. The details are in {log}.</source>
        <translation>نمونہ سرور شروع ہوتے ہی بند ہو گیا۔ تفصیل {log} میں ہے۔</translation>
    </message>
    <message>
        <source>The demo server did not answer in time. The details are in {log}.</source>
        <translation>نمونہ سرور نے وقت پر جواب نہیں دیا۔ تفصیل {log} میں ہے۔</translation>
    </message>
    <message>
        <source>The demo school could not be loaded into the demo server. The details are in {log}.</source>
        <translation>نمونہ اسکول نمونہ سرور میں لوڈ نہیں ہو سکا۔ تفصیل {log} میں ہے۔</translation>
    </message>
    <message>
        <source>The school&apos;s server was put back to an older backup, from before the last {days} days of changes this computer keeps to send again. {records} record(s) changed before that are no longer on the server, and those made on this computer cannot be sent again from here: ask your school&apos;s administrator to restore the server from a newer backup, or enter them again.</source>
        <translation>اسکول کا سرور ایک پرانے بیک اپ پر واپس لے جایا گیا ہے، جو ان آخری {days} دنوں کی تبدیلیوں سے پہلے کا ہے جو یہ کمپیوٹر دوبارہ بھیجنے کے لیے رکھتا ہے۔ اس سے پہلے بدلے گئے {records} ریکارڈ اب سرور پر نہیں ہیں، اور اس کمپیوٹر پر کیے گئے وہ ریکارڈ یہاں سے دوبارہ نہیں بھیجے جا سکتے: اپنے اسکول کے ایڈمنسٹریٹر سے کہیں کہ سرور کو کسی نئے بیک اپ سے بحال کریں، یا انہیں دوبارہ درج کریں۔</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>ابھی سنک کریں</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>آف لائن کام کریں</translation>
    </message>
    <message>
        <source>Stop all network use: nothing is sent or received until you switch this off. Everything you do is saved on this computer.</source>
        <translation>نیٹ ورک کا استعمال بند: جب تک آپ اسے بند نہ کریں کچھ بھیجا یا وصول نہیں ہوگا۔ آپ کا سب کام اسی کمپیوٹر پر محفوظ ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Send your changes and receive everyone else&apos;s now</source>
        <translation>اپنی تبدیلیاں بھیجیں اور دوسروں کی ابھی وصول کریں</translation>
    </message>
</context>
<context>
    <name>SyncTray</name>
    <message>
        <source>Sync now</source>
        <translation>ابھی سنک کریں</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>آف لائن کام کریں</translation>
    </message>
    <message>
        <source>Show Daftar</source>
        <translation>دفتر دکھائیں</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Previous day</source>
        <translation>پچھلا دن</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>دکھایا گیا دن</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>اگلا دن</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <source>Students enrolled</source>
        <translation>داخل طلبہ</translation>
    </message>
    <message>
        <source>Roll call taken</source>
        <translation>حاضری ہو چکی</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>وصول شدہ ادائیگیاں</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>سنک کی منتظر تبدیلیاں</translation>
    </message>
    <message>
        <source>Roll call by section</source>
        <translation>سیکشن وار حاضری</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln section(s)</source>
        <translation>
            <numerusform>%Ln سیکشن میں</numerusform>
            <numerusform>%Ln سیکشن میں</numerusform>
        </translation>
    </message>
    <message>
        <source>{taken} of {total}</source>
        <translation>{total} میں سے {taken}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln section(s) not taken yet</source>
        <translation>
            <numerusform>%Ln سیکشن کی حاضری ابھی نہیں ہوئی</numerusform>
            <numerusform>%Ln سیکشن کی حاضری ابھی نہیں ہوئی</numerusform>
        </translation>
    </message>
    <message>
        <source>Every section is done</source>
        <translation>ہر سیکشن کی حاضری ہو گئی</translation>
    </message>
    <message>
        <source>{share}% of those marked · {late} late</source>
        <translation>درج شدہ کا {share}% · {late} تاخیر سے</translation>
    </message>
    <message>
        <source>Nobody marked yet</source>
        <translation>ابھی کسی کا اندراج نہیں</translation>
    </message>
    <message>
        <source>{excused} excused · {half} half day</source>
        <translation>{excused} رخصت · {half} آدھا دن</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln ادائیگی</numerusform>
            <numerusform>%Ln ادائیگیاں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln منسوخ</numerusform>
            <numerusform>%Ln منسوخ</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept safe on this computer</source>
        <translation>اس کمپیوٹر پر محفوظ</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>{school} — Daftar</source>
        <translation>{school} — دفتر</translation>
    </message>
    <message>
        <source>Daftar was locked. Type your password to carry on; nothing was lost.</source>
        <translation>دفتر لاک ہو گیا تھا۔ جاری رکھنے کے لیے پاس ورڈ لکھیں؛ کچھ ضائع نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Who is using Daftar? Your password is checked on this computer, so no connection is needed.</source>
        <translation>دفتر کون استعمال کر رہا ہے؟ آپ کا پاس ورڈ اسی کمپیوٹر پر جانچا جاتا ہے، اس لیے کنکشن کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>شخص:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>پاس ورڈ:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Sign in as someone else…</source>
        <translation>کسی اور کے طور پر سائن ان…</translation>
    </message>
    <message>
        <source>Another school…</source>
        <translation>کوئی اور اسکول…</translation>
    </message>
    <message>
        <source>Nobody has signed in to this school on this computer yet. Sign in with the school&apos;s server first.</source>
        <translation>اس کمپیوٹر پر ابھی کسی نے اس اسکول میں سائن ان نہیں کیا۔ پہلے اسکول کے سرور سے سائن ان کریں۔</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>اپنا پاس ورڈ لکھیں۔</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جانچ ہو رہی ہے…</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>صارفین</translation>
    </message>
    <message>
        <source>The people who sign in to Daftar, and their roles. Kept by the school&apos;s server: added and changed online only. A person switched off can no longer sign in.</source>
        <translation>دفتر میں سائن ان کرنے والے لوگ اور ان کے عہدے۔ اسکول کے سرور پر رکھے جاتے ہیں: صرف آن لائن شامل اور تبدیل ہوتے ہیں۔ بند کیا گیا شخص سائن ان نہیں کر سکتا۔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>سائن ان کر سکتا ہے</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Add a Person…</source>
        <translation>شخص شامل کریں…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ترمیم…</translation>
    </message>
    <message>
        <source>Set a Password…</source>
        <translation>پاس ورڈ مقرر کریں…</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>نیا شخص</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>پورا نام:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>صارف نام:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>عہدہ:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>فون:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>پاس ورڈ:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>پاس ورڈ دوبارہ:</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>دونوں پاس ورڈ ایک جیسے نہیں۔</translation>
    </message>
    <message>
        <source>{name} was added on the school&apos;s server and can sign in now. The list here is brought up to date by the sync under way.</source>
        <translation>{name} اسکول کے سرور پر شامل ہو گئے اور اب سائن ان کر سکتے ہیں۔ یہاں کی فہرست جاری سنک سے تازہ ہو جائے گی۔</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>ایک شخص</translation>
    </message>
    <message>
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
    <message>
        <source>New Password for {name}</source>
        <translation>{name} کے لیے نیا پاس ورڈ</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>نیا پاس ورڈ:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>دوبارہ:</translation>
    </message>
    <message>
        <source>The new password for {name} is kept on the school&apos;s server; they sign in with it from now on.</source>
        <translation>{name} کا نیا پاس ورڈ اسکول کے سرور پر محفوظ ہے؛ اب سے اسی سے سائن ان ہوگا۔</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>a few seconds left</source>
        <translation>چند سیکنڈ باقی</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>تقریباً %n سیکنڈ باقی</numerusform>
            <numerusform>تقریباً %n سیکنڈ باقی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>تقریباً %n منٹ باقی</numerusform>
            <numerusform>تقریباً %n منٹ باقی</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Takes attendance and enters marks for their classes.</source>
        <translation>اپنی جماعتوں کی حاضری لیتا اور نمبر درج کرتا ہے۔</translation>
    </message>
    <message>
        <source>Keeps student records, takes fee payments and prints receipts.</source>
        <translation>طلبہ کا ریکارڈ رکھتا، فیس وصول کرتا اور رسیدیں پرنٹ کرتا ہے۔</translation>
    </message>
    <message>
        <source>Sees the whole school: who is absent, fees, results.</source>
        <translation>پورا اسکول دیکھتا ہے: کون غیر حاضر ہے، فیس، نتائج۔</translation>
    </message>
    <message>
        <source>Everything the principal sees, and this computer&apos;s settings.</source>
        <translation>جو کچھ پرنسپل دیکھتا ہے، اور اس کمپیوٹر کی ترتیبات۔</translation>
    </message>
    <message>
        <source>Welcome to Daftar</source>
        <translation>دفتر میں خوش آمدید</translation>
    </message>
    <message>
        <source>Attendance, marks, fees and receipts for your school. Everything is kept on this computer, so Daftar works without the internet, and is sent to the school&apos;s server when a connection is there.</source>
        <translation>آپ کے اسکول کے لیے حاضری، نمبر، فیس اور رسیدیں۔ سب کچھ اسی کمپیوٹر پر رہتا ہے، اس لیے دفتر انٹرنیٹ کے بغیر چلتا ہے، اور کنکشن ملنے پر اسکول کے سرور کو بھیج دیا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Sign in to your school&apos;s server</source>
        <translation>اپنے اسکول کے سرور میں سائن ان کریں</translation>
    </message>
    <message>
        <source>Try the demo school</source>
        <translation>نمونہ اسکول آزمائیں</translation>
    </message>
    <message>
        <source>A made-up school with its own server on this computer: sign in as a teacher, the front office or the principal and try everything, offline too.</source>
        <translation>اس کمپیوٹر پر اپنے سرور کے ساتھ ایک فرضی اسکول: استاد، دفتر یا پرنسپل کے طور پر سائن ان کر کے سب کچھ آزمائیں، آف لائن بھی۔</translation>
    </message>
    <message>
        <source>Open a school file…</source>
        <translation>اسکول کی فائل کھولیں…</translation>
    </message>
    <message>
        <source>Schools on this computer</source>
        <translation>اس کمپیوٹر پر اسکول</translation>
    </message>
    <message>
        <source>The first sign-in needs the internet: Daftar registers this computer with the school and downloads what your role may see. After that, it works offline.</source>
        <translation>پہلے سائن ان کے لیے انٹرنیٹ درکار ہے: دفتر اس کمپیوٹر کو اسکول کے ساتھ رجسٹر کرتا ہے اور آپ کے عہدے کے مطابق ڈیٹا ڈاؤن لوڈ کرتا ہے۔ اس کے بعد یہ آف لائن چلتا ہے۔</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>سرور کا پتہ</translation>
    </message>
    <message>
        <source>e.g. GHS</source>
        <translation>مثلاً GHS</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>اسکول کوڈ</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>سرور کا پتہ:</translation>
    </message>
    <message>
        <source>School code:</source>
        <translation>اسکول کوڈ:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>صارف نام:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>پاس ورڈ:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>سائن ان</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <source>The demo school</source>
        <translation>نمونہ اسکول</translation>
    </message>
    <message>
        <source>Starting the demo school&apos;s server on this computer…</source>
        <translation>اس کمپیوٹر پر نمونہ اسکول کا سرور شروع ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Downloading the school</source>
        <translation>اسکول ڈاؤن لوڈ ہو رہا ہے</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>سائن ان ہو رہا ہے…</translation>
    </message>
    <message>
        <source>This happens once. Afterwards Daftar only sends and receives what changed.</source>
        <translation>یہ ایک ہی بار ہوتا ہے۔ اس کے بعد دفتر صرف تبدیلیاں بھیجتا اور وصول کرتا ہے۔</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Type your school&apos;s code, like GHS: letters, digits, “-” or “_”. The school&apos;s office or admin can tell you.</source>
        <translation>اپنے اسکول کا کوڈ لکھیں، جیسے GHS: حروف، ہندسے، “-” یا “_”۔ اسکول کا دفتر یا ایڈمن بتا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>اپنا صارف نام لکھیں۔</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>اپنا پاس ورڈ لکھیں۔</translation>
    </message>
    <message>
        <source>This server address does not use https://: the connection is not encrypted.</source>
        <translation>یہ سرور پتہ https:// استعمال نہیں کرتا: کنکشن خفیہ نہیں ہے۔</translation>
    </message>
    <message>
        <source>Starting the demo school&apos;s server on this computer… The first time, it loads the school, which takes a little while.</source>
        <translation>اس کمپیوٹر پر نمونہ اسکول کا سرور شروع ہو رہا ہے… پہلی بار اسکول لوڈ ہوتا ہے، جس میں کچھ وقت لگتا ہے۔</translation>
    </message>
    <message>
        <source>This version of Daftar changed the demo school&apos;s server, so the demo school is being made again. Changes made in the demo before are not kept. This takes a little while…</source>
        <translation>دفتر کے اس ورژن نے نمونہ اسکول کا سرور بدل دیا ہے، اس لیے نمونہ اسکول دوبارہ بن رہا ہے۔ پہلے کی گئی تبدیلیاں نہیں رکھی جاتیں۔ اس میں کچھ وقت لگتا ہے…</translation>
    </message>
    <message>
        <source>Making the demo school on this computer for the first time. This takes a little while…</source>
        <translation>اس کمپیوٹر پر پہلی بار نمونہ اسکول بن رہا ہے۔ اس میں کچھ وقت لگتا ہے…</translation>
    </message>
    <message>
        <source>The demo school runs on its own server on this computer ({url}). Pick someone to sign in as; their password is shown, since this is only a demo.</source>
        <translation>نمونہ اسکول اس کمپیوٹر پر اپنے سرور ({url}) پر چلتا ہے۔ جس کے طور پر سائن ان کرنا ہو اسے چنیں؛ پاس ورڈ دکھایا گیا ہے کیونکہ یہ صرف نمونہ ہے۔</translation>
    </message>
    <message>
        <source>username &lt;b&gt;{u}&lt;/b&gt;&lt;br&gt;password &lt;b&gt;{p}&lt;/b&gt;</source>
        <translation>صارف نام &lt;b&gt;{u}&lt;/b&gt;&lt;br&gt;پاس ورڈ &lt;b&gt;{p}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Downloading {school}</source>
        <translation>{school} ڈاؤن لوڈ ہو رہا ہے</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>سائن ان</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>روکا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Stopping the download…</source>
        <translation>ڈاؤن لوڈ روکا جا رہا ہے…</translation>
    </message>
    <message>
        <source>The download was stopped. What had arrived is kept in this school&apos;s file, and the next sync finishes the download.</source>
        <translation>ڈاؤن لوڈ روک دیا گیا۔ جو پہنچ چکا تھا وہ اسکول کی فائل میں محفوظ ہے، اور اگلا سنک ڈاؤن لوڈ مکمل کرے گا۔</translation>
    </message>
    <message>
        <source>The download was stopped and nothing of it was kept on this computer. Sign in again when you are ready to download the school.</source>
        <translation>ڈاؤن لوڈ روک دیا گیا اور اس کمپیوٹر پر کچھ نہیں رکھا گیا۔ جب تیار ہوں تو اسکول ڈاؤن لوڈ کرنے کے لیے دوبارہ سائن ان کریں۔</translation>
    </message>
    <message>
        <source>Receiving the school: {done} of {total} rows</source>
        <translation>اسکول وصول ہو رہا ہے: {total} میں سے {done} قطاریں</translation>
    </message>
    <message>
        <source>Working out the time left…</source>
        <translation>باقی وقت کا اندازہ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Sending changes made on this computer…</source>
        <translation>اس کمپیوٹر کی تبدیلیاں بھیجی جا رہی ہیں…</translation>
    </message>
    <message>
        <source>Checking that everything arrived…</source>
        <translation>جانچ ہو رہی ہے کہ سب کچھ پہنچ گیا…</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>تقریباً مکمل</translation>
    </message>
    <message>
        <source>Registering this computer with the school…</source>
        <translation>یہ کمپیوٹر اسکول کے ساتھ رجسٹر ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>استعمال: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>اختیارات</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>ترتیب وار دلائل</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>یہ مدد دکھائیں اور بند ہو جائیں</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>پروگرام کا ورژن نمبر دکھائیں اور بند ہو جائیں</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: غلطی: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>یہ دلائل ضروری ہیں: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>نامعلوم دلائل: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>دلیل %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>غلط انتخاب: %(value)r (ان میں سے چنیں: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>غلط %(type)s قدر: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ایک دلیل درکار تھی</translation>
    </message>
</context>
<context>
    <name>services.assessments</name>
    <message>
        <source>Give at least one category a weight.</source>
        <translation>کم از کم ایک قسم کو وزن دیں۔</translation>
    </message>
    <message>
        <source>Every weight needs a category name.</source>
        <translation>ہر وزن کے ساتھ قسم کا نام ضروری ہے۔</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; is too long for a category name (at most {limit} characters).</source>
        <translation>&apos;{category}&apos; قسم کے نام کے لیے بہت لمبا ہے (زیادہ سے زیادہ {limit} حروف)۔</translation>
    </message>
    <message>
        <source>The weight of {category} must be a whole percentage from 1 to 100.</source>
        <translation>{category} کا وزن 1 سے 100 تک پورا فیصد ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The weights total {total}%, not 100%: add {missing}% so the term result is complete.</source>
        <translation>وزن کا مجموعہ {total}% ہے، 100% نہیں: {missing}% مزید شامل کریں تاکہ ٹرم کا نتیجہ مکمل ہو۔</translation>
    </message>
    <message>
        <source>The weights total {total}%, not 100%: remove {extra}% so the term result is complete.</source>
        <translation>وزن کا مجموعہ {total}% ہے، 100% نہیں: {extra}% کم کریں تاکہ ٹرم کا نتیجہ مکمل ہو۔</translation>
    </message>
    <message>
        <source>Only the principal can change how categories are weighted.</source>
        <translation>قسموں کا وزن صرف پرنسپل بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <source>This subject is not on this device.</source>
        <translation>یہ مضمون اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>{published} is already published: changing the weights now would change results families have seen. They can change at the start of the next year.</source>
        <translation>{published} پہلے ہی شائع ہو چکا ہے: اب وزن بدلنے سے وہ نتائج بدل جائیں گے جو خاندان دیکھ چکے ہیں۔ انہیں اگلے سال کے آغاز پر بدلا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Assessments of {subject} use {dropped}: keep a weight for it, or change those assessments first.</source>
        <translation>{subject} کی جانچیں {dropped} استعمال کرتی ہیں: اس کا وزن رہنے دیں، یا پہلے وہ جانچیں بدلیں۔</translation>
    </message>
    <message>
        <source>Give the assessment a name.</source>
        <translation>جانچ کا نام لکھیں۔</translation>
    </message>
    <message>
        <source>The name is too long (at most {limit} characters).</source>
        <translation>نام بہت لمبا ہے (زیادہ سے زیادہ {limit} حروف)۔</translation>
    </message>
    <message>
        <source>Choose the assessment&apos;s category.</source>
        <translation>جانچ کی قسم منتخب کریں۔</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; has no weight in this subject; choose one of: {weights} (the principal sets the weights).</source>
        <translation>اس مضمون میں &apos;{category}&apos; کا کوئی وزن نہیں؛ ان میں سے ایک منتخب کریں: {weights} (وزن پرنسپل طے کرتے ہیں)۔</translation>
    </message>
    <message>
        <source>The maximum marks must be more than 0.</source>
        <translation>کل نمبر 0 سے زیادہ ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>The maximum marks can be at most 1000.</source>
        <translation>کل نمبر زیادہ سے زیادہ 1000 ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>The weight within the category must be a whole number from 1 to 100.</source>
        <translation>قسم کے اندر وزن 1 سے 100 تک کا پورا عدد ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The date is outside {term} ({starts_on} to {ends_on}).</source>
        <translation>یہ تاریخ {term} ({starts_on} تا {ends_on}) سے باہر ہے۔</translation>
    </message>
    <message>
        <source>Only teachers and the principal can create assessments.</source>
        <translation>جانچیں صرف اساتذہ اور پرنسپل بنا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>You do not teach this subject in this class, so you cannot create its assessments.</source>
        <translation>آپ اس سیکشن میں یہ مضمون نہیں پڑھاتے، اس لیے اس کی جانچیں نہیں بنا سکتے۔</translation>
    </message>
    <message>
        <source>This term is not on this device.</source>
        <translation>یہ ٹرم اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>This assessment does not exist on this device.</source>
        <translation>یہ جانچ اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>You do not teach this subject in this class, so you cannot change its assessments.</source>
        <translation>آپ اس سیکشن میں یہ مضمون نہیں پڑھاتے، اس لیے اس کی جانچیں نہیں بدل سکتے۔</translation>
    </message>
    <message>
        <source>{student} already has {mark} ({count} mark(s) above {maximum}): correct those marks before lowering the maximum.</source>
        <translation>{student} کے پہلے ہی {mark} نمبر ہیں ({maximum} سے اوپر {count} نمبر): کل نمبر کم کرنے سے پہلے یہ نمبر درست کریں۔</translation>
    </message>
    <message>
        <source>You do not teach this subject in this class, so you cannot remove its assessments.</source>
        <translation>آپ اس سیکشن میں یہ مضمون نہیں پڑھاتے، اس لیے اس کی جانچیں نہیں ہٹا سکتے۔</translation>
    </message>
    <message>
        <source>{assessment} has {count} mark(s): clear them first if it really must go.</source>
        <translation>{assessment} میں {count} نمبر درج ہیں: اگر اسے واقعی ہٹانا ہے تو پہلے یہ نمبر مٹائیں۔</translation>
    </message>
</context>
<context>
    <name>services.attendance</name>
    <message>
        <source>Attendance cannot be taken for a future day ({on}).</source>
        <translation>آنے والے دن ({on}) کی حاضری نہیں لگائی جا سکتی۔</translation>
    </message>
    <message>
        <source>Attendance for {on} can no longer be changed: the school allows changes for {attendance_edit_days} days. Ask the principal to change it.</source>
        <translation>{on} کی حاضری اب نہیں بدلی جا سکتی: اسکول {attendance_edit_days} دن تک تبدیلی کی اجازت دیتا ہے۔ پرنسپل سے تبدیلی کروائیں۔</translation>
    </message>
    <message>
        <source>This class does not exist on this device.</source>
        <translation>یہ سیکشن اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not one of the school&apos;s attendance codes.</source>
        <translation>&apos;{code}&apos; اسکول کے حاضری کوڈز میں سے نہیں ہے۔</translation>
    </message>
    <message>
        <source>Only the office can mark &apos;{label}&apos; ({code}).</source>
        <translation>&apos;{label}&apos; ({code}) صرف دفتر لگا سکتا ہے۔</translation>
    </message>
    <message>
        <source>This school file has no school in it yet; sign in to download it.</source>
        <translation>اس اسکول فائل میں ابھی کوئی اسکول نہیں؛ اسے ڈاؤن لوڈ کرنے کے لیے سائن ان کریں۔</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>پیر</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>منگل</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>بدھ</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>جمعرات</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>جمعہ</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>ہفتہ</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>اتوار</translation>
    </message>
    <message>
        <source>a holiday</source>
        <translation>چھٹی کا دن</translation>
    </message>
    <message>
        <source>a day the school is closed</source>
        <translation>ایسا دن جب اسکول بند ہے</translation>
    </message>
    <message>
        <source>{on} is {what} ({name}): no roll call is taken.</source>
        <translation>{on} {what} ہے ({name}): حاضری نہیں لی جاتی۔</translation>
    </message>
    <message>
        <source>{on} is {what}: no roll call is taken.</source>
        <translation>{on} {what} ہے: حاضری نہیں لی جاتی۔</translation>
    </message>
    <message>
        <source>{weekday} {on} is a weekend day at this school: no roll call is taken.</source>
        <translation>{weekday} {on} اس اسکول میں ہفتہ وار چھٹی کا دن ہے: حاضری نہیں لی جاتی۔</translation>
    </message>
    <message>
        <source>{on} is outside every term of the school: no roll call is taken.</source>
        <translation>{on} اسکول کی ہر ٹرم سے باہر ہے: حاضری نہیں لی جاتی۔</translation>
    </message>
    <message>
        <source>{on} is outside the school year: no roll call is taken.</source>
        <translation>{on} تعلیمی سال سے باہر ہے: حاضری نہیں لی جاتی۔</translation>
    </message>
    <message>
        <source>This school takes attendance by period (1 to {periods_per_day}); choose a period.</source>
        <translation>یہ اسکول ہر پیریڈ میں حاضری لیتا ہے (1 تا {periods_per_day})؛ پیریڈ منتخب کریں۔</translation>
    </message>
    <message>
        <source>This school takes one roll call a day, not by period.</source>
        <translation>یہ اسکول دن میں ایک بار حاضری لیتا ہے، ہر پیریڈ میں نہیں۔</translation>
    </message>
    <message>
        <source>The school no longer uses the code &apos;{code}&apos; ({removed}); choose another code.</source>
        <translation>اسکول اب کوڈ &apos;{code}&apos; ({removed}) استعمال نہیں کرتا؛ کوئی اور کوڈ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Not enrolled in {section} on {on}: {names}. The class list has changed; it was read again, check it and save.</source>
        <translation>{on} کو {section} میں داخل نہیں: {names}۔ سیکشن کی فہرست بدل گئی ہے؛ اسے دوبارہ پڑھا گیا ہے، جانچ کر محفوظ کریں۔</translation>
    </message>
    <message>
        <source>this class</source>
        <translation>یہ سیکشن</translation>
    </message>
</context>
<context>
    <name>services.comments</name>
    <message>
        <source>&apos;{kind}&apos; is not a kind of remark: it is the class teacher&apos;s or the principal&apos;s.</source>
        <translation>&apos;{kind}&apos; تبصرے کی کوئی قسم نہیں: تبصرہ کلاس ٹیچر کا ہوتا ہے یا پرنسپل کا۔</translation>
    </message>
    <message>
        <source>This class does not exist on this device.</source>
        <translation>یہ سیکشن اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>This term does not exist on this device.</source>
        <translation>یہ ٹرم اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>{term} is published; its report cards are frozen.</source>
        <translation>{term} شائع ہو چکی ہے؛ اس کے رپورٹ کارڈ اب نہیں بدل سکتے۔</translation>
    </message>
    <message>
        <source>Only the principal writes the principal&apos;s remarks.</source>
        <translation>پرنسپل کے تبصرے صرف پرنسپل لکھتے ہیں۔</translation>
    </message>
    <message>
        <source>Only the class teacher or a teacher of {section} writes the class teacher&apos;s remarks.</source>
        <translation>کلاس ٹیچر کے تبصرے صرف کلاس ٹیچر یا {section} کے استاد لکھتے ہیں۔</translation>
    </message>
    <message>
        <source>This class or term does not exist on this device.</source>
        <translation>یہ سیکشن یا ٹرم اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>{who} is not in {section} during {term}; no remark was saved.</source>
        <translation>{who} {term} کے دوران {section} میں نہیں؛ کوئی تبصرہ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The remark for {student} is {length} characters long; a report card has room for {limit}. Shorten it; nothing was saved.</source>
        <translation>{student} کا تبصرہ {length} حروف کا ہے؛ رپورٹ کارڈ میں {limit} کی جگہ ہے۔ اسے مختصر کریں؛ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>services.conflicts</name>
    <message>
        <source>This item is no longer in the inbox.</source>
        <translation>یہ چیز اب ان باکس میں نہیں۔</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>یہ تضاد پہلے ہی حل ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>Only a teacher of this class or the principal can resolve this conflict.</source>
        <translation>یہ تضاد صرف اس سیکشن کے استاد یا پرنسپل حل کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>The mark in conflict is not on this device.</source>
        <translation>تضاد والا نمبر اس آلے پر موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>services.day_book</name>
    <message>
        <source>Only the office can close the cash.</source>
        <translation>کیش صرف دفتر بند کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>The counted cash must be zero or more.</source>
        <translation>گنا ہوا کیش صفر یا اس سے زیادہ ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>A day that has not come yet cannot be closed.</source>
        <translation>جو دن ابھی آیا نہیں، اسے بند نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>Your cash of {day} is already closed on this computer.</source>
        <translation>{day} کا آپ کا کیش اس کمپیوٹر پر پہلے ہی بند ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>The count differs from the day book: write a note saying why.</source>
        <translation>گنتی روزنامچے سے مختلف ہے: وجہ بتاتا ہوا نوٹ لکھیں۔</translation>
    </message>
</context>
<context>
    <name>services.exports</name>
    <message>
        <source>Daftar exports to .csv or .xlsx, not &quot;{suffix}&quot;.</source>
        <translation>دفتر ‎.csv یا ‎.xlsx میں برآمد کرتا ہے، &quot;{suffix}&quot; میں نہیں۔</translation>
    </message>
    <message>
        <source>There is no section &quot;{name}&quot; this year (the sections are {names}).</source>
        <translation>اس سال کوئی سیکشن &quot;{name}&quot; نہیں (سیکشن یہ ہیں: {names})۔</translation>
    </message>
    <message>
        <source>There is no term &quot;{name}&quot; this year (the terms are {names}).</source>
        <translation>اس سال کوئی ٹرم &quot;{name}&quot; نہیں (ٹرمیں یہ ہیں: {names})۔</translation>
    </message>
    <message>
        <source>There is no subject &quot;{name}&quot; (the subjects are {names}).</source>
        <translation>کوئی مضمون &quot;{name}&quot; نہیں (مضامین یہ ہیں: {names})۔</translation>
    </message>
    <message>
        <source>There is no student with admission number {admission_no} on this computer.</source>
        <translation>اس کمپیوٹر پر داخلہ نمبر {admission_no} والا کوئی طالب علم نہیں۔</translation>
    </message>
    <message>
        <source>That class or term is not on this computer.</source>
        <translation>وہ سیکشن یا ٹرم اس کمپیوٹر پر موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>services.fee_structures</name>
    <message>
        <source>{term} fees: {heads}</source>
        <translation>{term} کی فیس: {heads}</translation>
    </message>
    <message>
        <source>Late fee (charged {date})</source>
        <translation>لیٹ فیس ({date} کو لگائی گئی)</translation>
    </message>
    <message>
        <source>Late fee, {percent}% of what was owed (charged {date})</source>
        <translation>لیٹ فیس، واجب الادا رقم کا {percent}% ({date} کو لگائی گئی)</translation>
    </message>
    <message>
        <source>This school file has no school in it.</source>
        <translation>اس اسکول فائل میں کوئی اسکول نہیں۔</translation>
    </message>
    <message>
        <source>This term is not on this device.</source>
        <translation>یہ ٹرم اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>Only the office can set up fees.</source>
        <translation>فیس صرف دفتر ترتیب دے سکتا ہے۔</translation>
    </message>
    <message>
        <source>A fee head needs a short code (e.g. TUI) and a name (e.g. Tuition).</source>
        <translation>فیس کی مد کے لیے ایک مختصر کوڈ (مثلاً TUI) اور نام (مثلاً ٹیوشن) ضروری ہے۔</translation>
    </message>
    <message>
        <source>A fee head&apos;s code is at most 20 characters and its name at most 100.</source>
        <translation>فیس کی مد کا کوڈ زیادہ سے زیادہ 20 حروف اور نام زیادہ سے زیادہ 100 حروف کا ہو سکتا ہے۔</translation>
    </message>
    <message>
        <source>The code {code} is already used by the fee head “{head}”.</source>
        <translation>کوڈ {code} پہلے ہی فیس کی مد “{head}” کے لیے استعمال ہو رہا ہے۔</translation>
    </message>
    <message>
        <source>This fee head is not on this device.</source>
        <translation>یہ فیس کی مد اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>A fee must be more than zero; to stop charging it, remove it from the structure.</source>
        <translation>فیس صفر سے زیادہ ہونی چاہیے؛ اسے لینا بند کرنے کے لیے ڈھانچے سے ہٹا دیں۔</translation>
    </message>
    <message>
        <source>This fee is larger than any a school charges; check the zeros.</source>
        <translation>یہ فیس کسی بھی اسکول کی فیس سے زیادہ ہے؛ صفر دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <source>The due date must fall in the academic year {year} ({starts_on} to {ends_on}).</source>
        <translation>آخری تاریخ تعلیمی سال {year} ({starts_on} تا {ends_on}) کے اندر ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>This line of the fee structure is no longer there.</source>
        <translation>فیس کے ڈھانچے کی یہ سطر اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>A fee head chosen is not in this grade level&apos;s structure for the term.</source>
        <translation>منتخب کی گئی ایک فیس کی مد اس ٹرم کے لیے اس درجے کے ڈھانچے میں نہیں۔</translation>
    </message>
    <message>
        <source>Grade {grade_level} has no fees set for this term: add them to the structure first.</source>
        <translation>درجہ {grade_level} کی اس ٹرم کے لیے کوئی فیس طے نہیں: پہلے انہیں ڈھانچے میں شامل کریں۔</translation>
    </message>
    <message>
        <source>Only the office can issue invoices.</source>
        <translation>بل صرف دفتر جاری کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>A concession is a percentage or a fixed amount.</source>
        <translation>رعایت فیصد میں ہوتی ہے یا مقررہ رقم۔</translation>
    </message>
    <message>
        <source>A concession must be more than zero.</source>
        <translation>رعایت صفر سے زیادہ ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>A percentage concession is at most 100 %.</source>
        <translation>فیصد والی رعایت زیادہ سے زیادہ 100 % ہو سکتی ہے۔</translation>
    </message>
    <message>
        <source>Say why the concession is given; the reason is kept with it.</source>
        <translation>بتائیں رعایت کیوں دی جا رہی ہے؛ وجہ اس کے ساتھ محفوظ رہتی ہے۔</translation>
    </message>
    <message>
        <source>The reason is at most 200 characters.</source>
        <translation>وجہ زیادہ سے زیادہ 200 حروف کی ہو سکتی ہے۔</translation>
    </message>
    <message>
        <source>Only the principal or an admin can approve a concession.</source>
        <translation>رعایت صرف پرنسپل یا ایڈمن منظور کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>This invoice is not on this device.</source>
        <translation>یہ بل اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>This invoice has no such fee to reduce.</source>
        <translation>اس بل میں کم کرنے کے لیے ایسی کوئی فیس نہیں۔</translation>
    </message>
    <message>
        <source>This percentage of the fee is less than the smallest unit of money.</source>
        <translation>فیس کا یہ فیصد کرنسی کی سب سے چھوٹی اکائی سے بھی کم ہے۔</translation>
    </message>
    <message>
        <source>This concession is already granted on this invoice.</source>
        <translation>یہ رعایت اس بل پر پہلے ہی دی جا چکی ہے۔</translation>
    </message>
    <message>
        <source>Concessions would come to more than the fee: {amount} {currency} is left to reduce on invoice {number}.</source>
        <translation>رعایتیں فیس سے زیادہ ہو جائیں گی: بل {number} پر کم کرنے کے لیے {amount} {currency} باقی ہیں۔</translation>
    </message>
    <message>
        <source>Choose the category of students the concession is for.</source>
        <translation>وہ طلبہ کی قسم منتخب کریں جس کے لیے رعایت ہے۔</translation>
    </message>
    <message>
        <source>No student of the category “{category}” has an invoice for this term.</source>
        <translation>قسم “{category}” کے کسی طالب علم کا اس ٹرم کا بل نہیں۔</translation>
    </message>
    <message>
        <source>A late fee is a fixed amount or a percentage of what is still owed.</source>
        <translation>لیٹ فیس مقررہ رقم ہوتی ہے یا باقی واجب رقم کا فیصد۔</translation>
    </message>
    <message>
        <source>The days after the due date must be between 0 and 365.</source>
        <translation>آخری تاریخ کے بعد کے دن 0 اور 365 کے درمیان ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>A late fee must be more than zero.</source>
        <translation>لیٹ فیس صفر سے زیادہ ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>A late fee is at most 100 % of what is owed.</source>
        <translation>لیٹ فیس زیادہ سے زیادہ واجب رقم کا 100 % ہو سکتی ہے۔</translation>
    </message>
    <message>
        <source>Only the principal or an admin can set the late-fee rule.</source>
        <translation>لیٹ فیس کا اصول صرف پرنسپل یا ایڈمن طے کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Only the office can charge late fees.</source>
        <translation>لیٹ فیس صرف دفتر لگا سکتا ہے۔</translation>
    </message>
    <message>
        <source>The school has no late-fee rule; the principal sets it under Fee structures.</source>
        <translation>اسکول کا لیٹ فیس کا کوئی اصول نہیں؛ پرنسپل اسے فیس کا ڈھانچہ میں طے کرتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>services.fees</name>
    <message>
        <source>Type the amount received.</source>
        <translation>وصول شدہ رقم لکھیں۔</translation>
    </message>
    <message>
        <source>The amount cannot be negative; to give money back, cancel the payment.</source>
        <translation>رقم منفی نہیں ہو سکتی؛ پیسے واپس کرنے کے لیے ادائیگی منسوخ کریں۔</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation>&apos;{text}&apos; کوئی رقم نہیں۔</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount; type digits, e.g. 1250{decimal_point}50.</source>
        <translation>&apos;{text}&apos; کوئی رقم نہیں؛ ہندسے لکھیں، مثلاً 1250{decimal_point}50۔</translation>
    </message>
    <message>
        <source>This currency has no smaller unit: type a whole amount.</source>
        <translation>اس کرنسی کی کوئی چھوٹی اکائی نہیں: پوری رقم لکھیں۔</translation>
    </message>
    <message>
        <source>This currency has {digits} decimal places; the amount has more.</source>
        <translation>اس کرنسی میں اعشاریہ کے بعد {digits} ہندسے ہوتے ہیں؛ رقم میں اس سے زیادہ ہیں۔</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>رقم صفر سے زیادہ ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>This amount is larger than any payment a school takes at once; check the zeros.</source>
        <translation>یہ رقم کسی بھی ایک ادائیگی سے زیادہ ہے جو اسکول ایک بار میں لیتا ہے؛ صفر دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <source>This device is not registered with the school yet; sign in once online to take payments.</source>
        <translation>یہ آلہ ابھی اسکول کے ساتھ رجسٹر نہیں؛ ادائیگیاں لینے کے لیے ایک بار آن لائن سائن ان کریں۔</translation>
    </message>
    <message>
        <source>This school file was restored from a backup: sync once before taking payments, so that no receipt number is given twice.</source>
        <translation>یہ اسکول فائل بیک اپ سے بحال کی گئی ہے: ادائیگیاں لینے سے پہلے ایک بار سنک کریں، تاکہ کوئی رسید نمبر دو بار نہ دیا جائے۔</translation>
    </message>
    <message>
        <source>Only the office can take payments.</source>
        <translation>ادائیگیاں صرف دفتر لے سکتا ہے۔</translation>
    </message>
    <message>
        <source>&apos;{mode}&apos; is not a way of paying Daftar knows.</source>
        <translation>&apos;{mode}&apos; ادائیگی کا کوئی ایسا طریقہ نہیں جسے دفتر جانتا ہو۔</translation>
    </message>
    <message>
        <source>A cheque, bank transfer or mobile money payment needs its reference number.</source>
        <translation>چیک، بینک ٹرانسفر یا موبائل والیٹ سے ادائیگی کے لیے اس کا حوالہ نمبر ضروری ہے۔</translation>
    </message>
    <message>
        <source>This student does not exist on this device.</source>
        <translation>یہ طالب علم اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>graduated</source>
        <translation>تعلیم مکمل کر لی</translation>
    </message>
    <message>
        <source>left the school</source>
        <translation>اسکول چھوڑ دیا</translation>
    </message>
    <message>
        <source>{student} has {word} and owes nothing: no payment can be taken.</source>
        <translation>{student} نے {word} ہے اور کچھ واجب نہیں: کوئی ادائیگی نہیں لی جا سکتی۔</translation>
    </message>
    <message>
        <source>{student} has {word}: only what is still owed can be paid, at most {amount} {currency}.</source>
        <translation>{student} نے {word} ہے: صرف باقی واجب رقم ادا ہو سکتی ہے، زیادہ سے زیادہ {amount} {currency}۔</translation>
    </message>
    <message>
        <source>The cash of {day} is closed on this computer: a payment for that day can no longer be taken. Take it on an open day.</source>
        <translation>{day} کا کیش اس کمپیوٹر پر بند ہے: اس دن کی ادائیگی اب نہیں لی جا سکتی۔ اسے کسی کھلے دن میں لیں۔</translation>
    </message>
    <message>
        <source>The amounts allocated to invoices must be positive and add up to at most the payment.</source>
        <translation>بلوں پر لگائی گئی رقمیں مثبت ہوں اور ان کا مجموعہ ادائیگی سے زیادہ نہ ہو۔</translation>
    </message>
    <message>
        <source>Only the office can cancel a payment.</source>
        <translation>ادائیگی صرف دفتر منسوخ کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>Say why the payment is cancelled; the reason is kept with the receipt.</source>
        <translation>بتائیں ادائیگی کیوں منسوخ ہو رہی ہے؛ وجہ رسید کے ساتھ محفوظ رہتی ہے۔</translation>
    </message>
    <message>
        <source>This payment does not exist on this device.</source>
        <translation>یہ ادائیگی اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>Receipt {receipt_no} is already cancelled.</source>
        <translation>رسید {receipt_no} پہلے ہی منسوخ ہو چکی ہے۔</translation>
    </message>
    <message>
        <source>Your cash for today is closed on this computer: nothing more can be cancelled today. Cancel it tomorrow; the cancellation goes in that day&apos;s book.</source>
        <translation>آج کا آپ کا کیش اس کمپیوٹر پر بند ہے: آج مزید کچھ منسوخ نہیں ہو سکتا۔ کل منسوخ کریں؛ منسوخی اس دن کے روزنامچے میں جائے گی۔</translation>
    </message>
    <message>
        <source>This student is no longer on this device.</source>
        <translation>یہ طالب علم اب اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>بل</translation>
    </message>
    <message>
        <source>{mode} {reference}</source>
        <translation>{mode} {reference}</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>منسوخ: {reason}</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقد</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>چیک</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>بینک ٹرانسفر</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>موبائل والیٹ</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارڈ</translation>
    </message>
    <message>
        <source>Concession {percent} {reason} (approved by {approver})</source>
        <translation>رعایت {percent} {reason} (منظوری: {approver})</translation>
    </message>
    <message>
        <source>Concession {percent} {reason}</source>
        <translation>رعایت {percent} {reason}</translation>
    </message>
    <message>
        <source>Concession {reason} (approved by {approver})</source>
        <translation>رعایت {reason} (منظوری: {approver})</translation>
    </message>
    <message>
        <source>Concession {reason}</source>
        <translation>رعایت {reason}</translation>
    </message>
    <message>
        <source>This payment is not on this device.</source>
        <translation>یہ ادائیگی اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>A payment chosen for printing is not on this device.</source>
        <translation>چھپائی کے لیے منتخب کی گئی ایک ادائیگی اس آلے پر موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>services.grades</name>
    <message>
        <source>&apos;{text}&apos; is not a mark: type a number, &apos;ab&apos; for absent or &apos;ex&apos; for exempt.</source>
        <translation>&apos;{text}&apos; کوئی نمبر نہیں: ہندسہ لکھیں، غیر حاضر کے لیے &apos;ab&apos; یا مستثنیٰ کے لیے &apos;ex&apos;۔</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a mark: marks are 0 or more.</source>
        <translation>&apos;{text}&apos; کوئی نمبر نہیں: نمبر 0 یا اس سے زیادہ ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has too many decimals: use at most two.</source>
        <translation>&apos;{text}&apos; میں اعشاریہ کے بعد بہت ہندسے ہیں: زیادہ سے زیادہ دو رکھیں۔</translation>
    </message>
    <message>
        <source>{text} is more than the maximum of {maximum}.</source>
        <translation>{text} کل نمبر {maximum} سے زیادہ ہے۔</translation>
    </message>
    <message>
        <source>{term} is published; its marks and results are frozen.</source>
        <translation>{term} شائع ہو چکی ہے؛ اس کے نمبر اور نتائج اب نہیں بدل سکتے۔</translation>
    </message>
    <message>
        <source>Mark entry for {term} is closed; marks are read-only.</source>
        <translation>{term} کے نمبروں کا اندراج بند ہے؛ نمبر صرف پڑھے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>This assessment does not exist on this device.</source>
        <translation>یہ جانچ اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>You do not teach this subject in this class, so you cannot enter its marks.</source>
        <translation>آپ اس سیکشن میں یہ مضمون نہیں پڑھاتے، اس لیے اس کے نمبر درج نہیں کر سکتے۔</translation>
    </message>
    <message>
        <source>Only teachers and the principal can enter marks.</source>
        <translation>نمبر صرف اساتذہ اور پرنسپل درج کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>{who}: not in this class, so no mark can be entered for them here.</source>
        <translation>{who}: اس سیکشن میں نہیں، اس لیے یہاں ان کا کوئی نمبر درج نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>{student} left this class on {ends_on}, before this assessment; no mark can be entered for them.</source>
        <translation>{student} نے {ends_on} کو، اس جانچ سے پہلے، یہ سیکشن چھوڑ دیا؛ ان کا کوئی نمبر درج نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>A mark is a number, absent or exempt.</source>
        <translation>نمبر ایک عدد ہوتا ہے، یا غیر حاضر یا مستثنیٰ۔</translation>
    </message>
    <message>
        <source>A mark is more than the assessment&apos;s maximum.</source>
        <translation>ایک نمبر جانچ کے کل نمبروں سے زیادہ ہے۔</translation>
    </message>
    <message>
        <source>This term is not on this device.</source>
        <translation>یہ ٹرم اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>A grade scale needs at least two grades.</source>
        <translation>گریڈ اسکیل میں کم از کم دو گریڈ ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>Every band needs a grade name.</source>
        <translation>ہر درجے کے لیے گریڈ کا نام ضروری ہے۔</translation>
    </message>
    <message>
        <source>Each grade can appear only once in a scale.</source>
        <translation>ہر گریڈ اسکیل میں صرف ایک بار آ سکتا ہے۔</translation>
    </message>
    <message>
        <source>The minimum for {grade} must be a percentage.</source>
        <translation>{grade} کی کم از کم حد فیصد ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>The minimum for {grade} must be between 0 and 100%.</source>
        <translation>{grade} کی کم از کم حد 0 اور 100% کے درمیان ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Two grades start at the same percentage.</source>
        <translation>دو گریڈ ایک ہی فیصد سے شروع ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>The lowest grade must start at 0%, so every result has a grade.</source>
        <translation>سب سے نچلا گریڈ 0% سے شروع ہونا چاہیے، تاکہ ہر نتیجے کا گریڈ ہو۔</translation>
    </message>
    <message>
        <source>Choose the lowest passing grade from the scale&apos;s grades.</source>
        <translation>اسکیل کے گریڈز میں سے پاس ہونے کا سب سے نچلا گریڈ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Only the principal can change the grade scale.</source>
        <translation>گریڈ اسکیل صرف پرنسپل بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Give the grade scale a name.</source>
        <translation>گریڈ اسکیل کا نام لکھیں۔</translation>
    </message>
    <message>
        <source>{published} is already published: changing the grade scale now would change results families have seen. It can change at the start of the next year.</source>
        <translation>{published} پہلے ہی شائع ہو چکا ہے: اب گریڈ اسکیل بدلنے سے وہ نتائج بدل جائیں گے جو خاندان دیکھ چکے ہیں۔ اسے اگلے سال کے آغاز پر بدلا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Only the principal can open, close or publish a term&apos;s marks.</source>
        <translation>ٹرم کے نمبر صرف پرنسپل کھول، بند یا شائع کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>{term} is published; its marks cannot be reopened.</source>
        <translation>{term} شائع ہو چکی ہے؛ اس کے نمبر دوبارہ نہیں کھولے جا سکتے۔</translation>
    </message>
</context>
<context>
    <name>services.registers</name>
    <message>
        <source>This student is not on this computer.</source>
        <translation>یہ طالب علم اس کمپیوٹر پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>This class does not exist on this device.</source>
        <translation>یہ سیکشن اس آلے پر موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>services.results</name>
    <message>
        <source>This term is not on this device.</source>
        <translation>یہ ٹرم اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>This class is not on this device for that term&apos;s year.</source>
        <translation>اس ٹرم کے سال کے لیے یہ سیکشن اس آلے پر موجود نہیں۔</translation>
    </message>
    <message>
        <source>This class is not on this device.</source>
        <translation>یہ سیکشن اس آلے پر موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>services.roster_import</name>
    <message>
        <source>The roster was not imported: {count} problem(s) to correct first.</source>
        <translation>فہرست درآمد نہیں ہوئی: پہلے {count} مسئلے درست کریں۔</translation>
    </message>
    <message>
        <source>Admission no.</source>
        <translation>داخلہ نمبر</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>سیکشن</translation>
    </message>
    <message>
        <source>Roll no.</source>
        <translation>رول نمبر</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>سرپرست کا فون</translation>
    </message>
    <message>
        <source>Guardian&apos;s email</source>
        <translation>سرپرست کی ای میل</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>guardian&apos;s phone</source>
        <translation>سرپرست کا فون</translation>
    </message>
    <message>
        <source>guardian&apos;s email</source>
        <translation>سرپرست کی ای میل</translation>
    </message>
    <message>
        <source>address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>category</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>There is no file {path} there.</source>
        <translation>وہاں {path} نام کی کوئی فائل نہیں۔</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} پڑھی نہیں جا سکتی: {reason}۔</translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation>{path} خالی ہے۔</translation>
    </message>
    <message>
        <source>{path} is an old Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or as CSV, then import that.</source>
        <translation>{path} ایک پرانی Excel 97–2003 ورک بک (.xls) ہے۔ اسے Excel یا LibreOffice میں کھولیں اور Excel ورک بک (.xlsx) یا CSV کے طور پر محفوظ کریں، پھر وہ درآمد کریں۔</translation>
    </message>
    <message>
        <source>{path} is a PDF, not a spreadsheet. Import the roster as CSV or XLSX.</source>
        <translation>{path} ایک PDF ہے، اسپریڈشیٹ نہیں۔ فہرست CSV یا XLSX میں درآمد کریں۔</translation>
    </message>
    <message>
        <source>{name} says it is UTF-16 but is damaged; save it again from the spreadsheet.</source>
        <translation>{name} خود کو UTF-16 بتاتی ہے مگر خراب ہے؛ اسے اسپریڈشیٹ سے دوبارہ محفوظ کریں۔</translation>
    </message>
    <message>
        <source>{name} is not a text file or a spreadsheet Daftar can read. Save the roster as CSV or as an Excel workbook (.xlsx).</source>
        <translation>{name} کوئی ایسی ٹیکسٹ فائل یا اسپریڈشیٹ نہیں جو دفتر پڑھ سکے۔ فہرست CSV یا Excel ورک بک (.xlsx) کے طور پر محفوظ کریں۔</translation>
    </message>
    <message>
        <source>{name} is in an encoding Daftar cannot tell. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and import that.</source>
        <translation>{name} ایسی انکوڈنگ میں ہے جسے دفتر پہچان نہیں سکتا۔ اسے اسپریڈشیٹ سے &quot;CSV UTF-8&quot; کے طور پر محفوظ کریں اور وہ درآمد کریں۔</translation>
    </message>
    <message>
        <source>{path} is not a text file or a spreadsheet Daftar can read. Save the roster as CSV or as an Excel workbook (.xlsx).</source>
        <translation>{path} کوئی ایسی ٹیکسٹ فائل یا اسپریڈشیٹ نہیں جو دفتر پڑھ سکے۔ فہرست CSV یا Excel ورک بک (.xlsx) کے طور پر محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Read as {encoding} text, columns separated by {delimiter}.</source>
        <translation>{encoding} ٹیکسٹ کے طور پر پڑھا گیا، کالم {delimiter} سے الگ ہیں۔</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>کاما</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>سیمی کولن</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>ٹیب</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>عمودی لکیروں</translation>
    </message>
    <message>
        <source>{path} is a damaged workbook; open it in the spreadsheet and save it again.</source>
        <translation>{path} ایک خراب ورک بک ہے؛ اسے اسپریڈشیٹ میں کھول کر دوبارہ محفوظ کریں۔</translation>
    </message>
    <message>
        <source>{path} is a zip file but not an Excel workbook. Import a .xlsx or a .csv file.</source>
        <translation>{path} ایک zip فائل ہے مگر Excel ورک بک نہیں۔ ‎.xlsx یا ‎.csv فائل درآمد کریں۔</translation>
    </message>
    <message>
        <source>{path} cannot be read as a workbook ({kind}); open it in the spreadsheet and save it again as .xlsx.</source>
        <translation>{path} ورک بک کے طور پر پڑھی نہیں جا سکتی ({kind})؛ اسے اسپریڈشیٹ میں کھول کر ‎.xlsx کے طور پر دوبارہ محفوظ کریں۔</translation>
    </message>
    <message>
        <source>{path} has no sheets.</source>
        <translation>{path} میں کوئی شیٹ نہیں۔</translation>
    </message>
    <message>
        <source>The workbook has several sheets; the sheet &quot;{sheet}&quot; was read.</source>
        <translation>ورک بک میں کئی شیٹیں ہیں؛ شیٹ &quot;{sheet}&quot; پڑھی گئی۔</translation>
    </message>
    <message>
        <source>Merged cells {cells} and {more} more: their value was used for every row they cover.</source>
        <translation>ملے ہوئے خانے {cells} اور مزید {more}: ان کی قدر ہر اس قطار کے لیے لی گئی جس پر وہ پھیلے ہیں۔</translation>
    </message>
    <message>
        <source>Merged cells {cells}: their value was used for every row they cover.</source>
        <translation>ملے ہوئے خانے {cells}: ان کی قدر ہر اس قطار کے لیے لی گئی جس پر وہ پھیلے ہیں۔</translation>
    </message>
    <message>
        <source>The formula {formula} has no saved result: open the file in the spreadsheet, let it calculate, and save it again (or paste values).</source>
        <translation>فارمولے {formula} کا کوئی محفوظ نتیجہ نہیں: فائل اسپریڈشیٹ میں کھولیں، حساب ہونے دیں اور دوبارہ محفوظ کریں (یا قدریں پیسٹ کریں)۔</translation>
    </message>
    <message>
        <source>{name} has no rows.</source>
        <translation>{name} میں کوئی قطار نہیں۔</translation>
    </message>
    <message>
        <source>Rows above row {row} were taken as a title and left out.</source>
        <translation>قطار {row} سے اوپر کی قطاریں عنوان سمجھ کر چھوڑ دی گئیں۔</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows; a roster has one row a student. Check that this is the right file.</source>
        <translation>{name} میں {limit} سے زیادہ قطاریں ہیں؛ فہرست میں ہر طالب علم کی ایک قطار ہوتی ہے۔ دیکھ لیں کہ فائل درست ہے۔</translation>
    </message>
    <message>
        <source>{count} blank row(s) between students were skipped.</source>
        <translation>طلبہ کے درمیان {count} خالی قطاریں چھوڑ دی گئیں۔</translation>
    </message>
    <message>
        <source>{name} has a header row but no students under it.</source>
        <translation>{name} میں عنوان کی قطار ہے مگر اس کے نیچے کوئی طالب علم نہیں۔</translation>
    </message>
    <message>
        <source>&quot;{part}&quot; is not FIELD=COLUMN (for example admission_no=Adm No).</source>
        <translation>&quot;{part}&quot; کی صورت FIELD=COLUMN نہیں (مثلاً admission_no=Adm No)۔</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is not a roster field. The fields are: {fields}.</source>
        <translation>&quot;{key}&quot; فہرست کا کوئی خانہ نہیں۔ خانے یہ ہیں: {fields}۔</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot;. Its columns are: {columns}.</source>
        <translation>فائل میں کوئی کالم &quot;{column}&quot; نہیں۔ اس کے کالم یہ ہیں: {columns}۔</translation>
    </message>
    <message>
        <source>Choose the column with the admission number: students are matched on it.</source>
        <translation>داخلہ نمبر والا کالم منتخب کریں: طلبہ اسی سے پہچانے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Choose the column with the student&apos;s name (full name, or given name).</source>
        <translation>طالب علم کے نام والا کالم منتخب کریں (پورا نام، یا پہلا نام)۔</translation>
    </message>
    <message>
        <source>One column is chosen for both {first} and {second}.</source>
        <translation>ایک ہی کالم {first} اور {second} دونوں کے لیے منتخب ہے۔</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem}</source>
        <translation>قطار {row}، {column}: {problem}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>قطار {row}: {problem}</translation>
    </message>
    <message>
        <source>The file, {column}: {problem}</source>
        <translation>فائل، {column}: {problem}</translation>
    </message>
    <message>
        <source>The file: {problem}</source>
        <translation>فائل: {problem}</translation>
    </message>
    <message>
        <source>day first (as in 25/03/2014)</source>
        <translation>پہلے دن (جیسے 25/03/2014)</translation>
    </message>
    <message>
        <source>month first (as in 03/25/2014)</source>
        <translation>پہلے مہینہ (جیسے 03/25/2014)</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>پہلے دن</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>پہلے مہینہ</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date Daftar can read (write it as 2014-03-25).</source>
        <translation>&quot;{text}&quot; ایسی تاریخ نہیں جو دفتر پڑھ سکے (اسے 2014-03-25 کی طرح لکھیں)۔</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a real date (day {day}, month {month}, year {year}).</source>
        <translation>&quot;{text}&quot; کوئی حقیقی تاریخ نہیں (دن {day}، مہینہ {month}، سال {year})۔</translation>
    </message>
    <message>
        <source>{number} is not a date.</source>
        <translation>{number} کوئی تاریخ نہیں۔</translation>
    </message>
    <message>
        <source>The school has no academic year yet, so students cannot be put in sections. Set the year and its sections up first.</source>
        <translation>اسکول کا ابھی کوئی تعلیمی سال نہیں، اس لیے طلبہ کو سیکشنوں میں نہیں رکھا جا سکتا۔ پہلے سال اور اس کے سیکشن بنائیں۔</translation>
    </message>
    <message>
        <source>Dates like 03/04/2014 were read {how}.</source>
        <translation>03/04/2014 جیسی تاریخیں اس طرح پڑھی گئیں: {how}۔</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit.</source>
        <translation>{length} حروف کا ہے؛ زیادہ سے زیادہ {limit} کی گنجائش ہے۔</translation>
    </message>
    <message>
        <source>The admission number is empty; every student needs one.</source>
        <translation>داخلہ نمبر خالی ہے؛ ہر طالب علم کا داخلہ نمبر ضروری ہے۔</translation>
    </message>
    <message>
        <source>The admission number is {length} characters long; at most 32 fit.</source>
        <translation>داخلہ نمبر {length} حروف کا ہے؛ زیادہ سے زیادہ 32 کی گنجائش ہے۔</translation>
    </message>
    <message>
        <source>Admission number {admission_no} is also on row {row}.</source>
        <translation>داخلہ نمبر {admission_no} قطار {row} پر بھی ہے۔</translation>
    </message>
    <message>
        <source>The student&apos;s name is empty.</source>
        <translation>طالب علم کا نام خالی ہے۔</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a gender Daftar knows (write M or F).</source>
        <translation>&quot;{text}&quot; کوئی ایسی جنس نہیں جسے دفتر جانتا ہو (M یا F لکھیں)۔</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a status (write active, left or graduated).</source>
        <translation>&quot;{text}&quot; کوئی حیثیت نہیں (active، left یا graduated لکھیں)۔</translation>
    </message>
    <message>
        <source>{born} is in the future.</source>
        <translation>{born} مستقبل کی تاریخ ہے۔</translation>
    </message>
    <message>
        <source>{born} is too long ago to be a student&apos;s birth.</source>
        <translation>{born} کسی طالب علم کی پیدائش کے لیے بہت پرانی تاریخ ہے۔</translation>
    </message>
    <message>
        <source>&quot;{email}&quot; is not an email address.</source>
        <translation>&quot;{email}&quot; کوئی ای میل پتہ نہیں۔</translation>
    </message>
    <message>
        <source>There is no section &quot;{name}&quot; in {year} (see row {row}).</source>
        <translation>{year} میں کوئی سیکشن &quot;{name}&quot; نہیں (قطار {row} دیکھیں)۔</translation>
    </message>
    <message>
        <source>There is no section &quot;{name}&quot; in {year} (the sections are {sections}). Add it in the school&apos;s setup, or correct the file.</source>
        <translation>{year} میں کوئی سیکشن &quot;{name}&quot; نہیں (سیکشن یہ ہیں: {sections})۔ اسے اسکول کے سیٹ اپ میں شامل کریں، یا فائل درست کریں۔</translation>
    </message>
    <message>
        <source>There is no section &quot;{name}&quot; in {year} (it has no sections yet). Add it in the school&apos;s setup, or correct the file.</source>
        <translation>{year} میں کوئی سیکشن &quot;{name}&quot; نہیں (اس میں ابھی کوئی سیکشن نہیں)۔ اسے اسکول کے سیٹ اپ میں شامل کریں، یا فائل درست کریں۔</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a roll number (a whole number from 1).</source>
        <translation>&quot;{text}&quot; کوئی رول نمبر نہیں (1 سے شروع ہونے والا پورا عدد)۔</translation>
    </message>
    <message>
        <source>Roll number {roll} in {section} is also on row {row}.</source>
        <translation>{section} میں رول نمبر {roll} قطار {row} پر بھی ہے۔</translation>
    </message>
    <message>
        <source>Admission number {admission_no} belonged to a student removed from the school; give this student another number.</source>
        <translation>داخلہ نمبر {admission_no} ایک ایسے طالب علم کا تھا جسے اسکول سے ہٹا دیا گیا؛ اس طالب علم کو کوئی اور نمبر دیں۔</translation>
    </message>
    <message>
        <source>Admission number {admission_no} is already {student}&apos;s in the school, but this row names {name}. Check the number.</source>
        <translation>داخلہ نمبر {admission_no} اسکول میں پہلے ہی {student} کا ہے، مگر اس قطار میں نام {name} ہے۔ نمبر جانچیں۔</translation>
    </message>
    <message>
        <source>section → {section}</source>
        <translation>سیکشن ← {section}</translation>
    </message>
    <message>
        <source>roll no. → {roll}</source>
        <translation>رول نمبر ← {roll}</translation>
    </message>
    <message>
        <source>Roll number {roll} in {section} belongs to another student of the section.</source>
        <translation>{section} میں رول نمبر {roll} سیکشن کے کسی دوسرے طالب علم کا ہے۔</translation>
    </message>
    <message>
        <source>Only the office or an administrator can import the roster.</source>
        <translation>فہرست صرف دفتر یا ایڈمن درآمد کر سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>services.setup</name>
    <message>
        <source>Only the school&apos;s admin can change the set-up; the principal can read it.</source>
        <translation>سیٹ اپ صرف اسکول کا ایڈمن بدل سکتا ہے؛ پرنسپل اسے پڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Give the {what}.</source>
        <translation>{what} لکھیں۔</translation>
    </message>
    <message>
        <source>The {what} is too long (at most {longest} characters).</source>
        <translation>{what} بہت لمبا ہے (زیادہ سے زیادہ {longest} حروف)۔</translation>
    </message>
    <message>
        <source>The {what} is not a date (write it as YYYY-MM-DD).</source>
        <translation>{what} کوئی تاریخ نہیں (اسے YYYY-MM-DD کی صورت میں لکھیں)۔</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>پہلا دن</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>آخری دن</translation>
    </message>
    <message>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} تا {last}</translation>
    </message>
    <message>
        <source>school&apos;s name</source>
        <translation>اسکول کا نام</translation>
    </message>
    <message>
        <source>The currency is its three-letter ISO 4217 code, such as PKR, KES or USD.</source>
        <translation>کرنسی اس کا تین حرفی ISO 4217 کوڈ ہے، جیسے PKR، KES یا USD۔</translation>
    </message>
    <message>
        <source>A currency has 0 to 3 digits after the decimal point.</source>
        <translation>کرنسی میں اعشاریہ کے بعد 0 سے 3 ہندسے ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>{name} is not a time zone Daftar knows (choose one such as Asia/Karachi or Africa/Nairobi).</source>
        <translation>{name} کوئی ایسا ٹائم زون نہیں جسے دفتر جانتا ہو (Asia/Karachi یا Africa/Nairobi جیسا کوئی منتخب کریں)۔</translation>
    </message>
    <message>
        <source>An empty name</source>
        <translation>خالی نام</translation>
    </message>
    <message>
        <source>The language is a locale name such as en_US or ur_PK.</source>
        <translation>زبان ایک لوکیل نام ہے، جیسے en_US یا ur_PK۔</translation>
    </message>
    <message>
        <source>address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>فون نمبر</translation>
    </message>
    <message>
        <source>The logo could not be read; choose the image again.</source>
        <translation>لوگو پڑھا نہیں جا سکا؛ تصویر دوبارہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>The logo must be stored as a PNG image.</source>
        <translation>لوگو PNG تصویر کے طور پر محفوظ ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The logo is too large ({size} KB); at most {limit} KB.</source>
        <translation>لوگو بہت بڑا ہے ({size} KB)؛ زیادہ سے زیادہ {limit} KB۔</translation>
    </message>
    <message>
        <source>year&apos;s name</source>
        <translation>سال کا نام</translation>
    </message>
    <message>
        <source>The year must end after it starts.</source>
        <translation>سال شروع ہونے کے بعد ختم ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>An academic year can be at most 18 months long.</source>
        <translation>تعلیمی سال زیادہ سے زیادہ 18 مہینے کا ہو سکتا ہے۔</translation>
    </message>
    <message>
        <source>There is already a year called {other}.</source>
        <translation>{other} نام کا سال پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>These dates overlap the year {other} ({days}).</source>
        <translation>یہ تاریخیں سال {other} ({days}) سے ٹکراتی ہیں۔</translation>
    </message>
    <message>
        <source>{term} ({days}) would fall outside the year; change the term first.</source>
        <translation>{term} ({days}) سال سے باہر ہو جائے گی؛ پہلے ٹرم بدلیں۔</translation>
    </message>
    <message>
        <source>Choose the year the term belongs to.</source>
        <translation>وہ سال منتخب کریں جس کی یہ ٹرم ہے۔</translation>
    </message>
    <message>
        <source>term&apos;s name</source>
        <translation>ٹرم کا نام</translation>
    </message>
    <message>
        <source>The term must end on or after its first day.</source>
        <translation>ٹرم اپنے پہلے دن یا اس کے بعد ختم ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>The term must lie inside the year {year} ({days}).</source>
        <translation>ٹرم سال {year} ({days}) کے اندر ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>A term&apos;s weight is a percentage from 0 to 100.</source>
        <translation>ٹرم کا وزن 0 سے 100 تک فیصد ہوتا ہے۔</translation>
    </message>
    <message>
        <source>{year} already has a term called {other}.</source>
        <translation>{year} میں {other} نام کی ٹرم پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>These dates overlap {other} ({days}).</source>
        <translation>یہ تاریخیں {other} ({days}) سے ٹکراتی ہیں۔</translation>
    </message>
    <message>
        <source>The terms of {year} would weigh {total}% together; at most 100%.</source>
        <translation>{year} کی ٹرموں کا مجموعی وزن {total}% ہو جائے گا؛ زیادہ سے زیادہ 100%۔</translation>
    </message>
    <message>
        <source>That term is already gone.</source>
        <translation>وہ ٹرم پہلے ہی ہٹ چکی ہے۔</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>جانچیں</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>بل</translation>
    </message>
    <message>
        <source>fee amounts</source>
        <translation>فیس کی رقمیں</translation>
    </message>
    <message>
        <source>{term} has {n} {what}; a term in use cannot be removed (change its dates instead).</source>
        <translation>{term} میں {n} {what} ہیں؛ زیرِ استعمال ٹرم ہٹائی نہیں جا سکتی (اس کی بجائے اس کی تاریخیں بدلیں)۔</translation>
    </message>
    <message>
        <source>Roll calls were already taken on days you chose (the first: {first}; days with roll calls: {count}). Their marks are kept, but those days will no longer count in the registers and attendance rates. Press Save again to add them anyway.</source>
        <translation>چنے گئے دنوں میں سے کچھ پر حاضری پہلے ہی لی جا چکی ہے (پہلا دن: {first}؛ حاضری والے دن: {count})۔ ان کی حاضری محفوظ رہتی ہے، لیکن یہ دن رجسٹر اور حاضری کی شرح میں شمار نہیں ہوں گے۔ پھر بھی شامل کرنے کے لیے دوبارہ محفوظ کریں دبائیں۔</translation>
    </message>
    <message>
        <source>A username is 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>صارف نام 2 سے 64 حروف، ہندسوں، نقطوں، ڈیش یا انڈر اسکور کا ہوتا ہے، اور کسی حرف یا ہندسے سے شروع ہوتا ہے۔</translation>
    </message>
    <message>
        <source>The username {username} is already taken in this school.</source>
        <translation>صارف نام {username} اس اسکول میں پہلے ہی لیا جا چکا ہے۔</translation>
    </message>
    <message>
        <source>Choose a role: teacher, office, principal or admin.</source>
        <translation>کردار منتخب کریں: استاد، دفتر، پرنسپل یا ایڈمن۔</translation>
    </message>
    <message>
        <source>person&apos;s full name</source>
        <translation>شخص کا پورا نام</translation>
    </message>
    <message>
        <source>A password needs at least {limit} characters.</source>
        <translation>پاس ورڈ میں کم از کم {limit} حروف ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>A password may not start or end with a space.</source>
        <translation>پاس ورڈ خالی جگہ سے شروع یا ختم نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>That person is no longer in this school&apos;s list.</source>
        <translation>وہ شخص اب اس اسکول کی فہرست میں نہیں۔</translation>
    </message>
    <message>
        <source>You cannot change your own role or switch off your own account; ask another admin.</source>
        <translation>آپ اپنا کردار نہیں بدل سکتے اور نہ اپنا اکاؤنٹ بند کر سکتے ہیں؛ کسی دوسرے ایڈمن سے کہیں۔</translation>
    </message>
    <message>
        <source>The school must keep at least one active admin.</source>
        <translation>اسکول میں کم از کم ایک فعال ایڈمن رہنا چاہیے۔</translation>
    </message>
    <message>
        <source>That record is no longer there; it may have been removed on another computer.</source>
        <translation>وہ ریکارڈ اب موجود نہیں؛ شاید کسی دوسرے کمپیوٹر پر ہٹا دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>That already exists.</source>
        <translation>یہ پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>That record is already gone.</source>
        <translation>وہ ریکارڈ پہلے ہی ہٹ چکا ہے۔</translation>
    </message>
    <message>
        <source>Choose the year the section belongs to.</source>
        <translation>وہ سال منتخب کریں جس کا یہ سیکشن ہے۔</translation>
    </message>
    <message>
        <source>section&apos;s name</source>
        <translation>سیکشن کا نام</translation>
    </message>
    <message>
        <source>The grade level is a number from 0 (nursery) to 14.</source>
        <translation>درجہ 0 (نرسری) سے 14 تک کا عدد ہے۔</translation>
    </message>
    <message>
        <source>{year} already has a section called {other}.</source>
        <translation>{year} میں {other} نام کا سیکشن پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>class teacher</source>
        <translation>کلاس ٹیچر</translation>
    </message>
    <message>
        <source>room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <source>{section} has {enrolled} students enrolled; move them to another section before removing it.</source>
        <translation>{section} میں {enrolled} طلبہ داخل ہیں؛ اسے ہٹانے سے پہلے انہیں کسی دوسرے سیکشن میں منتقل کریں۔</translation>
    </message>
    <message>
        <source>Choose an active member of staff as the {what}.</source>
        <translation>{what} کے طور پر عملے کا کوئی فعال رکن منتخب کریں۔</translation>
    </message>
    <message>
        <source>{user} works in the office; a {what} is a teacher, the principal or an admin.</source>
        <translation>{user} دفتر میں کام کرتے ہیں؛ {what} کوئی استاد، پرنسپل یا ایڈمن ہوتا ہے۔</translation>
    </message>
    <message>
        <source>subject&apos;s code</source>
        <translation>مضمون کا کوڈ</translation>
    </message>
    <message>
        <source>subject&apos;s name</source>
        <translation>مضمون کا نام</translation>
    </message>
    <message>
        <source>The code {code} is already used by {other}.</source>
        <translation>کوڈ {code} پہلے ہی {other} کے لیے استعمال ہو رہا ہے۔</translation>
    </message>
    <message>
        <source>There is already a subject called {other}.</source>
        <translation>{other} نام کا مضمون پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>{subject} has {used} assessments in the gradebook; it cannot be removed.</source>
        <translation>گریڈ بک میں {subject} کی {used} جانچیں ہیں؛ اسے ہٹایا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>{subject} is still taught in {teaching} sections; remove those assignments first.</source>
        <translation>{subject} اب بھی {teaching} سیکشنوں میں پڑھایا جاتا ہے؛ پہلے وہ تفویضات ہٹائیں۔</translation>
    </message>
    <message>
        <source>Choose the section.</source>
        <translation>سیکشن منتخب کریں۔</translation>
    </message>
    <message>
        <source>Choose the subject.</source>
        <translation>مضمون منتخب کریں۔</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>استاد</translation>
    </message>
    <message>
        <source>Choose at least one weekday the subject is taught.</source>
        <translation>ہفتے کا کم از کم ایک دن منتخب کریں جب یہ مضمون پڑھایا جاتا ہے۔</translation>
    </message>
    <message>
        <source>{teacher} already teaches {subject} in {section}.</source>
        <translation>{teacher} پہلے ہی {section} میں {subject} پڑھاتے ہیں۔</translation>
    </message>
    <message>
        <source>The {what} is 1 to {longest} letters or digits.</source>
        <translation>{what} 1 سے {longest} حروف یا ہندسوں کا ہوتا ہے۔</translation>
    </message>
    <message>
        <source>code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>code&apos;s meaning</source>
        <translation>کوڈ کا مطلب</translation>
    </message>
    <message>
        <source>Choose what the code counts as: present, absent, late, excused or half day.</source>
        <translation>منتخب کریں کوڈ کس میں شمار ہو: حاضر، غیر حاضر، دیر سے، رخصت یا آدھا دن۔</translation>
    </message>
    <message>
        <source>The letters {code} are already the code for {other}.</source>
        <translation>حروف {code} پہلے ہی {other} کا کوڈ ہیں۔</translation>
    </message>
    <message>
        <source>{code} is already on the registers; its letters cannot change (its meaning can).</source>
        <translation>{code} پہلے ہی رجسٹروں میں درج ہے؛ اس کے حروف نہیں بدل سکتے (مطلب بدل سکتا ہے)۔</translation>
    </message>
    <message>
        <source>The roll call needs at least one {kind} code.</source>
        <translation>حاضری کے لیے کم از کم ایک &apos;{kind}&apos; کوڈ ضروری ہے۔</translation>
    </message>
    <message>
        <source>{code} ({label}) is on the registers already; it cannot be removed.</source>
        <translation>{code} ({label}) پہلے ہی رجسٹروں میں درج ہے؛ اسے ہٹایا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>{scale} is the scale results use; make another scale the default first.</source>
        <translation>{scale} وہ اسکیل ہے جو نتائج میں استعمال ہوتا ہے؛ پہلے کسی دوسرے اسکیل کو ڈیفالٹ بنائیں۔</translation>
    </message>
    <message>
        <source>fee&apos;s code</source>
        <translation>فیس کا کوڈ</translation>
    </message>
    <message>
        <source>fee&apos;s name</source>
        <translation>فیس کا نام</translation>
    </message>
    <message>
        <source>There is already a fee called {other}.</source>
        <translation>{other} نام کی فیس پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>{code} is on invoices already; its code cannot change (its name can).</source>
        <translation>{code} پہلے ہی بلوں پر درج ہے؛ اس کا کوڈ نہیں بدل سکتا (نام بدل سکتا ہے)۔</translation>
    </message>
    <message>
        <source>{head} is on students&apos; invoices; it cannot be removed.</source>
        <translation>{head} طلبہ کے بلوں پر درج ہے؛ اسے ہٹایا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>{head} has amounts in the fee structures; remove those first.</source>
        <translation>فیس کے ڈھانچوں میں {head} کی رقمیں درج ہیں؛ پہلے انہیں ہٹائیں۔</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>آخری تاریخ</translation>
    </message>
    <message>
        <source>Choose how attendance is taken: once a day or every period.</source>
        <translation>چنیں کہ حاضری کیسے لی جائے: دن میں ایک بار یا ہر پیریڈ میں۔</translation>
    </message>
    <message>
        <source>number of periods a day</source>
        <translation>روزانہ پیریڈوں کی تعداد</translation>
    </message>
    <message>
        <source>number of days a roll call can still be changed</source>
        <translation>دنوں کی تعداد جن میں حاضری ابھی بدلی جا سکتی ہے</translation>
    </message>
    <message>
        <source>chronic-absence threshold</source>
        <translation>مستقل غیر حاضری کی حد</translation>
    </message>
    <message>
        <source>The {what} is a whole number from {low} to {high}.</source>
        <translation>{what} {low} سے {high} تک کا پورا عدد ہے۔</translation>
    </message>
    <message>
        <source>Weekend days are days of the week.</source>
        <translation>ہفتہ وار تعطیل کے دن ہفتے کے دن ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>A school needs at least one day of the week that is not a weekend day.</source>
        <translation>اسکول کو ہفتے میں کم از کم ایک ایسا دن چاہیے جو تعطیل کا دن نہ ہو۔</translation>
    </message>
    <message>
        <source>Choose a holiday or a closed day.</source>
        <translation>چھٹی یا بندش کا دن چنیں۔</translation>
    </message>
    <message>
        <source>holiday&apos;s name</source>
        <translation>چھٹی کا نام</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>آخری دن پہلے دن سے پہلے آتا ہے۔</translation>
    </message>
    <message>
        <source>At most {n} days can be added at once.</source>
        <translation>ایک وقت میں زیادہ سے زیادہ {n} دن شامل کیے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Those days are all weekend days: there is no school then anyway.</source>
        <translation>یہ سب ہفتہ وار تعطیل کے دن ہیں: ان دنوں ویسے بھی اسکول نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>{day} is already in the calendar; remove it first, or choose other days.</source>
        <translation>{day} پہلے ہی کیلنڈر میں ہے؛ پہلے اسے ہٹائیں، یا دوسرے دن چنیں۔</translation>
    </message>
</context>
</TS>
