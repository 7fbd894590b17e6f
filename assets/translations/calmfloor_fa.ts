<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>BodyDiagramWidget</name>
    <message>
        <source>Front</source>
        <translation>جلو</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>پشت</translation>
    </message>
    <message>
        <source>Body diagram</source>
        <translation>تصویر بدن</translation>
    </message>
    <message>
        <source>Now: %1, left side.</source>
        <translation>اکنون: %1، سمت چپ.</translation>
    </message>
    <message>
        <source>Now: %1, right side.</source>
        <translation>اکنون: %1، سمت راست.</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>اکنون: %1.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>انجام شد: %1.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>رد شد: %1.</translation>
    </message>
    <message>
        <source>No muscle group is lit yet.</source>
        <translation>هنوز هیچ گروه عضلانی مشخص نشده است.</translation>
    </message>
</context>
<context>
    <name>BreathingRunPane</name>
    <message>
        <source>Breathing phase</source>
        <translation>مرحله تنفس</translation>
    </message>
    <message>
        <source>Seconds left in this phase</source>
        <translation>ثانیه‌های باقی‌مانده از این مرحله</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>پیشرفت جلسه</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>کلید فاصله</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>کلید Esc</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>Breath %1 of %2 · %3 left</source>
        <translation>نفس %1 از %2، %3 مانده</translation>
    </message>
    <message>
        <source>%1 breaths a minute</source>
        <translation>%1 نفس در دقیقه</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>حدود %Ln دقیقه مانده</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreathingSetupPane</name>
    <message>
        <source>Paced breathing</source>
        <translation>تنفس با ریتم</translation>
    </message>
    <message>
        <source>If you feel dizzy or tingly, you are breathing too hard: breathe normally or stop. Holds are optional; never strain to hold your breath.</source>
        <translation>اگر سرگیجه یا گزگز دارید، یعنی بیش از حد تند نفس می‌کشید: عادی نفس بکشید یا تمرین را متوقف کنید. نگه‌داشتن نفس اختیاری است؛ هرگز برای نگه‌داشتن نفس به خودتان فشار نیاورید.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>شروع تنفس</translation>
    </message>
    <message>
        <source>Space starts, pauses and resumes</source>
        <translation>کلید فاصله: شروع، مکث و ادامه</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>الگو</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>الگوی تنفس</translation>
    </message>
    <message>
        <source>&amp;New pattern…</source>
        <translation>&amp;الگوی جدید…</translation>
    </message>
    <message>
        <source>New pattern</source>
        <translation>الگوی جدید</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>Edit pattern</source>
        <translation>ویرایش الگو</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete pattern</source>
        <translation>حذف الگو</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>نفس</translation>
    </message>
    <message>
        <source>Measure length in</source>
        <translation>سنجش مدت بر حسب</translation>
    </message>
    <message>
        <source>Measure &amp;in</source>
        <translation>&amp;سنجش بر حسب</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Session length in minutes</source>
        <translation>مدت جلسه به دقیقه</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> نفس</translation>
    </message>
    <message>
        <source>Session length in breaths</source>
        <translation>مدت جلسه به تعداد نفس</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;مدت</translation>
    </message>
    <message>
        <source>Start faster and slow down &amp;gradually</source>
        <translation>شروع تندتر و آهسته شدن &amp;تدریجی</translation>
    </message>
    <message>
        <source> breaths a minute</source>
        <translation> نفس در دقیقه</translation>
    </message>
    <message>
        <source>Starting pace in breaths a minute</source>
        <translation>ریتم آغاز، به تعداد نفس در دقیقه</translation>
    </message>
    <message>
        <source>Slow down over minutes</source>
        <translation>مدت آهسته شدن به دقیقه</translation>
    </message>
    <message>
        <source>Start &amp;at</source>
        <translation>&amp;شروع با</translation>
    </message>
    <message>
        <source>Slow down &amp;over</source>
        <translation>آهسته شدن در &amp;طول</translation>
    </message>
    <message>
        <source>Breathing setup</source>
        <translation>تنظیم جلسه تنفس</translation>
    </message>
    <message>
        <source>In %1 s</source>
        <translation>دم %1 ثانیه</translation>
    </message>
    <message>
        <source>hold %1 s</source>
        <translation>نگه‌داشتن %1 ثانیه</translation>
    </message>
    <message>
        <source>out %1 s</source>
        <translation>بازدم %1 ثانیه</translation>
    </message>
    <message>
        <source>%1 breaths a minute</source>
        <translation>%1 نفس در دقیقه</translation>
    </message>
</context>
<context>
    <name>BreathingView</name>
    <message>
        <source>Paced breathing</source>
        <translation>تنفس با ریتم</translation>
    </message>
    <message>
        <source>Take a moment before you get up, and stand slowly.</source>
        <translation>پیش از برخاستن کمی بمانید و آهسته بلند شوید.</translation>
    </message>
    <message>
        <source>Breathing session finished</source>
        <translation>جلسه تنفس تمام شد</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>عالی بود</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>جلسه متوقف شد</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s) in %1</source>
        <translation>
            <numerusform>%Ln نفس در %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop breathing?</source>
        <translation>تمرین تنفس متوقف شود؟</translation>
    </message>
    <message>
        <source>A session is running. Stop it and close calmfloor? It will be saved.</source>
        <translation>جلسه‌ای در جریان است. آن را متوقف می‌کنید و برنامه calmfloor را می‌بندید؟ جلسه ذخیره می‌شود.</translation>
    </message>
</context>
<context>
    <name>CalendarHeatMap</name>
    <message>
        <source>Practice calendar</source>
        <translation>تقویم تمرین</translation>
    </message>
    <message>
        <source>no practice</source>
        <translation>بدون تمرین</translation>
    </message>
    <message numerus="yes">
        <source>Practised on %1 of the last %n day(s).</source>
        <translation>
            <numerusform>در %1 روز از %Ln روز گذشته تمرین کرده‌اید.</numerusform>
        </translation>
    </message>
    <message>
        <source>The most in one day: %1, on %2.</source>
        <translation>بیشترین تمرین در یک روز: %1، در %2.</translation>
    </message>
    <message numerus="yes">
        <source>Flares on %n day(s), marked with a ring.</source>
        <translation>
            <numerusform>تشدید درد در %Ln روز، با حلقه مشخص شده.</numerusform>
        </translation>
    </message>
    <message>
        <source>a flare (%1 of 10)</source>
        <translation>تشدید درد (%1 از 10)</translation>
    </message>
</context>
<context>
    <name>ConsistencyPane</name>
    <message>
        <source>Days a week I aim to practise</source>
        <translation>تعداد روزهایی از هفته که می‌خواهم تمرین کنم</translation>
    </message>
    <message>
        <source>Days a week I aim to &amp;practise:</source>
        <translation>هدف من، روزهای &amp;تمرین در هفته:</translation>
    </message>
    <message>
        <source>The last 26 weeks: the stronger the colour, the more minutes</source>
        <translation>۲۶ هفته گذشته: هرچه رنگ پررنگ‌تر، دقیقه‌های بیشتر</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%Ln روز پشت سر هم</numerusform>
        </translation>
    </message>
    <message>
        <source>A new streak starts with your next session</source>
        <translation>با جلسه بعدی، شمارش روزهای پشت سر هم از نو آغاز می‌شود</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s) this week</source>
        <translation>
            <numerusform>%1 از %Ln روز در این هفته</numerusform>
        </translation>
    </message>
    <message>
        <source>you reached your goal. Well done.</source>
        <translation>به هدفتان رسیدید. عالی است.</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Seconds left in this phase</source>
        <translation>ثانیه‌های باقی‌مانده از این مرحله</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sound is off: the audio library is missing on this computer. Follow the cues on screen.</source>
        <translation>صدا خاموش است: کتابخانه صوتی روی این رایانه نصب نیست. نشانه‌های روی صفحه را دنبال کنید.</translation>
    </message>
    <message>
        <source>Sound is off: no audio output was found. Follow the cues on screen.</source>
        <translation>صدا خاموش است: هیچ خروجی صدایی پیدا نشد. نشانه‌های روی صفحه را دنبال کنید.</translation>
    </message>
    <message>
        <source>Sound is off: a cue sound file is missing; reinstalling calmfloor should fix this. Follow the cues on screen.</source>
        <translation>صدا خاموش است: یکی از فایل‌های صدای راهنما پیدا نشد؛ نصب دوباره calmfloor باید مشکل را برطرف کند. نشانه‌های روی صفحه را دنبال کنید.</translation>
    </message>
    <message>
        <source>Sound is off: the cue sounds could not be played. Follow the cues on screen.</source>
        <translation>صدا خاموش است: صداهای راهنما پخش نشدند. نشانه‌های روی صفحه را دنبال کنید.</translation>
    </message>
</context>
<context>
    <name>DurationWords</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%Ln دقیقه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%Ln ثانیه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln دقیقه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%Ln ساعت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlareDialog</name>
    <message>
        <source>Flare plan</source>
        <translation>برنامهٔ تشدید درد</translation>
    </message>
    <message>
        <source>Go gently. Do these in order, as far as they help; stop anything that raises the pain. Every heat-pack rule still applies.</source>
        <translation>آرام پیش بروید. این‌ها را به ترتیب انجام دهید، تا جایی که کمک می‌کنند؛ هر چیزی که درد را بیشتر می‌کند متوقف کنید. همهٔ قواعد کیسهٔ گرم همچنان برقرار است.</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>When to call the clinic: %1</source>
        <translation>چه وقت با درمانگاه تماس بگیرید: %1</translation>
    </message>
    <message>
        <source>Call your clinic or doctor if the pain is severe, keeps rising, or comes with fever, numbness or trouble passing water.</source>
        <translation>اگر درد شدید است، مدام بیشتر می‌شود یا همراه با تب، بی‌حسی یا مشکل در ادرار کردن است، با درمانگاه یا پزشک خود تماس بگیرید.</translation>
    </message>
    <message>
        <source>Note this flare</source>
        <translation>ثبت این تشدید درد</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>بدترین</translation>
    </message>
    <message>
        <source>What may have set it off (optional)</source>
        <translation>چه چیزی ممکن است باعث آن شده باشد (اختیاری)</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>عامل</translation>
    </message>
    <message>
        <source>Save to the flare log</source>
        <translation>ذخیره در فهرست تشدید درد</translation>
    </message>
    <message>
        <source>The flare could not be saved just now.</source>
        <translation>این تشدید درد الان ذخیره نشد.</translation>
    </message>
    <message>
        <source>Saved to your flare log.</source>
        <translation>در فهرست تشدید درد ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>HeatAlarmBanner</name>
    <message>
        <source>Time&apos;s up: take the heat pack off now</source>
        <translation>وقت تمام است: اکنون کیسه آب گرم را بردارید</translation>
    </message>
    <message>
        <source>The sound repeats until you press the button.</source>
        <translation>تا دکمه را نزنید، این صدا تکرار می‌شود.</translation>
    </message>
    <message>
        <source>I&apos;ve removed the pack</source>
        <translation>کیسه را برداشتم</translation>
    </message>
    <message>
        <source>Stops the alarm and ends the heat session</source>
        <translation>هشدار را قطع می‌کند و جلسه گرما را به پایان می‌رساند</translation>
    </message>
    <message>
        <source>Heat pack alarm</source>
        <translation>هشدار کیسه آب گرم</translation>
    </message>
</context>
<context>
    <name>HeatAreaChoice</name>
    <message>
        <source>Where will the pack go?</source>
        <translation>کیسه را کجا می‌گذارید؟</translation>
    </message>
    <message>
        <source>Where the heat pack goes</source>
        <translation>جای کیسه آب گرم</translation>
    </message>
</context>
<context>
    <name>HeatChecklist</name>
    <message>
        <source>Before you use heat</source>
        <translation>پیش از استفاده از گرما</translation>
    </message>
    <message>
        <source>Ask your doctor or physiotherapist before using heat if:</source>
        <translation>پیش از استفاده از گرما با پزشک یا فیزیوتراپ خود مشورت کنید، اگر:</translation>
    </message>
    <message>
        <source>some areas feel numb, or you have nerve damage (for example from diabetes)</source>
        <translation>بخش‌هایی از بدنتان بی‌حس است یا آسیب عصبی دارید (برای مثال به‌خاطر دیابت)</translation>
    </message>
    <message>
        <source>the skin there is broken, or has had radiotherapy recently</source>
        <translation>پوست آن ناحیه زخم است یا به‌تازگی پرتودرمانی شده است</translation>
    </message>
    <message>
        <source>you have heart or circulation problems</source>
        <translation>مشکل قلبی یا مشکل گردش خون دارید</translation>
    </message>
    <message>
        <source>you have a fever or an infection</source>
        <translation>تب یا عفونت دارید</translation>
    </message>
    <message>
        <source>you are pregnant (do not put heat on your belly)</source>
        <translation>باردار هستید (گرما را روی شکم نگذارید)</translation>
    </message>
    <message>
        <source>the area has a fresh injury, such as a new sprain or bruise</source>
        <translation>آن ناحیه آسیب تازه دارد، مثل پیچ‌خوردگی یا کبودی تازه</translation>
    </message>
    <message>
        <source>you find instructions like these hard to follow</source>
        <translation>دنبال کردن دستورهایی مثل این‌ها برایتان دشوار است</translation>
    </message>
    <message>
        <source>I&apos;ve read this: none of these apply to me, or my clinician said heat is fine</source>
        <translation>این را خواندم: هیچ‌کدام درباره من صدق نمی‌کند، یا درمانگرم گفته است که گرما اشکالی ندارد</translation>
    </message>
    <message>
        <source>When to ask a clinician first</source>
        <translation>چه وقت اول از درمانگر بپرسید</translation>
    </message>
    <message>
        <source>Show when to ask a clinician before using heat</source>
        <translation>نشان دادن مواردی که پیش از استفاده از گرما باید از درمانگر بپرسید</translation>
    </message>
</context>
<context>
    <name>HeatDonePane</name>
    <message>
        <source>Skin red or blistered?</source>
        <translation>پوست قرمز شده یا تاول زده؟</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمام</translation>
    </message>
    <message>
        <source>Done, back to the heat pack setup</source>
        <translation>تمام، بازگشت به تنظیم کیسه آب گرم</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>وقت تمام است</translation>
    </message>
    <message>
        <source>Take the heat pack off now.</source>
        <translation>اکنون کیسه آب گرم را بردارید.</translation>
    </message>
    <message>
        <source>Then press “I&apos;ve removed the pack” at the top of the window.</source>
        <translation>سپس دکمه «کیسه را برداشتم» را در بالای پنجره بزنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of heat</source>
        <translation>
            <numerusform>%Ln دقیقه گرما</numerusform>
        </translation>
    </message>
    <message>
        <source>Less than a minute of heat</source>
        <translation>کمتر از یک دقیقه گرما</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n skin check(s)</source>
        <translation>
            <numerusform>%1 از %Ln بررسی پوست</numerusform>
        </translation>
    </message>
    <message>
        <source>Well done: the pack is off</source>
        <translation>عالی بود: کیسه برداشته شد</translation>
    </message>
    <message>
        <source>The pack is off</source>
        <translation>کیسه برداشته شد</translation>
    </message>
    <message>
        <source>Let your skin rest. Wait at least 2 hours before you use heat on this area again.</source>
        <translation>بگذارید پوستتان استراحت کند. دست‌کم ۲ ساعت صبر کنید و بعد دوباره روی این ناحیه گرما بگذارید.</translation>
    </message>
    <message>
        <source>This session could not be saved to your history.</source>
        <translation>این جلسه در تاریخچه شما ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>HeatNotifier</name>
    <message>
        <source>Heat pack: time&apos;s up</source>
        <translation>کیسه آب گرم: وقت تمام است</translation>
    </message>
    <message>
        <source>Take the heat pack off now.</source>
        <translation>اکنون کیسه آب گرم را بردارید.</translation>
    </message>
    <message>
        <source>Heat pack: check your skin</source>
        <translation>کیسه آب گرم: پوستتان را بررسی کنید</translation>
    </message>
    <message>
        <source>Lift the pack and look. Red patches, blisters or burning? Take it off.</source>
        <translation>کیسه را بلند کنید و نگاه کنید. قرمزی، تاول یا سوزش؟ کیسه را بردارید.</translation>
    </message>
</context>
<context>
    <name>HeatRunningPane</name>
    <message>
        <source>Heat pack on</source>
        <translation>کیسه آب گرم روی بدن</translation>
    </message>
    <message>
        <source>Heat time left</source>
        <translation>زمان باقی‌مانده گرما</translation>
    </message>
    <message>
        <source>Next skin check</source>
        <translation>بررسی بعدی پوست</translation>
    </message>
    <message>
        <source>Pause (pack off)</source>
        <translation>مکث (کیسه برداشته شد)</translation>
    </message>
    <message>
        <source>I&apos;ve removed the pack</source>
        <translation>کیسه را برداشتم</translation>
    </message>
    <message>
        <source>Ends the heat session now</source>
        <translation>جلسه گرما را همین حالا به پایان می‌رساند</translation>
    </message>
    <message>
        <source>Time to check your skin: lift the pack and look. Red patches, blisters or burning? Take it off.</source>
        <translation>وقت بررسی پوست است: کیسه را بلند کنید و نگاه کنید. قرمزی، تاول یا سوزش؟ کیسه را بردارید.</translation>
    </message>
    <message>
        <source>Skin looks fine</source>
        <translation>پوستم سالم است</translation>
    </message>
    <message>
        <source>I checked my skin under the pack</source>
        <translation>پوست زیر کیسه را بررسی کردم</translation>
    </message>
    <message>
        <source>Resume (pack back on)</source>
        <translation>ادامه (کیسه دوباره روی بدن)</translation>
    </message>
    <message>
        <source>Paused: the pack is off. Time stops until you resume.</source>
        <translation>در مکث: کیسه برداشته شده است. تا ادامه ندهید، زمان می‌ایستد.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>Ends at %1</source>
        <translation>پایان در ساعت %1</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>حدود %Ln دقیقه مانده</numerusform>
        </translation>
    </message>
    <message>
        <source>Next skin check in %1</source>
        <translation>بررسی بعدی پوست: %1 دیگر</translation>
    </message>
    <message numerus="yes">
        <source>In about %n minute(s)</source>
        <translation>
            <numerusform>حدود %Ln دقیقه دیگر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatSafetyPanel</name>
    <message>
        <source>While the pack is on</source>
        <translation>تا وقتی کیسه روی بدن است</translation>
    </message>
    <message>
        <source>Wrap the pack in a cloth: never on bare skin.</source>
        <translation>کیسه را در پارچه بپیچید: هرگز مستقیم روی پوست نگذارید.</translation>
    </message>
    <message>
        <source>Don&apos;t lie on the pack.</source>
        <translation>روی کیسه دراز نکشید.</translation>
    </message>
    <message>
        <source>Don&apos;t fall asleep with it on.</source>
        <translation>مراقب باشید با کیسه روی بدن خوابتان نبرد.</translation>
    </message>
    <message>
        <source>Check your skin now and then.</source>
        <translation>هر از گاهی پوستتان را بررسی کنید.</translation>
    </message>
    <message>
        <source>Skin red or blistered?</source>
        <translation>پوست قرمز شده یا تاول زده؟</translation>
    </message>
</context>
<context>
    <name>HeatSetupPane</name>
    <message>
        <source>Heat pack</source>
        <translation>کیسه آب گرم</translation>
    </message>
    <message>
        <source>Warmth can ease tight muscles. The timer keeps counting while you use the rest of calmfloor, and tells you when to take the pack off.</source>
        <translation>گرما می‌تواند به نرم شدن عضلات سفت کمک کند. زمان‌سنج در حالی که از بخش‌های دیگر calmfloor استفاده می‌کنید به شمارش ادامه می‌دهد و به شما می‌گوید چه وقت کیسه را بردارید.</translation>
    </message>
    <message>
        <source>Start the heat timer</source>
        <translation>شروع زمان‌سنج گرما</translation>
    </message>
    <message>
        <source>Put the wrapped pack on, then start</source>
        <translation>کیسه پیچیده در پارچه را بگذارید، سپس شروع کنید</translation>
    </message>
    <message>
        <source>Time and skin checks</source>
        <translation>زمان و بررسی پوست</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Heat time in minutes</source>
        <translation>مدت گرما به دقیقه</translation>
    </message>
    <message>
        <source>Never more than %1 minutes on one area.</source>
        <translation>هرگز بیش از %1 دقیقه روی یک ناحیه نگذارید.</translation>
    </message>
    <message>
        <source>Heat &amp;time</source>
        <translation>&amp;مدت گرما</translation>
    </message>
    <message>
        <source>Remind me to &amp;check my skin</source>
        <translation>یادآوری برای &amp;بررسی پوست</translation>
    </message>
    <message>
        <source>Check my skin every, in minutes</source>
        <translation>فاصله بررسی پوست، به دقیقه</translation>
    </message>
    <message>
        <source>Check &amp;every</source>
        <translation>بررسی &amp;هر</translation>
    </message>
    <message>
        <source>Some of these are managed by your clinic.</source>
        <translation>برخی از این تنظیمات را کلینیک شما تعیین کرده است.</translation>
    </message>
    <message>
        <source>No reminders: lift the pack and look at your skin now and then.</source>
        <translation>بدون یادآوری: هر از گاهی کیسه را بلند کنید و به پوستتان نگاه کنید.</translation>
    </message>
    <message>
        <source>No reminder falls within this time: look at your skin when you take the pack off.</source>
        <translation>در این مدت یادآوری‌ای نمی‌آید: وقتی کیسه را برمی‌دارید به پوستتان نگاه کنید.</translation>
    </message>
    <message numerus="yes">
        <source>You will be reminded %n time(s).</source>
        <translation>
            <numerusform>%Ln بار به شما یادآوری می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please read the list above and confirm it first.</source>
        <translation>لطفاً اول فهرست بالا را بخوانید و آن را تأیید کنید.</translation>
    </message>
    <message>
        <source>Choose where the pack will go.</source>
        <translation>جای کیسه را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>HeatSkinHelp</name>
    <message>
        <source>If your skin is red, blistered or burning</source>
        <translation>اگر پوستتان قرمز شده، تاول زده یا می‌سوزد</translation>
    </message>
    <message>
        <source>Take the pack off.</source>
        <translation>کیسه را بردارید.</translation>
    </message>
    <message>
        <source>Cool the skin under cool running water for 20 minutes.</source>
        <translation>پوست را ۲۰ دقیقه زیر آب روان خنک نگه دارید.</translation>
    </message>
    <message>
        <source>Don&apos;t use ice.</source>
        <translation>یخ نگذارید.</translation>
    </message>
    <message>
        <source>Get medical care for blisters, or if the burn is large or very painful.</source>
        <translation>برای تاول، یا اگر سوختگی بزرگ یا بسیار دردناک است، به پزشک مراجعه کنید.</translation>
    </message>
    <message>
        <source>Don&apos;t use heat there again until the skin has healed.</source>
        <translation>تا پوست آن ناحیه خوب نشده است، دوباره آنجا گرما نگذارید.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Close the skin advice</source>
        <translation>بستن راهنمای پوست</translation>
    </message>
</context>
<context>
    <name>HeatStatusChip</name>
    <message>
        <source>Heat time left</source>
        <translation>زمان باقی‌مانده گرما</translation>
    </message>
    <message>
        <source>Heat pack timer</source>
        <translation>زمان‌سنج کیسه آب گرم</translation>
    </message>
    <message>
        <source>Heat %1</source>
        <translation>گرما %1</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>وقت تمام است</translation>
    </message>
    <message>
        <source>Take the pack off</source>
        <translation>کیسه را بردارید</translation>
    </message>
    <message>
        <source>Heat paused</source>
        <translation>گرما در مکث</translation>
    </message>
    <message>
        <source>Check your skin</source>
        <translation>بررسی پوست</translation>
    </message>
    <message>
        <source>Time&apos;s up: take the heat pack off now.</source>
        <translation>وقت تمام است: اکنون کیسه آب گرم را بردارید.</translation>
    </message>
    <message>
        <source>Paused. %1.</source>
        <translation>در مکث. %1.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>حدود %Ln دقیقه مانده</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to check your skin.</source>
        <translation>وقت بررسی پوست است.</translation>
    </message>
</context>
<context>
    <name>HeatView</name>
    <message>
        <source>Heat pack</source>
        <translation>کیسه آب گرم</translation>
    </message>
    <message>
        <source>Heat pack setup</source>
        <translation>تنظیم کیسه آب گرم</translation>
    </message>
    <message>
        <source>Heat pack in use</source>
        <translation>کیسه آب گرم در حال استفاده</translation>
    </message>
    <message>
        <source>Heat pack session finished</source>
        <translation>جلسه کیسه آب گرم تمام شد</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 و %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%Ln ساعت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%Ln دقیقه</numerusform>
        </translation>
    </message>
    <message>
        <source>Your last heat session on this area ended just now.</source>
        <translation>آخرین جلسه گرمای شما روی این ناحیه همین الان تمام شد.</translation>
    </message>
    <message>
        <source>Your last heat session on this area ended %1 ago.</source>
        <translation>آخرین جلسه گرمای شما روی این ناحیه %1 پیش تمام شد.</translation>
    </message>
    <message>
        <source>Leave at least 2 hours between sessions so your skin can recover.</source>
        <translation>بین جلسه‌ها دست‌کم ۲ ساعت فاصله بگذارید تا پوستتان فرصت بهبود داشته باشد.</translation>
    </message>
    <message numerus="yes">
        <source>You have already had %n heat session(s) on this area today.</source>
        <translation>
            <numerusform>امروز تا این لحظه %Ln جلسه گرما روی این ناحیه داشته‌اید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to 3 a day is usual.</source>
        <translation>روزی تا ۳ بار معمول است.</translation>
    </message>
    <message>
        <source>Heat on this area again?</source>
        <translation>دوباره روی این ناحیه گرما می‌گذارید؟</translation>
    </message>
    <message>
        <source>%1: give your skin a rest?</source>
        <translation>%1: بهتر نیست به پوستتان استراحت بدهید؟</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>با این حال شروع شود</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>الان نه</translation>
    </message>
    <message>
        <source>Close calmfloor?</source>
        <translation>برنامه calmfloor بسته شود؟</translation>
    </message>
    <message>
        <source>The heat timer stops when calmfloor closes.</source>
        <translation>با بستن calmfloor، زمان‌سنج گرما متوقف می‌شود.</translation>
    </message>
    <message>
        <source>Take the heat pack off before you close calmfloor, so it cannot stay on too long.</source>
        <translation>پیش از بستن calmfloor کیسه آب گرم را بردارید تا بیش از اندازه روی بدن نماند.</translation>
    </message>
    <message>
        <source>I&apos;ve removed the pack, close</source>
        <translation>کیسه را برداشتم، ببند</translation>
    </message>
    <message>
        <source>Keep calmfloor open</source>
        <translation>برنامه باز بماند</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>under a minute</source>
        <translation>کمتر از یک دقیقه</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours, then minutes</comment>
        <translation>%1 و %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Charts and sessions</source>
        <translation>نمودارها و جلسه‌ها</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>تمرین</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>علائم</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>پیوستگی</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>History is not available this time. Your sessions are not being recorded.</source>
        <translation>تاریخچه این بار در دسترس نیست. جلسه‌های شما ثبت نمی‌شوند.</translation>
    </message>
    <message>
        <source>History is open read-only: sessions can be viewed but not deleted.</source>
        <translation>تاریخچه فقط‌خواندنی باز شده است: جلسه‌ها را می‌توان دید، ولی نمی‌توان حذف کرد.</translation>
    </message>
    <message numerus="yes">
        <source>Not shown: %n session(s) in your history that could not be read; each stays untouched in the file.</source>
        <translation>
            <numerusform>نمایش داده نشد: %Ln جلسه در تاریخچه شما که خوانده نشد؛ هر کدام دست‌نخورده در فایل می‌ماند.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read just now. Try again later.</source>
        <translation>تاریخچه همین الان خوانده نشد. کمی بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>No sessions yet. Your practice will appear here.</source>
        <translation>هنوز جلسه‌ای ندارید. تمرین‌های شما اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>خلاصه: %1</translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <source>calmfloor</source>
        <translation>calmfloor</translation>
    </message>
    <message>
        <source>Finish and start over</source>
        <translation>پایان و شروع دوباره</translation>
    </message>
    <message>
        <source>Forgets everything and shows the welcome screen for the next person.</source>
        <translation>همه چیز را فراموش می‌کند و صفحه خوشامد را برای نفر بعدی نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>کارکنان</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>تمرین</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>خوش آمدید</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>The new language is used when this session ends.</source>
        <translation>زبان جدید پس از پایان این جلسه به کار می‌رود.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>calmfloor</source>
        <translation>calmfloor</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>بازگردانی از یک نسخهٔ پشتیبان…</translation>
    </message>
    <message numerus="yes">
        <source>calmfloor closed unexpectedly last time; %n session(s) saved as interrupted.</source>
        <translation>
            <numerusform>calmfloor دفعه قبل ناگهان بسته شد؛ %Ln جلسه با وضعیت «قطع‌شده» ذخیره شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish the session that is running first.</source>
        <translation>اول جلسه‌ای را که در جریان است تمام کنید.</translation>
    </message>
    <message>
        <source>There is no pattern called “%1”; the chosen one is used instead.</source>
        <translation>الگویی به نام «%1» وجود ندارد؛ به‌جای آن الگوی انتخاب‌شده به کار می‌رود.</translation>
    </message>
    <message>
        <source>There is no routine “%1” here; import it on this page first.</source>
        <translation>برنامهٔ تمرینی «%1» اینجا نیست؛ اول آن را در همین صفحه وارد کنید.</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>صفحهٔ %1</translation>
    </message>
    <message>
        <source>your settings</source>
        <translation>تنظیمات شما</translation>
    </message>
    <message>
        <source>your breathing patterns</source>
        <translation>الگوهای تنفس شما</translation>
    </message>
    <message>
        <source>Time for the heat pack. Press “Start the heat timer” when it is in place; the routine goes on when you come back to Relax.</source>
        <translation>وقت کیسه آب گرم است. وقتی کیسه سر جایش بود، «شروع زمان‌سنج گرما» را بزنید؛ وقتی به آرام‌سازی برگردید، برنامه ادامه پیدا می‌کند.</translation>
    </message>
    <message>
        <source>The routine suggests %1 minutes; on this computer a heat pack is timed for at most %2 minutes.</source>
        <translation>برنامه %1 دقیقه پیشنهاد می‌کند؛ روی این رایانه کیسه آب گرم حداکثر %2 دقیقه زمان‌بندی می‌شود.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Notices</source>
        <translation>اطلاعیه‌ها</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>بستن اطلاعیه</translation>
    </message>
</context>
<context>
    <name>PacerWidget</name>
    <message>
        <source>Breathing pacer</source>
        <translation>راهنمای ریتم تنفس</translation>
    </message>
    <message>
        <source>A circle that grows as you breathe in and shrinks as you breathe out.</source>
        <translation>دایره‌ای که با دم بزرگ و با بازدم کوچک می‌شود.</translation>
    </message>
</context>
<context>
    <name>PatternDialog</name>
    <message>
        <source>Edit breathing pattern</source>
        <translation>ویرایش الگوی تنفس</translation>
    </message>
    <message>
        <source>New breathing pattern</source>
        <translation>الگوی تنفس جدید</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>A name no other pattern uses.</source>
        <translation>نامی که الگوی دیگری ندارد.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <source>In</source>
        <translation>دم</translation>
    </message>
    <message>
        <source>Seconds breathing in.</source>
        <translation>ثانیه‌های دم.</translation>
    </message>
    <message>
        <source>Hold after in</source>
        <translation>نگه‌داشتن پس از دم</translation>
    </message>
    <message>
        <source>Seconds of rest with full lungs. Zero for none.</source>
        <translation>ثانیه‌های مکث با ریه‌های پر. اگر نمی‌خواهید، صفر.</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>بازدم</translation>
    </message>
    <message>
        <source>Seconds breathing out.</source>
        <translation>ثانیه‌های بازدم.</translation>
    </message>
    <message>
        <source>Hold after out</source>
        <translation>نگه‌داشتن پس از بازدم</translation>
    </message>
    <message>
        <source>Seconds of rest with empty lungs. Zero for none.</source>
        <translation>ثانیه‌های مکث با ریه‌های خالی. اگر نمی‌خواهید، صفر.</translation>
    </message>
    <message>
        <source>Holds are optional. Never strain to hold your breath.</source>
        <translation>نگه‌داشتن نفس اختیاری است. هرگز برای نگه‌داشتن نفس به خودتان فشار نیاورید.</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>کاربرد</translation>
    </message>
    <message>
        <source>Optional. One line to remind you what this pattern is for.</source>
        <translation>اختیاری. یک خط برای یادآوری اینکه این الگو برای چیست.</translation>
    </message>
    <message>
        <source>Words for the in-breath</source>
        <translation>کلمات برای دم</translation>
    </message>
    <message>
        <source>Optional. Shown, and read by screen readers, as each in-breath begins.</source>
        <translation>اختیاری. با شروع هر دم نمایش داده می‌شود و صفحه‌خوان آن را می‌خواند.</translation>
    </message>
    <message>
        <source>Words for the out-breath</source>
        <translation>کلمات برای بازدم</translation>
    </message>
    <message>
        <source>Optional. Shown, and read by screen readers, as each out-breath begins.</source>
        <translation>اختیاری. با شروع هر بازدم نمایش داده می‌شود و صفحه‌خوان آن را می‌خواند.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Save pattern</source>
        <translation>ذخیره الگو</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Give the pattern a name.</source>
        <translation>برای الگو یک نام بگذارید.</translation>
    </message>
    <message>
        <source>There is already a pattern called “%1”. Choose another name.</source>
        <translation>الگویی به نام «%1» از قبل وجود دارد. نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1: choose from %2 to %3 seconds.</source>
        <translation>%1: عددی از %2 تا %3 ثانیه انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, such as 4 or 4.5.</source>
        <translation>%1: ثانیه کامل یا نیم ثانیه وارد کنید، مثل ۴ یا ۴٫۵.</translation>
    </message>
    <message>
        <source>The pattern could not be saved. Try another name.</source>
        <translation>الگو ذخیره نشد. نام دیگری را امتحان کنید.</translation>
    </message>
    <message>
        <source>%1 breaths a minute · one breath lasts %2 s</source>
        <translation>%1 نفس در دقیقه، هر نفس %2 ثانیه طول می‌کشد</translation>
    </message>
    <message>
        <source>Delete pattern</source>
        <translation>حذف الگو</translation>
    </message>
    <message>
        <source>Delete the pattern “%1”? This cannot be undone.</source>
        <translation>الگوی «%1» حذف شود؟ این کار برگشت‌پذیر نیست.</translation>
    </message>
</context>
<context>
    <name>PelvisFigureWidget</name>
    <message>
        <source>Diaphragm and pelvic floor</source>
        <translation>دیافراگم و کف لگن</translation>
    </message>
    <message>
        <source>A side view of the body. Breathing in, the diaphragm and the pelvic floor both move down; breathing out, both gently rise again.</source>
        <translation>نمای کناری بدن. با دم، دیافراگم و کف لگن هر دو پایین می‌روند؛ با بازدم، هر دو به‌آرامی بالا برمی‌گردند.</translation>
    </message>
    <message>
        <source>Diaphragm</source>
        <translation>دیافراگم</translation>
    </message>
    <message>
        <source>Pelvic floor</source>
        <translation>کف لگن</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>رمز کارکنان</translation>
    </message>
    <message>
        <source>This kiosk has no staff PIN, so anyone can leave it. To protect it, set a staff PIN in the clinic policy.</source>
        <translation>این کیوسک رمز کارکنان ندارد، پس هر کسی می‌تواند از آن خارج شود. برای محافظت از آن، در فایل سیاست درمانگاه یک رمز کارکنان تعیین کنید.</translation>
    </message>
    <message>
        <source>This computer has no staff PIN set; ask your IT team.</source>
        <translation>برای این رایانه رمز کارکنان تعیین نشده است؛ از واحد فناوری اطلاعات بپرسید.</translation>
    </message>
    <message>
        <source>Enter the staff PIN to leave kiosk mode.</source>
        <translation>برای خروج از حالت کیوسک، رمز کارکنان را وارد کنید.</translation>
    </message>
    <message>
        <source>Digits only; the digits are hidden.</source>
        <translation>فقط رقم؛ رقم‌ها پنهان می‌مانند.</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>وضعیت رمز</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>خروج از کیوسک</translation>
    </message>
    <message>
        <source>Try again in %1 s</source>
        <translation>%1 ثانیه دیگر دوباره امتحان کنید</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>رمز نادرست است</translation>
    </message>
</context>
<context>
    <name>PracticeChart</name>
    <message>
        <source>Practice chart</source>
        <translation>نمودار تمرین</translation>
    </message>
    <message>
        <source>Minutes practised each week</source>
        <translation>دقیقه‌های تمرین در هر هفته</translation>
    </message>
    <message>
        <source>Minutes practised each day</source>
        <translation>دقیقه‌های تمرین در هر روز</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>هفته %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%Ln جلسه</numerusform>
        </translation>
    </message>
    <message>
        <source>No practice</source>
        <translation>بدون تمرین</translation>
    </message>
    <message>
        <source>Minutes practised each week, from the week of %1 to the week of %2.</source>
        <translation>دقیقه‌های تمرین در هر هفته، از هفته %1 تا هفته %2.</translation>
    </message>
    <message>
        <source>Minutes practised each day, from %1 to %2.</source>
        <translation>دقیقه‌های تمرین در هر روز، از %1 تا %2.</translation>
    </message>
    <message>
        <source>In all: %1.</source>
        <translation>روی‌هم: %1.</translation>
    </message>
    <message>
        <source>The most in one week: %1, the week of %2.</source>
        <translation>بیشترین تمرین در یک هفته: %1، در هفته %2.</translation>
    </message>
    <message>
        <source>The most in one day: %1, on %2.</source>
        <translation>بیشترین تمرین در یک روز: %1، در %2.</translation>
    </message>
</context>
<context>
    <name>ProgrammePane</name>
    <message>
        <source>Programme and flares</source>
        <translation>برنامه و تشدید درد</translation>
    </message>
    <message>
        <source>Nothing here for this period: no programme, flare, region skipped because it hurt, or heat-pack use. A physiotherapist&apos;s programme is imported on Today.</source>
        <translation>در این بازه چیزی اینجا نیست: نه برنامه‌ای، نه تشدید دردی، نه ناحیه‌ای که به‌دلیل درد رد شده باشد، نه استفاده از کیسهٔ گرم. برنامهٔ فیزیوتراپ در «امروز» وارد می‌شود.</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>Show the last 7 days</source>
        <translation>نمایش ۷ روز گذشته</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Show the last 30 days</source>
        <translation>نمایش ۳۰ روز گذشته</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>۳ ماه</translation>
    </message>
    <message>
        <source>Show the last 3 months</source>
        <translation>نمایش ۳ ماه گذشته</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Show the last year</source>
        <translation>نمایش یک سال گذشته</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Show all your history</source>
        <translation>نمایش همه تاریخچه شما</translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation>بازه نمایش</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>%1: %2 out of 10</source>
        <translation>%1: %2 از ۱۰</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>بدون نمره</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 از ۱۰</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>تنش</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>درد</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>آرام</translation>
    </message>
    <message>
        <source>none</source>
        <translation>بدون درد</translation>
    </message>
    <message>
        <source>very tense</source>
        <translation>خیلی پرتنش</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>بدترین</translation>
    </message>
</context>
<context>
    <name>RelaxDonePane</name>
    <message>
        <source>Sit for a moment before you stand up, and stand slowly.</source>
        <translation>پیش از برخاستن کمی بنشینید و آهسته بلند شوید.</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>برنامه تمام شد</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>عالی بود</translation>
    </message>
    <message>
        <source>Routine stopped</source>
        <translation>برنامه متوقف شد</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) in %2</source>
        <translation>
            <numerusform>%1 از %Ln گام در %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%Ln رد شده</numerusform>
        </translation>
    </message>
    <message>
        <source>Do this again in about an hour.</source>
        <translation>حدود یک ساعت دیگر دوباره این را انجام دهید.</translation>
    </message>
    <message>
        <source>Remind me again in an hour</source>
        <translation>یک ساعت دیگر دوباره یادآوری کن</translation>
    </message>
    <message>
        <source>Do this again in about %1 hours.</source>
        <translation>حدود %1 ساعت دیگر دوباره این را انجام دهید.</translation>
    </message>
    <message>
        <source>Remind me again in %1 hours</source>
        <translation>%1 ساعت دیگر دوباره یادآوری کن</translation>
    </message>
    <message>
        <source>I&apos;ll remind you at %1.</source>
        <translation>ساعت %1 به شما یادآوری می‌کنم.</translation>
    </message>
</context>
<context>
    <name>RelaxRunPane</name>
    <message>
        <source>Pause</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>کلید فاصله</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <source>Left arrow: start this step again, or go back one step</source>
        <translation>کلید پیکان راست: این گام را از نو شروع کنید، یا یک گام برگردید</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>رد کردن این گام</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>کلید پیکان چپ</translation>
    </message>
    <message>
        <source>Skip, this hurts</source>
        <translation>رد کن، درد دارد</translation>
    </message>
    <message>
        <source>Skip this step and note in your history that it hurt</source>
        <translation>این گام را رد کنید و در تاریخچه ثبت شود که درد داشت</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>توقف برنامه</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>کلید Esc</translation>
    </message>
    <message>
        <source>Routine in progress</source>
        <translation>برنامه در جریان</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>گام</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>زمان باقی‌مانده برنامه</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>گام %1 از %2</translation>
    </message>
    <message>
        <source>%1 left in this routine</source>
        <translation>%1 از این برنامه مانده</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>حدود %Ln دقیقه مانده</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelaxSetupPane</name>
    <message>
        <source>Muscle relaxation and stretches</source>
        <translation>آرام‌سازی عضلانی و کشش‌ها</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>پیش از شروع</translation>
    </message>
    <message>
        <source>Tense gently, about 70 % of your strength, and never into pain.</source>
        <translation>به‌آرامی و با حدود ۷۰٪ توانتان سفت کنید، هرگز تا حد درد.</translation>
    </message>
    <message>
        <source>Skip any area that hurts: every step has a “Skip, this hurts” button.</source>
        <translation>هر ناحیه‌ای را که درد دارد رد کنید: هر گام یک دکمه «رد کن، درد دارد» دارد.</translation>
    </message>
    <message>
        <source>Stop if the pain rises.</source>
        <translation>اگر درد بیشتر شد، تمرین را متوقف کنید.</translation>
    </message>
    <message>
        <source>When you finish, sit for a moment before you stand up.</source>
        <translation>وقتی تمام شد، پیش از بلند شدن کمی بنشینید.</translation>
    </message>
    <message>
        <source>With your eyes closed: two soft low bells mean get ready, two quick wooden notes tense, falling bells let go, a slow rising pair rest. The Down arrow skips a step that hurts. Settings has “Hear the sounds” and a voice that speaks the steps.</source>
        <translation>با چشمان بسته: دو زنگ آرام و بم یعنی آماده شوید، دو نوای چوبی سریع یعنی منقبض کنید، زنگ‌های پایین‌رونده یعنی رها کنید، دو نوای آرامِ بالارونده یعنی استراحت. کلید پیکان پایین مرحله‌ای را که درد دارد رد می‌کند. در تنظیمات «شنیدن صداها» و صدایی که مراحل را می‌گوید هست.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>متوجه شدم</translation>
    </message>
    <message>
        <source>I understand the caution</source>
        <translation>نکته‌های احتیاطی را متوجه شدم</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>برنامه‌ها</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>روش انجام</translation>
    </message>
    <message>
        <source>&amp;Let go without tensing first</source>
        <translation>فقط &amp;رها کردن، بدون سفت کردن</translation>
    </message>
    <message>
        <source>Every step skips the tensing and only lets go.</source>
        <translation>در هر گام، سفت کردن حذف می‌شود و فقط رها می‌کنید.</translation>
    </message>
    <message>
        <source>Managed by your clinic</source>
        <translation>تعیین‌شده توسط کلینیک شما</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>شروع برنامه</translation>
    </message>
    <message>
        <source>Space starts, pauses and resumes</source>
        <translation>کلید فاصله: شروع، مکث و ادامه</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;وارد کردن…</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>وارد کردن فایل برنامه</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Export this routine to a file</source>
        <translation>ذخیره این برنامه در یک فایل</translation>
    </message>
    <message>
        <source>Record my &amp;voice…</source>
        <translation>&amp;ضبط صدای من…</translation>
    </message>
    <message>
        <source>Record this routine&apos;s instructions in your own voice, step by step</source>
        <translation>دستورهای این برنامه را مرحله به مرحله با صدای خودتان ضبط کنید</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>انتخاب برنامه</translation>
    </message>
    <message>
        <source>Tensing the pelvic floor is switched on in Settings. Tense it only very gently, and switch it off again if it hurts.</source>
        <translation>سفت کردن کف لگن در تنظیمات روشن است. آن را فقط خیلی آرام سفت کنید، و اگر درد داشت دوباره خاموشش کنید.</translation>
    </message>
    <message>
        <source>On this computer, routines include gently tensing the pelvic floor. Tense it only very gently, and simply let go instead if it hurts.</source>
        <translation>روی این رایانه، برنامه‌ها شامل سفت کردن ملایم کف لگن هستند. آن را فقط خیلی آرام سفت کنید، و اگر درد داشت، به‌جای آن فقط رها کنید.</translation>
    </message>
    <message>
        <source>The pelvic floor only lets go here; it is never squeezed. A tight pelvic floor needs letting go, not more tension. Tensing it can be switched on in Settings, but only if your physiotherapist advises it.</source>
        <translation>اینجا کف لگن فقط رها می‌شود؛ هرگز منقبض نمی‌شود. کف لگنی که سفت است به رها شدن نیاز دارد، نه به تنش بیشتر. سفت کردن آن را می‌توان در تنظیمات روشن کرد، اما فقط اگر فیزیوتراپ شما توصیه کند.</translation>
    </message>
    <message>
        <source>The pelvic floor only lets go here; it is never squeezed. A tight pelvic floor needs letting go, not more tension.</source>
        <translation>اینجا کف لگن فقط رها می‌شود؛ هرگز منقبض نمی‌شود. کف لگنی که سفت است به رها شدن نیاز دارد، نه به تنش بیشتر.</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>پیش‌ساخته</translation>
    </message>
    <message>
        <source>From your clinic</source>
        <translation>از کلینیک شما</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>شخصی</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>No routine is available.</source>
        <translation>هیچ برنامه‌ای در دسترس نیست.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>حدود %Ln دقیقه</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1 · version %2</source>
        <translation>تهیه‌کننده: %1، نسخه %2</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>اول: %1</translation>
    </message>
</context>
<context>
    <name>RelaxView</name>
    <message>
        <source>Muscle relaxation and stretches</source>
        <translation>آرام‌سازی عضلانی و کشش‌ها</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation>برنامه متوقف شود؟</translation>
    </message>
    <message>
        <source>A routine is running. Stop it and close calmfloor? It will be saved.</source>
        <translation>برنامه‌ای در جریان است. آن را متوقف می‌کنید و calmfloor را می‌بندید؟ جلسه ذخیره می‌شود.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Start now</source>
        <translation>همین حالا شروع</translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation>۱۵ دقیقه دیگر</translation>
    </message>
    <message>
        <source>Remind me in 15 minutes</source>
        <translation>۱۵ دقیقه دیگر یادآوری کن</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Practice reminder</source>
        <translation>یادآوری تمرین</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>calmfloor</source>
        <translation>calmfloor</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <source>Import a routine</source>
        <translation>وارد کردن برنامه</translation>
    </message>
    <message>
        <source>Routine files (*.toml);;All files (*)</source>
        <translation>فایل‌های برنامه (*.toml);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Replace your routine?</source>
        <translation>برنامه‌تان جایگزین شود؟</translation>
    </message>
    <message>
        <source>You already have “%1” (version %2). Replace it with version %3 from this file?</source>
        <translation>شما از قبل «%1» (نسخه %2) را دارید. با نسخه %3 از این فایل جایگزین شود؟</translation>
    </message>
    <message>
        <source>“%1” was added to your routines.</source>
        <translation>«%1» به برنامه‌های شما اضافه شد.</translation>
    </message>
    <message>
        <source>Routine not imported</source>
        <translation>برنامه وارد نشد</translation>
    </message>
    <message>
        <source>“%1” cannot be used, so nothing was copied. Please fix the following, or ask whoever wrote the file:</source>
        <translation>«%1» قابل استفاده نیست، برای همین چیزی کپی نشد. لطفاً موارد زیر را درست کنید، یا از کسی که فایل را نوشته است بپرسید:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details)</source>
        <translation>
            <numerusform>… و %Ln مورد دیگر (جزئیات را ببینید)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>خروجی گرفتن از برنامه</translation>
    </message>
    <message>
        <source>Routine files (*.toml)</source>
        <translation>فایل‌های برنامه (*.toml)</translation>
    </message>
    <message>
        <source>The routine could not be saved to %1.</source>
        <translation>برنامه در %1 ذخیره نشد.</translation>
    </message>
    <message>
        <source>“%1” was saved to %2.</source>
        <translation>«%1» در %2 ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>RoutineLibrary</name>
    <message>
        <source>A routine file could not be used: %1</source>
        <translation>یک فایل برنامه قابل استفاده نبود: %1</translation>
    </message>
    <message>
        <source>Your clinic does not offer this routine on this computer.</source>
        <translation>کلینیک شما این برنامه را روی این رایانه ارائه نمی‌کند.</translation>
    </message>
</context>
<context>
    <name>RoutineWords</name>
    <message>
        <source>%1, left side</source>
        <translation>%1، سمت چپ</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1، سمت راست</translation>
    </message>
    <message>
        <source>%1, both sides</source>
        <translation>%1، هر دو سمت</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>بعدی: %1</translation>
    </message>
    <message>
        <source>Gently, about half effort</source>
        <translation>به‌آرامی، با حدود نیمی از توان</translation>
    </message>
    <message>
        <source>Gently, never into pain</source>
        <translation>به‌آرامی، هرگز تا حد درد</translation>
    </message>
    <message>
        <source>A gentle stretch, never into pain</source>
        <translation>کششی ملایم، هرگز تا حد درد</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>دور %1 از %2</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>How do you feel right now? (optional)</source>
        <translation>همین حالا چه احساسی دارید؟ (اختیاری)</translation>
    </message>
    <message>
        <source>How do you feel now? (optional)</source>
        <translation>اکنون چه احساسی دارید؟ (اختیاری)</translation>
    </message>
    <message>
        <source>Save and finish</source>
        <translation>ذخیره و پایان</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>Skip the ratings</source>
        <translation>رد کردن نمره‌دهی</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمام</translation>
    </message>
    <message>
        <source>This session could not be saved to your history.</source>
        <translation>این جلسه در تاریخچه شما ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>تمرین</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Tension before → after</source>
        <translation>تنش قبل ← بعد</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>درد قبل ← بعد</translation>
    </message>
    <message>
        <source>Rated from 0 (none) to 10 (worst), before and after the session.</source>
        <translation>نمره از ۰ (بدون) تا ۱۰ (بدترین)، قبل و بعد از جلسه.</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>برنامه‌ریزی‌شده: %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>بدون نمره</translation>
    </message>
    <message>
        <source>%1 before, %2 after</source>
        <translation>قبل %1، بعد %2</translation>
    </message>
    <message>
        <source>Removed early</source>
        <translation>زودتر برداشته شد</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>کامل شد</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>زودتر متوقف شد</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>قطع‌شده</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در جریان</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%Ln نفس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n skin check(s)</source>
        <translation>
            <numerusform>%1 از %Ln بررسی پوست</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s)</source>
        <translation>
            <numerusform>%1 از %Ln گام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%Ln رد شده</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPane</name>
    <message>
        <source>Session history</source>
        <translation>تاریخچه جلسه‌ها</translation>
    </message>
    <message>
        <source>One row per session. Choose a column heading to sort by it.</source>
        <translation>هر ردیف یک جلسه است. برای مرتب کردن، عنوان یک ستون را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>حذف جلسه…</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>حذف جلسه</translation>
    </message>
    <message>
        <source>Deletes the selected session from the history, after asking you.</source>
        <translation>جلسه انتخاب‌شده را، پس از پرسیدن از شما، از تاریخچه حذف می‌کند.</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>حذف همه داده‌های من…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>حذف همه داده‌های من</translation>
    </message>
    <message>
        <source>Deletes every session and rating, after asking you. Settings are kept.</source>
        <translation>همه جلسه‌ها و نمره‌ها را، پس از پرسیدن از شما، حذف می‌کند. تنظیمات باقی می‌مانند.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>بازگردانی از یک نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>بازگردانی از یک نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Brings back your history as it was in one of the daily backups, after asking you. Your history as it is now is kept in a file beside it.</source>
        <translation>پس از پرسش از شما، تاریخچهٔ شما را همان‌گونه که در یکی از نسخه‌های پشتیبان روزانه بود بازمی‌گرداند. تاریخچهٔ کنونی شما در فایلی در کنار آن نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <source>Saves the sessions shown as a spreadsheet file.</source>
        <translation>جلسه‌های نمایش‌داده‌شده را در یک فایل صفحه‌گسترده ذخیره می‌کند.</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>گزارش PDF…</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>گزارش PDF</translation>
    </message>
    <message>
        <source>Saves a printable report of the time shown, for your physiotherapist.</source>
        <translation>گزارشی قابل چاپ از بازه نمایش‌داده‌شده را برای فیزیوتراپ شما ذخیره می‌کند.</translation>
    </message>
    <message>
        <source>Name on the report (optional)</source>
        <translation>نام در گزارش (اختیاری)</translation>
    </message>
    <message>
        <source>Name on the report</source>
        <translation>نام در گزارش</translation>
    </message>
    <message>
        <source>Printed at the top of the next PDF report only; calmfloor does not keep it.</source>
        <translation>فقط بالای گزارش PDF بعدی چاپ می‌شود؛ calmfloor آن را نگه نمی‌دارد.</translation>
    </message>
    <message>
        <source>History is open read-only, so nothing can be deleted.</source>
        <translation>تاریخچه فقط‌خواندنی باز شده است، پس چیزی حذف نمی‌شود.</translation>
    </message>
    <message>
        <source>Delete the session of %1 (%2)? This cannot be undone.</source>
        <translation>جلسه %1 (%2) حذف شود؟ این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Delete the session of %1? This cannot be undone.</source>
        <translation>جلسه %1 حذف شود؟ این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>The session could not be deleted. Nothing was changed.</source>
        <translation>جلسه حذف نشد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Delete every session and every rating in your history? This cannot be undone.

Your settings, breathing patterns and routines are kept.</source>
        <translation>همه جلسه‌ها و همه نمره‌های تاریخچه شما حذف شوند؟ این کار برگشت‌پذیر نیست.

تنظیمات، الگوهای تنفس و برنامه‌های شما حفظ می‌شوند.</translation>
    </message>
    <message>
        <source>Your history could not be deleted. Nothing was changed.</source>
        <translation>تاریخچه شما حذف نشد. چیزی تغییر نکرد.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s), ratings included. Your settings are kept.</source>
        <translation>
            <numerusform>%Ln جلسه، همراه با نمره‌ها، حذف شد. تنظیمات شما حفظ شده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup yet. calmfloor makes one on each day you use it and before every update of the history.</source>
        <translation>هنوز نسخهٔ پشتیبانی وجود ندارد. calmfloor در هر روزی که از آن استفاده می‌کنید و پیش از هر به‌روزرسانی تاریخچه یک نسخه می‌سازد.</translation>
    </message>
    <message>
        <source>Backup to bring back:</source>
        <translation>نسخهٔ پشتیبانی که بازگردانده شود:</translation>
    </message>
    <message>
        <source>Replace your history with the backup of %1? Your history as it is now is kept in a file beside it first.</source>
        <translation>تاریخچهٔ شما با نسخهٔ پشتیبان %1 جایگزین شود؟ تاریخچهٔ کنونی شما پیش از آن در فایلی در کنار آن نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>The backup could not be restored. Your history was not changed.</source>
        <translation>نسخهٔ پشتیبان بازگردانده نشد. تاریخچهٔ شما تغییری نکرد.</translation>
    </message>
    <message>
        <source>Restored the backup of %1. Your history as it was is kept as %2.</source>
        <translation>نسخهٔ پشتیبان %1 بازگردانده شد. تاریخچهٔ پیشین شما با نام %2 نگه داشته شده است.</translation>
    </message>
    <message>
        <source>%1, before an update</source>
        <translation>%1، پیش از یک به‌روزرسانی</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>فایل CSV</translation>
    </message>
    <message>
        <source>The history could not be read just now. Try again later.</source>
        <translation>تاریخچه همین الان خوانده نشد. کمی بعد دوباره امتحان کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n session(s) to %1.</source>
        <translation>
            <numerusform>%Ln جلسه در %1 ذخیره شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>گزارش</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>گزارش (%Ln صفحه) در %1 ذخیره شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Managed by your clinic</source>
        <translation>تعیین‌شده توسط کلینیک شما</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <source>Apply %1 (the window is rebuilt)</source>
        <translation>اعمال %1 (پنجره از نو ساخته می‌شود)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>داده‌ها</translation>
    </message>
    <message>
        <source>Everything calmfloor keeps stays on this computer, in these places:</source>
        <translation>هر چیزی که calmfloor نگه می‌دارد روی همین رایانه و در این مکان‌ها می‌ماند:</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>تاریخچه جلسه‌ها</translation>
    </message>
    <message>
        <source>Your breathing patterns</source>
        <translation>الگوهای تنفس شما</translation>
    </message>
    <message>
        <source>Your own routines</source>
        <translation>برنامه‌های خودتان</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Hear the sounds…</source>
        <translation>شنیدن صداها…</translation>
    </message>
    <message>
        <source>Plays each sound and says what it means</source>
        <translation>هر صدا را پخش می‌کند و می‌گوید چه معنایی دارد</translation>
    </message>
    <message>
        <source>Window position and size</source>
        <translation>موقعیت و اندازه پنجره</translation>
    </message>
    <message>
        <source>To delete your data, quit calmfloor, then delete these files or the folders that hold them.</source>
        <translation>برای پاک کردن داده‌هایتان، از calmfloor خارج شوید و سپس این فایل‌ها یا پوشه‌هایی را که آن‌ها را در خود دارند حذف کنید.</translation>
    </message>
</context>
<context>
    <name>SharedTray</name>
    <message>
        <source>calmfloor</source>
        <translation>calmfloor</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Everything in calmfloor can be done with these keys.</source>
        <translation>هر کاری در calmfloor را می‌توان با این کلیدها انجام داد.</translation>
    </message>
    <message>
        <source>List of keyboard shortcuts</source>
        <translation>فهرست میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Each line gives the keys, then what they do. Read it with the arrow keys.</source>
        <translation>هر خط ابتدا کلیدها و سپس کار آن‌ها را می‌گوید. آن را با کلیدهای جهت‌نما بخوانید.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>SoundLegendDialog</name>
    <message>
        <source>One bell: breathe in.</source>
        <translation>یک زنگ: دم.</translation>
    </message>
    <message>
        <source>Two lower bells: breathe out.</source>
        <translation>دو زنگ بم‌تر: بازدم.</translation>
    </message>
    <message>
        <source>A soft knock: hold the breath, gently.</source>
        <translation>یک ضربهٔ آرام: نفس را به‌آرامی نگه دارید.</translation>
    </message>
    <message>
        <source>Two soft low bells: get ready, the next muscle is coming.</source>
        <translation>دو زنگ آرام و بم: آماده شوید، عضلهٔ بعدی در راه است.</translation>
    </message>
    <message>
        <source>Two quick wooden notes: tense gently, never into pain.</source>
        <translation>دو نوای چوبی سریع: به‌آرامی منقبض کنید، هرگز تا حد درد.</translation>
    </message>
    <message>
        <source>Falling bells: let go.</source>
        <translation>زنگ‌های پایین‌رونده: رها کنید.</translation>
    </message>
    <message>
        <source>A slow rising pair: rest now.</source>
        <translation>دو نوای آرامِ بالارونده: اکنون استراحت کنید.</translation>
    </message>
    <message>
        <source>A slow chord: the session is over.</source>
        <translation>یک آکورد آرام: جلسه تمام شد.</translation>
    </message>
    <message>
        <source>One high bell: check the skin under the heat pack.</source>
        <translation>یک زنگ زیر: پوست زیر کیسهٔ گرم را بررسی کنید.</translation>
    </message>
    <message>
        <source>A rising call, twice: take the heat pack off now.</source>
        <translation>یک آوای بالارونده، دو بار: اکنون کیسهٔ گرم را بردارید.</translation>
    </message>
    <message>
        <source>Hear the sounds</source>
        <translation>شنیدن صداها</translation>
    </message>
    <message>
        <source>Each sound has one meaning, so you can follow with your eyes closed. Press a button to hear it.</source>
        <translation>هر صدا فقط یک معنا دارد تا بتوانید با چشمان بسته دنبال کنید. برای شنیدن، دکمه‌ای را بزنید.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>پخش</translation>
    </message>
    <message>
        <source>Play: %1</source>
        <translation>پخش: %1</translation>
    </message>
    <message>
        <source>Play all</source>
        <translation>پخش همه</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff</source>
        <translation>کارکنان</translation>
    </message>
    <message>
        <source>This computer is in kiosk mode.</source>
        <translation>این رایانه در حالت کیوسک است.</translation>
    </message>
    <message>
        <source>The clinic policy file has these problems:</source>
        <translation>فایل تنظیمات کلینیک این مشکلات را دارد:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>قفل‌شده</translation>
    </message>
    <message>
        <source>The clinic policy in force:</source>
        <translation>سیاست جاری درمانگاه:</translation>
    </message>
    <message>
        <source>Sessions started in kiosk mode, by day (anonymous counts):</source>
        <translation>جلسه‌های آغازشده در حالت کیوسک، به تفکیک روز (شمارش ناشناس):</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>خروج از کیوسک</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <source>on</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>default</source>
        <translation>پیش‌فرض</translation>
    </message>
    <message>
        <source>restrictive: the policy cannot be read</source>
        <translation>سخت‌گیرانه: سیاست خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>restrictive: see the problems</source>
        <translation>سخت‌گیرانه: مشکلات را ببینید</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (پیشنهادی)</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>تنفس</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation>آرام‌سازی</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>کشش‌ها</translation>
    </message>
    <message>
        <source>Heat pack</source>
        <translation>کیسهٔ گرم</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>هنوز جلسه‌ای نیست.</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <source>Over the last 7 days you practised on %n day(s), %1 in all.</source>
        <translation>
            <numerusform>در ۷ روز گذشته در %Ln روز تمرین کرده‌اید، روی‌هم %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last 30 days you practised on %n day(s), %1 in all.</source>
        <translation>
            <numerusform>در ۳۰ روز گذشته در %Ln روز تمرین کرده‌اید، روی‌هم %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last 3 months you practised on %n day(s), %1 in all.</source>
        <translation>
            <numerusform>در ۳ ماه گذشته در %Ln روز تمرین کرده‌اید، روی‌هم %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last year you practised on %n day(s), %1 in all.</source>
        <translation>
            <numerusform>در یک سال گذشته در %Ln روز تمرین کرده‌اید، روی‌هم %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since %2 you practised on %n day(s), %1 in all.</source>
        <translation>
            <numerusform>از %2 تاکنون در %Ln روز تمرین کرده‌اید، روی‌هم %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not practised in the last 7 days.</source>
        <translation>در ۷ روز گذشته تمرین نکرده‌اید.</translation>
    </message>
    <message>
        <source>You have not practised in the last 30 days.</source>
        <translation>در ۳۰ روز گذشته تمرین نکرده‌اید.</translation>
    </message>
    <message>
        <source>You have not practised in the last 3 months.</source>
        <translation>در ۳ ماه گذشته تمرین نکرده‌اید.</translation>
    </message>
    <message>
        <source>You have not practised in the last year.</source>
        <translation>در یک سال گذشته تمرین نکرده‌اید.</translation>
    </message>
    <message>
        <source>You have not practised yet.</source>
        <translation>هنوز تمرین نکرده‌اید.</translation>
    </message>
    <message numerus="yes">
        <source>Tension dropped on average %1 points per session (%n rated session(s)).</source>
        <translation>
            <numerusform>تنش به‌طور میانگین در هر جلسه %1 نمره کم شد (%Ln جلسه با نمره).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain dropped on average %1 points per session (%n rated session(s)).</source>
        <translation>
            <numerusform>درد به‌طور میانگین در هر جلسه %1 نمره کم شد (%Ln جلسه با نمره).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tension rose on average %1 points per session (%n rated session(s)).</source>
        <translation>
            <numerusform>تنش به‌طور میانگین در هر جلسه %1 نمره بیشتر شد (%Ln جلسه با نمره).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain rose on average %1 points per session (%n rated session(s)).</source>
        <translation>
            <numerusform>درد به‌طور میانگین در هر جلسه %1 نمره بیشتر شد (%Ln جلسه با نمره).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tension stayed about the same (%n rated session(s)).</source>
        <translation>
            <numerusform>تنش تقریباً بدون تغییر ماند (%Ln جلسه با نمره).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain stayed about the same (%n rated session(s)).</source>
        <translation>
            <numerusform>درد تقریباً بدون تغییر ماند (%Ln جلسه با نمره).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SymptomChart</name>
    <message>
        <source>Tension</source>
        <translation>تنش</translation>
    </message>
    <message>
        <source>Show tension ratings</source>
        <translation>نمایش نمره‌های تنش</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>درد</translation>
    </message>
    <message>
        <source>Shaded: a drop of 2 points or more (or 30 %), a change that matters</source>
        <translation>ناحیه سایه‌دار: کاهش ۲ نمره یا بیشتر (یا ۳۰٪)، تغییری که اهمیت دارد</translation>
    </message>
    <message>
        <source>%1 before (hollow) and after (filled) each session, 0 to 10</source>
        <translation>%1 قبل (توخالی) و بعد (توپر) از هر جلسه، ۰ تا ۱۰</translation>
    </message>
    <message>
        <source>Show pain ratings</source>
        <translation>نمایش نمره‌های درد</translation>
    </message>
    <message>
        <source>Symptom charts</source>
        <translation>نمودارهای علائم</translation>
    </message>
    <message>
        <source>Change in tension per session, and its average over the last %1 sessions</source>
        <translation>تغییر تنش در هر جلسه، و میانگین آن در %1 جلسه اخیر</translation>
    </message>
    <message>
        <source>Change in pain per session, and its average over the last %1 sessions</source>
        <translation>تغییر درد در هر جلسه، و میانگین آن در %1 جلسه اخیر</translation>
    </message>
    <message>
        <source>No session in this time was rated for tension both before and after. You can rate it at the start and end of a session.</source>
        <translation>در این بازه هیچ جلسه‌ای برای تنش هم قبل و هم بعد نمره نگرفته است. می‌توانید در شروع و پایان هر جلسه نمره بدهید.</translation>
    </message>
    <message>
        <source>No session in this time was rated for pain both before and after. You can rate it at the start and end of a session.</source>
        <translation>در این بازه هیچ جلسه‌ای برای درد هم قبل و هم بعد نمره نگرفته است. می‌توانید در شروع و پایان هر جلسه نمره بدهید.</translation>
    </message>
    <message>
        <source>%1 ratings chart</source>
        <translation>نمودار نمره‌های %1</translation>
    </message>
    <message>
        <source>Change per session chart</source>
        <translation>نمودار تغییر در هر جلسه</translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n rated session(s): on average %2 before and %3 after. Dropped by a change that matters: %4.</source>
        <translation>
            <numerusform>%1 در %Ln جلسه با نمره: به‌طور میانگین %2 قبل و %3 بعد. کاهشی که اهمیت دارد: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped by %1</source>
        <translation>%1 کاهش</translation>
    </message>
    <message>
        <source>rose by %1</source>
        <translation>%1 افزایش</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>بدون تغییر</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 after (%4)</source>
        <translation>%1: قبل %2، بعد %3 (%4)</translation>
    </message>
</context>
<context>
    <name>TimesEdit</name>
    <message>
        <source>Add a time</source>
        <translation>افزودن زمان</translation>
    </message>
    <message>
        <source>Reminder time %1 of %2</source>
        <translation>زمان یادآوری %1 از %2</translation>
    </message>
    <message>
        <source>Remove reminder time %1</source>
        <translation>حذف زمان یادآوری %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>That time is already on the list.</source>
        <translation>این زمان از قبل در فهرست هست.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Flare plan…</source>
        <translation>برنامهٔ تشدید درد…</translation>
    </message>
    <message>
        <source>What to do now in a flare, when to call the clinic, and the flare log</source>
        <translation>کارهایی که اکنون هنگام تشدید درد باید کرد، زمان تماس با درمانگاه، و فهرست تشدید درد</translation>
    </message>
    <message>
        <source>Import programme…</source>
        <translation>وارد کردن برنامه…</translation>
    </message>
    <message>
        <source>Loads a programme file from your physiotherapist; the old one stays in history</source>
        <translation>پروندهٔ برنامه را از فیزیوتراپ شما بارگذاری می‌کند؛ برنامهٔ قبلی در تاریخچه می‌ماند</translation>
    </message>
    <message>
        <source>Programmes from your clinic</source>
        <translation>برنامه‌های درمانگاه شما</translation>
    </message>
    <message>
        <source>No programme yet. When your physiotherapist gives you a programme file, import it here; Today then shows what it asks for each day.</source>
        <translation>هنوز برنامه‌ای نیست. وقتی فیزیوتراپ شما پروندهٔ برنامه‌ای داد، آن را اینجا وارد کنید؛ آن‌گاه «امروز» نشان می‌دهد هر روز چه خواسته شده است.</translation>
    </message>
    <message>
        <source>Your programme “%1” does not ask for anything today.</source>
        <translation>برنامهٔ شما «%1» امروز چیزی نخواسته است.</translation>
    </message>
    <message>
        <source>Everything asked for today is done. Well done.</source>
        <translation>همهٔ کارهای امروز انجام شد. آفرین.</translation>
    </message>
    <message>
        <source>Start: %1 (%2)</source>
        <translation>شروع: %1 (%2)</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>استفاده از «%1»</translation>
    </message>
    <message>
        <source>From %1, %2 to %3</source>
        <translation>از %1، %2 تا %3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the clinic&apos;s programme folder could not be used; please tell the clinic.</source>
        <translation>
            <numerusform>%Ln پرونده در پوشهٔ برنامه‌های درمانگاه قابل استفاده نبود؛ لطفاً به درمانگاه خبر دهید.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1، از %2</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>بازبینی بعدی: %1</translation>
    </message>
    <message>
        <source>next at %1</source>
        <translation>نوبت بعد ساعت %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>شروع %1</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderDialog</name>
    <message>
        <source>Record my voice</source>
        <translation>ضبط صدای من</translation>
    </message>
    <message>
        <source>Record my voice: %1</source>
        <translation>ضبط صدای من: %1</translation>
    </message>
    <message>
        <source>Read each step&apos;s words aloud, slowly and calmly: a little firmer for tensing, softer for letting go. Your patient hears your voice at each “Get ready”.</source>
        <translation>واژه‌های هر مرحله را آهسته و آرام بلند بخوانید: برای انقباض کمی محکم‌تر، برای رها کردن نرم‌تر. بیمار شما در هر «آماده شوید» صدای شما را می‌شنود.</translation>
    </message>
    <message>
        <source>Play back</source>
        <translation>پخش دوباره</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>مرحلهٔ قبل</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>مرحلهٔ بعد</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, then open this again.</source>
        <translation>میکروفونی پیدا نشد. یکی وصل کنید و سپس دوباره این را باز کنید.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>مرحلهٔ %1 از %2: %3</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>پایان ضبط</translation>
    </message>
    <message>
        <source>Re-take</source>
        <translation>ضبط دوباره</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ضبط</translation>
    </message>
    <message>
        <source>Recording… read the words above, then press Stop recording.</source>
        <translation>در حال ضبط… واژه‌های بالا را بخوانید، سپس «پایان ضبط» را بزنید.</translation>
    </message>
    <message>
        <source>Recorded. Play it back, or record it again with Re-take.</source>
        <translation>ضبط شد. آن را پخش کنید، یا با «ضبط دوباره» دوباره ضبط کنید.</translation>
    </message>
    <message>
        <source>Not recorded yet: the computer&apos;s voice reads this step.</source>
        <translation>هنوز ضبط نشده: صدای رایانه این مرحله را می‌خواند.</translation>
    </message>
    <message>
        <source>The recording could not be saved.</source>
        <translation>ضبط ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>This kiosk is not protected: no staff PIN is set, so anyone can leave it.</source>
        <translation>این کیوسک محافظت نشده است: رمز کارکنان تعیین نشده است، پس هر کسی می‌تواند از آن خارج شود.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>خوش آمدید</translation>
    </message>
    <message>
        <source>Take a few quiet minutes for yourself. Choose one to begin.</source>
        <translation>چند دقیقه آرام را به خودتان اختصاص دهید. برای شروع، یکی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Breathe %1 minutes</source>
        <translation>%1 دقیقه تنفس</translation>
    </message>
    <message>
        <source>Paced breathing; starts at once.</source>
        <translation>تنفس با ریتم؛ بی‌درنگ شروع می‌شود.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>تنفس</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>آرام‌سازی</translation>
    </message>
    <message>
        <source>A short guided muscle relaxation.</source>
        <translation>یک آرام‌سازی عضلانی کوتاه با راهنما.</translation>
    </message>
    <message>
        <source>Nothing you do here is kept. When you are done, the screen starts fresh for the next person.</source>
        <translation>هیچ‌چیز از کارهایی که اینجا انجام می‌دهید نگه داشته نمی‌شود. وقتی تمام شد، صفحه برای نفر بعدی از نو شروع می‌شود.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>کارکنان</translation>
    </message>
    <message>
        <source>For clinic staff: asks for the PIN.</source>
        <translation>برای کارکنان کلینیک: رمز را می‌پرسد.</translation>
    </message>
    <message>
        <source>Please use the headphones, so the sound does not disturb others.</source>
        <translation>لطفاً از هدفون استفاده کنید تا صدا مزاحم دیگران نشود.</translation>
    </message>
    <message>
        <source>Sound is on</source>
        <translation>صدا روشن است</translation>
    </message>
    <message>
        <source>Please use the headphones — sound is off unless you turn it on.</source>
        <translation>لطفاً از هدفون استفاده کنید — صدا خاموش است، مگر آنکه روشنش کنید.</translation>
    </message>
    <message>
        <source>Sound is off</source>
        <translation>صدا خاموش است</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>صدا</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The clinic settings file has problems; please tell your IT team.</source>
        <translation>فایل تنظیمات کلینیک مشکل دارد؛ لطفاً به واحد فناوری اطلاعات خبر دهید.</translation>
    </message>
    <message>
        <source>There is no pattern called “%1”; the chosen one is used instead.</source>
        <translation>الگویی به نام «%1» وجود ندارد؛ به‌جای آن الگوی انتخاب‌شده به کار می‌رود.</translation>
    </message>
</context>
<context>
    <name>breathing</name>
    <message>
        <source>Breathe in</source>
        <translation>دم</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>نگه‌داشتن</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>بازدم</translation>
    </message>
    <message>
        <source>&amp;Breathe</source>
        <translation>&amp;تنفس</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>این جلسه</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <source>to %1</source>
        <translation>در %1</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Your clinic has turned history off on this computer. Sessions are not recorded.</source>
        <translation>کلینیک شما تاریخچه را روی این رایانه خاموش کرده است. جلسه‌ها ثبت نمی‌شوند.</translation>
    </message>
    <message>
        <source>breathing patterns</source>
        <translation>الگوهای تنفس</translation>
    </message>
    <message>
        <source>Some of your breathing patterns could not be read and were skipped: %1.</source>
        <translation>برخی از الگوهای تنفس شما خوانده نشدند و کنار گذاشته شدند: %1.</translation>
    </message>
</context>
<context>
    <name>heat</name>
    <message>
        <source>Lower back</source>
        <translation>کمر</translation>
    </message>
    <message>
        <source>Lower belly</source>
        <translation>زیر شکم</translation>
    </message>
    <message>
        <source>Left buttock</source>
        <translation>باسن، سمت چپ</translation>
    </message>
    <message>
        <source>Right buttock</source>
        <translation>باسن، سمت راست</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>لگن</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>ران</translation>
    </message>
    <message>
        <source>H&amp;eat pack</source>
        <translation>&amp;کیسه آب گرم</translation>
    </message>
    <message>
        <source>this heat session</source>
        <translation>این جلسه گرما</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Breathing</source>
        <translation>تنفس</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation>آرام‌سازی</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>کشش</translation>
    </message>
    <message>
        <source>Heat pack</source>
        <translation>کیسه آب گرم</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>تا&amp;ریخچه</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>the folder is read-only</source>
        <translation>پوشه فقط‌خواندنی است</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>دیسک پر است</translation>
    </message>
    <message>
        <source>permission was refused</source>
        <translation>اجازه دسترسی داده نشد</translation>
    </message>
    <message>
        <source>part of the folder path is a file</source>
        <translation>بخشی از مسیر پوشه یک فایل است</translation>
    </message>
    <message>
        <source>the file is from a newer calmfloor</source>
        <translation>فایل از نسخه جدیدتری از calmfloor است</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>برنامه دیگری از فایل استفاده می‌کند</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>دیسک خطا گزارش کرد</translation>
    </message>
    <message>
        <source>the file there could not be read, so it is left as it is</source>
        <translation>فایلِ آنجا خوانده نشد، پس دست‌نخورده می‌ماند</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>پوشه‌ای با همین نام وجود دارد</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>پوشه وجود ندارد</translation>
    </message>
    <message>
        <source>something unexpected went wrong</source>
        <translation>مشکلی غیرمنتظره پیش آمد</translation>
    </message>
    <message>
        <source>Your history file was damaged and could not be read. It was kept as %1 and a new history has been started.</source>
        <translation>فایل تاریخچه شما آسیب دیده بود و خوانده نشد. با نام %1 نگه داشته شد و تاریخچه تازه‌ای آغاز شده است.</translation>
    </message>
    <message>
        <source>Your history file %1 is damaged. Sessions will not be saved this time.</source>
        <translation>فایل تاریخچه شما (%1) آسیب دیده است. این بار جلسه‌ها ذخیره نمی‌شوند.</translation>
    </message>
    <message>
        <source>The file where your history belongs was made by another program. It was moved, untouched, to %1 and a new history has been started.</source>
        <translation>فایلی که جای تاریخچهٔ شماست را برنامهٔ دیگری ساخته است. این فایل دست‌نخورده به %1 منتقل شد و تاریخچهٔ تازه‌ای آغاز شد.</translation>
    </message>
    <message>
        <source>The file %1 where your history belongs was made by another program. It has been left untouched; sessions will not be saved this time.</source>
        <translation>فایل %1 که جای تاریخچهٔ شماست را برنامهٔ دیگری ساخته است. این فایل دست‌نخورده ماند؛ این بار جلسه‌ها ذخیره نمی‌شوند.</translation>
    </message>
    <message>
        <source>A leftover journal file that does not belong to your history was found and moved aside to %1, so that it could not overwrite your sessions. Your history is shown as it was saved.</source>
        <translation>یک فایل ژورنال جامانده که به تاریخچهٔ شما تعلق ندارد پیدا شد و به %1 کنار گذاشته شد تا نتواند جلسه‌های شما را بازنویسی کند. تاریخچهٔ شما همان‌گونه که ذخیره شده بود نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>A leftover journal file beside your history (%1) does not belong to it and could not be moved aside. History is off this time so that your sessions are not overwritten.</source>
        <translation>یک فایل ژورنال جامانده در کنار تاریخچهٔ شما (%1) به آن تعلق ندارد و کنار گذاشته نشد. این بار تاریخچه خاموش است تا جلسه‌های شما بازنویسی نشوند.</translation>
    </message>
    <message>
        <source>Today&apos;s backup copy of your history could not be made (%1). Your history itself is fine.</source>
        <translation>نسخهٔ پشتیبان امروزِ تاریخچهٔ شما ساخته نشد (%1). خود تاریخچهٔ شما سالم است.</translation>
    </message>
    <message>
        <source>Your history (%1) was saved by a newer version of calmfloor. It has been left untouched; please update calmfloor. Sessions will not be saved this time.</source>
        <translation>تاریخچه شما (%1) با نسخه جدیدتری از calmfloor ذخیره شده است. به آن دست زده نشده است؛ لطفاً calmfloor را به‌روز کنید. این بار جلسه‌ها ذخیره نمی‌شوند.</translation>
    </message>
    <message>
        <source>Your history can be shown but not added to (%1). Sessions will not be saved this time.</source>
        <translation>تاریخچه شما نمایش داده می‌شود، ولی چیزی به آن افزوده نمی‌شود (%1). این بار جلسه‌ها ذخیره نمی‌شوند.</translation>
    </message>
    <message>
        <source>History is not available (%1): sessions will not be saved this time.</source>
        <translation>تاریخچه در دسترس نیست (%1): این بار جلسه‌ها ذخیره نمی‌شوند.</translation>
    </message>
    <message>
        <source>Your %1 file is not an ordinary file (or is far too large), so it was not read. It was moved to %2 and defaults are in use.</source>
        <translation>فایل %1 شما یک فایل معمولی نیست (یا بسیار بزرگ است)، پس خوانده نشد. به %2 منتقل شد و مقادیر پیش‌فرض به کار می‌رود.</translation>
    </message>
    <message>
        <source>Your %1 could not be read. It was kept as %2 and defaults are in use.</source>
        <translation>%1 شما خوانده نشد. با نام %2 نگه داشته شد و مقادیر پیش‌فرض به کار می‌رود.</translation>
    </message>
    <message>
        <source>Your %1 could not be read; defaults are in use.</source>
        <translation>%1 شما خوانده نشد؛ مقادیر پیش‌فرض به کار می‌رود.</translation>
    </message>
    <message>
        <source>Your %1 were saved by a newer calmfloor. They are left untouched; defaults are in use and changes will not be saved.</source>
        <translation>%1 شما با نسخه جدیدتری از calmfloor ذخیره شده است. به آن دست زده نشده است؛ مقادیر پیش‌فرض به کار می‌رود و تغییرات ذخیره نمی‌شوند.</translation>
    </message>
    <message>
        <source>Your %1 could not be read; defaults are in use and changes will not be saved.</source>
        <translation>%1 شما خوانده نشد؛ مقادیر پیش‌فرض به کار می‌رود و تغییرات ذخیره نمی‌شوند.</translation>
    </message>
    <message>
        <source>Could not save %1 because %2. Nothing saved earlier was lost.</source>
        <translation>%1 ذخیره نشد، چون %2. چیزی از آنچه پیش‌تر ذخیره شده بود از دست نرفت.</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>Keys (F1)</source>
        <translation>کلیدها (F1)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Shows every key of calmfloor</source>
        <translation>همه کلیدهای calmfloor را نشان می‌دهد</translation>
    </message>
    <message>
        <source>Shortcut %1</source>
        <translation>میان‌بر %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
</context>
<context>
    <name>patterns</name>
    <message>
        <source>Resonance</source>
        <translation>هماهنگ</translation>
    </message>
    <message>
        <source>About 5.5 breaths a minute: the slow, even rate most studies use.</source>
        <translation>حدود ۵٫۵ نفس در دقیقه: همان ریتم آهسته و یکنواختی که بیشتر پژوهش‌ها به کار می‌برند.</translation>
    </message>
    <message>
        <source>Slow 6 a minute</source>
        <translation>آهسته، ۶ در دقیقه</translation>
    </message>
    <message>
        <source>Six easy breaths a minute, in and out the same length.</source>
        <translation>شش نفس راحت در دقیقه، با دم و بازدم هم‌اندازه.</translation>
    </message>
    <message>
        <source>Longer out-breath</source>
        <translation>بازدم بلندتر</translation>
    </message>
    <message>
        <source>Breathing out for longer than in helps the body settle.</source>
        <translation>بازدمی بلندتر از دم به آرام گرفتن بدن کمک می‌کند.</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>آرام</translation>
    </message>
    <message>
        <source>A short rest when full, then a long, slow out-breath.</source>
        <translation>مکثی کوتاه با ریه‌های پر، سپس بازدمی بلند و آهسته.</translation>
    </message>
    <message>
        <source>4-7-8</source>
        <translation>4-7-8</translation>
    </message>
    <message>
        <source>A wind-down pattern with a long hold. Shorten the hold if it strains.</source>
        <translation>الگویی برای آرام شدن، با مکثی طولانی. اگر به شما فشار می‌آورد، مکث را کوتاه‌تر کنید.</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>مربعی</translation>
    </message>
    <message>
        <source>Four even sides with rests; steadying when thoughts race.</source>
        <translation>چهار ضلع برابر، با مکث؛ وقتی فکرها تند می‌دوند، کمک می‌کند آرام‌تر شوید.</translation>
    </message>
    <message>
        <source>Pelvic-floor drop</source>
        <translation>پایین رفتن کف لگن</translation>
    </message>
    <message>
        <source>Let the pelvic floor soften as you breathe in and return as you breathe out. No squeezing.</source>
        <translation>با دم بگذارید کف لگن نرم شود و با بازدم برگردد. بدون منقبض کردن.</translation>
    </message>
    <message>
        <source>Let the pelvic floor drop and widen</source>
        <translation>بگذارید کف لگن پایین برود و باز شود</translation>
    </message>
    <message>
        <source>Let it gently return</source>
        <translation>بگذارید به‌آرامی برگردد</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>Kiosk</source>
        <translation>کیوسک</translation>
    </message>
    <message>
        <source>History and export</source>
        <translation>سابقه و خروجی</translation>
    </message>
    <message>
        <source>Heat pack limit</source>
        <translation>حد کیسهٔ گرم</translation>
    </message>
    <message>
        <source>What is offered</source>
        <translation>آنچه عرضه می‌شود</translation>
    </message>
    <message>
        <source>Staff and language</source>
        <translation>کارکنان و زبان</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Lock: patients cannot change this setting</source>
        <translation>قفل: بیماران نمی‌توانند این تنظیم را تغییر دهند</translation>
    </message>
    <message>
        <source>Lock every setting</source>
        <translation>قفل همهٔ تنظیمات</translation>
    </message>
    <message>
        <source>Enabled: patients cannot change any setting; each keeps the clinic&apos;s value or its default.</source>
        <translation>فعال: بیماران نمی‌توانند هیچ تنظیمی را تغییر دهند؛ هر تنظیم مقدار درمانگاه یا مقدار پیش‌فرض خود را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Enabled: the clinic&apos;s value is used. With the lock ticked, patients cannot change it; without it, they can. Disabled or not configured: the patient&apos;s own choice.</source>
        <translation>فعال: مقدار درمانگاه به کار می‌رود. با قفل، بیماران نمی‌توانند آن را تغییر دهند؛ بدون قفل می‌توانند. غیرفعال یا پیکربندی‌نشده: انتخاب خود بیمار.</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2.</source>
        <translation>مجاز: %1 تا %2.</translation>
    </message>
    <message>
        <source>One entry per line.</source>
        <translation>در هر سطر یک مورد.</translation>
    </message>
    <message>
        <source>Run as a waiting-room kiosk</source>
        <translation>اجرا به‌صورت کیوسک اتاق انتظار</translation>
    </message>
    <message>
        <source>Enabled: calmfloor runs full screen as a kiosk, forgets each guest and keeps no history. Disabled or not configured: the normal window.</source>
        <translation>فعال: calmfloor تمام‌صفحه و به‌صورت کیوسک اجرا می‌شود، هر مهمان را فراموش می‌کند و سابقه‌ای نگه نمی‌دارد. غیرفعال یا پیکربندی‌نشده: پنجرهٔ عادی.</translation>
    </message>
    <message>
        <source>Kiosk: start over after minutes without input</source>
        <translation>کیوسک: شروع دوباره پس از چند دقیقه بدون ورودی</translation>
    </message>
    <message>
        <source>Minutes without input before the kiosk forgets the guest and shows the welcome screen. Not configured: 3 minutes.</source>
        <translation>دقیقه‌های بدون ورودی پیش از آنکه کیوسک مهمان را فراموش کند و صفحهٔ خوشامد را نشان دهد. پیکربندی‌نشده: ۳ دقیقه.</translation>
    </message>
    <message>
        <source>Kiosk: sound cues on</source>
        <translation>کیوسک: نشانه‌های صوتی روشن</translation>
    </message>
    <message>
        <source>Enabled: kiosk sessions start with sound. Otherwise they start silent.</source>
        <translation>فعال: جلسه‌های کیوسک با صدا آغاز می‌شوند. در غیر این صورت بی‌صدا آغاز می‌شوند.</translation>
    </message>
    <message>
        <source>Kiosk: count sessions anonymously</source>
        <translation>کیوسک: شمارش ناشناس جلسه‌ها</translation>
    </message>
    <message>
        <source>Enabled: the kiosk keeps only the number of sessions of each kind per day, shown to staff. Otherwise nothing is counted.</source>
        <translation>فعال: کیوسک فقط تعداد جلسه‌های هر نوع را در هر روز نگه می‌دارد و به کارکنان نشان می‌دهد. در غیر این صورت چیزی شمرده نمی‌شود.</translation>
    </message>
    <message>
        <source>Keep a history of sessions</source>
        <translation>نگه‌داشتن سابقهٔ جلسه‌ها</translation>
    </message>
    <message>
        <source>Disabled: no history is kept or shown. Enabled or not configured: each user&apos;s sessions are kept on this computer.</source>
        <translation>غیرفعال: هیچ سابقه‌ای نگه داشته یا نشان داده نمی‌شود. فعال یا پیکربندی‌نشده: جلسه‌های هر کاربر روی این رایانه نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Allow exporting the history</source>
        <translation>اجازهٔ خروجی‌گرفتن از سابقه</translation>
    </message>
    <message>
        <source>Disabled: no CSV or PDF export of the history. Enabled or not configured: allowed.</source>
        <translation>غیرفعال: خروجی CSV یا PDF از سابقه ممکن نیست. فعال یا پیکربندی‌نشده: مجاز.</translation>
    </message>
    <message>
        <source>Longest heat-pack session (minutes)</source>
        <translation>طولانی‌ترین جلسهٔ کیسهٔ گرم (دقیقه)</translation>
    </message>
    <message>
        <source>The longest heat-pack session allowed. It can only lower the built-in limit of 20 minutes.</source>
        <translation>طولانی‌ترین جلسهٔ مجاز کیسهٔ گرم. فقط می‌تواند حد داخلی ۲۰ دقیقه را کمتر کند.</translation>
    </message>
    <message>
        <source>Breathing patterns offered</source>
        <translation>الگوهای تنفسی عرضه‌شده</translation>
    </message>
    <message>
        <source>The names of the built-in breathing patterns offered, such as Resonance. Not configured: all patterns, and the patient&apos;s own.</source>
        <translation>نام الگوهای تنفسی داخلی عرضه‌شده، مانند Resonance. پیکربندی‌نشده: همهٔ الگوها و الگوهای خود بیمار.</translation>
    </message>
    <message>
        <source>Routines offered</source>
        <translation>برنامه‌های عرضه‌شده</translation>
    </message>
    <message>
        <source>The ids of the routines offered, such as release-only. Not configured: all routines.</source>
        <translation>شناسهٔ برنامه‌های عرضه‌شده، مانند release-only. پیکربندی‌نشده: همهٔ برنامه‌ها.</translation>
    </message>
    <message>
        <source>Folder of the clinic&apos;s routines</source>
        <translation>پوشهٔ برنامه‌های درمانگاه</translation>
    </message>
    <message>
        <source>A full path to a folder of routine files the clinic provides, offered next to the built-in ones.</source>
        <translation>مسیر کامل پوشه‌ای از پرونده‌های برنامه که درمانگاه فراهم می‌کند و کنار برنامه‌های داخلی عرضه می‌شوند.</translation>
    </message>
    <message>
        <source>Folder of the clinic&apos;s voice packs</source>
        <translation>پوشهٔ بسته‌های صدای درمانگاه</translation>
    </message>
    <message>
        <source>A full path to a folder of voice packs (recorded spoken guidance) the clinic provides; they are used before the computer&apos;s own voice.</source>
        <translation>مسیر کامل پوشه‌ای از بسته‌های صدا (راهنمای گفتاری ضبط‌شده) که درمانگاه فراهم می‌کند؛ پیش از صدای خود رایانه به کار می‌روند.</translation>
    </message>
    <message>
        <source>Folder of the clinic&apos;s programmes</source>
        <translation>پوشهٔ برنامه‌های درمانگاه</translation>
    </message>
    <message>
        <source>A full path to a folder of programme files (.toml) the clinic&apos;s physiotherapists wrote; patients choose theirs on the Today page. Never shown in kiosk mode.</source>
        <translation>مسیر کامل پوشه‌ای از پرونده‌های برنامه (.toml) که فیزیوتراپ‌های درمانگاه نوشته‌اند؛ بیماران برنامهٔ خود را در صفحهٔ «امروز» برمی‌گزینند. در حالت کیوسک هرگز نشان داده نمی‌شود.</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>زبان برنامه</translation>
    </message>
    <message>
        <source>A language code such as en, de or fa. Not configured: the system language, and patients may choose.</source>
        <translation>کد زبان مانند en، de یا fa. پیکربندی‌نشده: زبان سیستم، و بیماران می‌توانند انتخاب کنند.</translation>
    </message>
    <message>
        <source>Staff PIN hash</source>
        <translation>درهم‌سازی رمز کارکنان</translation>
    </message>
    <message>
        <source>The line printed by calmfloor admin hash-pin; never the PIN itself. It ends kiosk mode and opens the staff page.</source>
        <translation>سطری که calmfloor admin hash-pin چاپ می‌کند؛ هرگز خود رمز نیست. با آن حالت کیوسک پایان می‌یابد و صفحهٔ کارکنان باز می‌شود.</translation>
    </message>
    <message>
        <source>calmfloor, policy version 1 and later</source>
        <translation>calmfloor، نسخهٔ سیاست ۱ و بعد از آن</translation>
    </message>
    <message>
        <source>Settings and limits for calmfloor on the computers of a clinic.</source>
        <translation>تنظیمات و محدودیت‌های calmfloor روی رایانه‌های یک درمانگاه.</translation>
    </message>
    <message>
        <source>Recommended (patients may change)</source>
        <translation>پیشنهادی (بیماران می‌توانند تغییر دهند)</translation>
    </message>
    <message>
        <source>Enabled: this value replaces the built-in default, and patients may change it. A value set in the mandatory policy wins.</source>
        <translation>فعال: این مقدار جای پیش‌فرض داخلی را می‌گیرد و بیماران می‌توانند آن را تغییر دهند. مقداری که در سیاست الزامی تعیین شده باشد برتری دارد.</translation>
    </message>
</context>
<context>
    <name>programme</name>
    <message>
        <source>Heat pack</source>
        <translation>کیسهٔ گرم</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>as needed (%1 today)</source>
        <translation>در صورت نیاز (امروز %1)</translation>
    </message>
    <message>
        <source>%1 of %2 today</source>
        <translation>امروز %1 از %2</translation>
    </message>
    <message>
        <source>%1 of %2 this week</source>
        <translation>این هفته %1 از %2</translation>
    </message>
    <message>
        <source>%1 of %2 in these %3 days</source>
        <translation>%1 از %2 در این %3 روز</translation>
    </message>
    <message>
        <source>&amp;Flare plan</source>
        <translation>برنامهٔ &amp;تشدید درد</translation>
    </message>
    <message>
        <source>What to do in a flare, when to call the clinic, and the flare log</source>
        <translation>کارهایی که هنگام تشدید درد باید کرد، زمان تماس با درمانگاه، و فهرست تشدید درد</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;امروز</translation>
    </message>
    <message>
        <source>Import programme</source>
        <translation>وارد کردن برنامه</translation>
    </message>
    <message>
        <source>Programme files (*.toml)</source>
        <translation>پرونده‌های برنامه (*.toml)</translation>
    </message>
    <message>
        <source>the programme</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>This programme file could not be used:</source>
        <translation>این پروندهٔ برنامه قابل استفاده نبود:</translation>
    </message>
</context>
<context>
    <name>relax</name>
    <message>
        <source>&amp;Relax</source>
        <translation>&amp;آرام‌سازی</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>این جلسه</translation>
    </message>
    <message>
        <source>your routines</source>
        <translation>برنامه‌های شما</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Time for a few minutes of practice.</source>
        <translation>وقت چند دقیقه تمرین است.</translation>
    </message>
    <message>
        <source>Time for your %1 again.</source>
        <translation>دوباره وقت %1 است.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>calmfloor practice report</source>
        <translation>گزارش تمرین calmfloor</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>از %1 تا %2</translation>
    </message>
    <message>
        <source>Made on %1 with calmfloor.</source>
        <translation>تهیه‌شده در %1 با calmfloor.</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>در این بازه جلسه‌ای نیست.</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>پاها</translation>
    </message>
    <message>
        <source>calves</source>
        <translation>ساق‌ها</translation>
    </message>
    <message>
        <source>thighs</source>
        <translation>ران‌ها</translation>
    </message>
    <message>
        <source>buttocks</source>
        <translation>باسن</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>مفصل‌های ران</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>کمر</translation>
    </message>
    <message>
        <source>belly</source>
        <translation>شکم</translation>
    </message>
    <message>
        <source>pelvic floor</source>
        <translation>کف لگن</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>دست‌ها</translation>
    </message>
    <message>
        <source>forearms</source>
        <translation>ساعدها</translation>
    </message>
    <message>
        <source>upper arms</source>
        <translation>بازوها</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>شانه‌ها</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>گردن</translation>
    </message>
    <message>
        <source>face</source>
        <translation>صورت</translation>
    </message>
    <message>
        <source>whole body</source>
        <translation>کل بدن</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>برنامه: %1</translation>
    </message>
    <message>
        <source>Prescribed sessions done: %1 (averaged over the days). Days fully done: %2 (%3 of %4).</source>
        <translation>جلسه‌های تجویزشدهٔ انجام‌شده: %1 (میانگین روزها). روزهای کاملاً انجام‌شده: %2 (%3 از %4).</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1، از %2</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>در صورت نیاز</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>Sessions asked</source>
        <translation>جلسه‌های خواسته‌شده</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% انجام‌شده</translation>
    </message>
    <message>
        <source>Minutes asked</source>
        <translation>دقیقه‌های خواسته‌شده</translation>
    </message>
    <message>
        <source>Minutes done</source>
        <translation>دقیقه‌های انجام‌شده</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>هفته به هفته</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>آغاز هفته</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>جلسه‌های انجام‌شده</translation>
    </message>
    <message>
        <source>Days fully done</source>
        <translation>روزهای کاملاً انجام‌شده</translation>
    </message>
    <message>
        <source>Change in ratings by kind of practice</source>
        <translation>تغییر امتیازها بر حسب نوع تمرین</translation>
    </message>
    <message>
        <source>Rated before and after</source>
        <translation>امتیاز قبل و بعد</translation>
    </message>
    <message>
        <source>Tension change</source>
        <translation>تغییر تنش</translation>
    </message>
    <message>
        <source>Pain change</source>
        <translation>تغییر درد</translation>
    </message>
    <message>
        <source>Skipped because it hurt</source>
        <translation>به‌دلیل درد رد شد</translation>
    </message>
    <message>
        <source>Heat pack (not counted as practice)</source>
        <translation>کیسهٔ گرم (جزو تمرین شمرده نمی‌شود)</translation>
    </message>
    <message>
        <source>%1 sessions, %2 minutes.</source>
        <translation>%1 جلسه، %2 دقیقه.</translation>
    </message>
    <message>
        <source>%1: on %2 s after the alarm</source>
        <translation>%1: %2 ثانیه پس از هشدار هنوز گذاشته بود</translation>
    </message>
    <message>
        <source>Left on past the alarm: %1.</source>
        <translation>پس از هشدار برداشته نشد: %1.</translation>
    </message>
    <message>
        <source>Flares</source>
        <translation>دوره‌های تشدید درد</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>How bad (0–10)</source>
        <translation>شدت (0–10)</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>عامل</translation>
    </message>
    <message>
        <source>Programme and flares</source>
        <translation>برنامه و دوره‌های تشدید</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>Minutes practised</source>
        <translation>دقیقه‌های تمرین</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>روزهای تمرین</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>نمره‌ها</translation>
    </message>
    <message>
        <source>Rated from 0 (none) to 10 (worst), before and after a session.</source>
        <translation>نمره از ۰ (بدون) تا ۱۰ (بدترین)، قبل و بعد از جلسه.</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>تنش</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>درد</translation>
    </message>
    <message>
        <source>%1: not rated before and after any session.</source>
        <translation>%1: در هیچ جلسه‌ای هم قبل و هم بعد نمره داده نشده است.</translation>
    </message>
    <message>
        <source>%1: on average %2 before and %3 after a session (change %4) over %5 sessions rated both times; a clear drop (2 points or 30 %) in %6.</source>
        <translation>%1: به‌طور میانگین %2 قبل و %3 بعد از جلسه (تغییر %4)، در %5 جلسه که هر دو بار نمره گرفته‌اند؛ کاهش روشن (۲ نمره یا ۳۰٪) در %6.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>تمرین</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (ادامه)</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>بیمار: %1</translation>
    </message>
    <message>
        <source>Tension before → after</source>
        <translation>تنش قبل ← بعد</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>درد قبل ← بعد</translation>
    </message>
    <message>
        <source>Ratings, session by session</source>
        <translation>نمره‌ها، جلسه به جلسه</translation>
    </message>
    <message>
        <source>calmfloor practice report, page %1 of %2</source>
        <translation>گزارش تمرین calmfloor، صفحه %1 از %2</translation>
    </message>
    <message>
        <source>Minutes of practice per day</source>
        <translation>دقیقه‌های تمرین در هر روز</translation>
    </message>
    <message>
        <source>Minutes of practice per week</source>
        <translation>دقیقه‌های تمرین در هر هفته</translation>
    </message>
    <message>
        <source>Tension before and after each session</source>
        <translation>تنش قبل و بعد از هر جلسه</translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation>درد قبل و بعد از هر جلسه</translation>
    </message>
    <message>
        <source>before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>after</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>average of the last 7, before</source>
        <translation>میانگین ۷ جلسه اخیر، قبل</translation>
    </message>
    <message>
        <source>average of the last 7, after</source>
        <translation>میانگین ۷ جلسه اخیر، بعد</translation>
    </message>
    <message>
        <source>Not rated in this period.</source>
        <translation>در این بازه نمره‌ای داده نشده است.</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>Feet</source>
        <translation>پنجه و کف پا</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>ساق پا</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>ران‌ها</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>باسن</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>لگن</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>کمر</translation>
    </message>
    <message>
        <source>Belly</source>
        <translation>شکم</translation>
    </message>
    <message>
        <source>Pelvic floor</source>
        <translation>کف لگن</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>دست‌ها</translation>
    </message>
    <message>
        <source>Forearms</source>
        <translation>ساعدها</translation>
    </message>
    <message>
        <source>Upper arms</source>
        <translation>بازوها</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>شانه‌ها</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>گردن</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>صورت</translation>
    </message>
    <message>
        <source>Whole body</source>
        <translation>تمام بدن</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>آماده شوید</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>سفت کنید</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>رها کنید</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>نگه دارید</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>استراحت</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>سمت چپ</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>سمت راست</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>هر دو سمت</translation>
    </message>
    <message>
        <source>Tense and let go</source>
        <translation>سفت کردن و رها کردن</translation>
    </message>
    <message>
        <source>Gentle tense and let go</source>
        <translation>سفت کردن ملایم و رها کردن</translation>
    </message>
    <message>
        <source>Let go only</source>
        <translation>فقط رها کردن</translation>
    </message>
    <message>
        <source>Hold a stretch</source>
        <translation>نگه‌داشتن کشش</translation>
    </message>
    <message>
        <source>Stretch, press and relax</source>
        <translation>کشش، فشار و رها کردن</translation>
    </message>
    <message>
        <source>Timed activity</source>
        <translation>فعالیت زمان‌دار</translation>
    </message>
    <message>
        <source>Let go as you breathe out</source>
        <translation>با بازدم رها کنید</translation>
    </message>
    <message>
        <source>As you breathe in, let the pelvic floor drop and widen</source>
        <translation>با دم، بگذارید کف لگن پایین برود و باز شود</translation>
    </message>
    <message>
        <source>Heat pack</source>
        <translation>کیسه آب گرم</translation>
    </message>
    <message>
        <source>Gentle self-massage</source>
        <translation>ماساژ ملایم با دست خودتان</translation>
    </message>
    <message>
        <source>Gentle movement</source>
        <translation>حرکت ملایم</translation>
    </message>
    <message>
        <source>Muscle relaxation</source>
        <translation>آرام‌سازی عضلانی</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>کشش‌ها</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Sound</source>
        <translation>صدا</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>تنفس</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Muscle relaxation</source>
        <translation>آرام‌سازی عضلانی</translation>
    </message>
    <message>
        <source>Heat pack</source>
        <translation>کیسه آب گرم</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>یادآوری‌ها</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>راهنمای گفتاری</translation>
    </message>
    <message>
        <source>Follow system uses your computer&apos;s language when calmfloor has it, else English.</source>
        <translation>«مطابق سیستم» یعنی زبان رایانه شما، اگر calmfloor آن را داشته باشد؛ وگرنه انگلیسی.</translation>
    </message>
    <message>
        <source>Session length in</source>
        <translation>مدت جلسه بر حسب</translation>
    </message>
    <message>
        <source>Choose the length of a session in minutes or in breaths.</source>
        <translation>مدت هر جلسه را بر حسب دقیقه یا تعداد نفس انتخاب کنید.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>نفس</translation>
    </message>
    <message>
        <source>Session length (minutes)</source>
        <translation>مدت جلسه (دقیقه)</translation>
    </message>
    <message>
        <source>How long a breathing session lasts.</source>
        <translation>یک جلسه تنفس چه مدت طول می‌کشد.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Session length (breaths)</source>
        <translation>مدت جلسه (تعداد نفس)</translation>
    </message>
    <message>
        <source>How many breaths a session lasts.</source>
        <translation>یک جلسه چند نفس طول می‌کشد.</translation>
    </message>
    <message>
        <source>Slow down gradually</source>
        <translation>آهسته شدن تدریجی</translation>
    </message>
    <message>
        <source>Start at a comfortable pace and slow gently to the pattern&apos;s pace.</source>
        <translation>با ریتمی راحت شروع کنید و به‌آرامی به ریتم الگو برسید.</translation>
    </message>
    <message>
        <source>Starting pace (breaths a minute)</source>
        <translation>ریتم آغاز (نفس در دقیقه)</translation>
    </message>
    <message>
        <source>The pace of the first breaths when slowing down gradually.</source>
        <translation>ریتم نخستین نفس‌ها، وقتی به‌تدریج آهسته می‌شوید.</translation>
    </message>
    <message>
        <source>Slow down over (minutes)</source>
        <translation>آهسته شدن در طول (دقیقه)</translation>
    </message>
    <message>
        <source>How long the gradual slow-down takes.</source>
        <translation>آهسته شدن تدریجی چه مدت طول می‌کشد.</translation>
    </message>
    <message>
        <source>Let go without tensing first</source>
        <translation>فقط رها کردن، بدون سفت کردن</translation>
    </message>
    <message>
        <source>Every routine skips the tensing and only lets go. Choose this if tensing makes your spasms worse.</source>
        <translation>در هر برنامه، سفت کردن حذف می‌شود و فقط رها می‌کنید. اگر سفت کردن اسپاسم‌هایتان را بدتر می‌کند، این را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Also tense the pelvic floor</source>
        <translation>کف لگن هم سفت شود</translation>
    </message>
    <message>
        <source>Off on purpose: a tight pelvic floor needs letting go, not squeezing, so the pelvic floor step only lets go. Turn this on only if your physiotherapist advises it.</source>
        <translation>عمداً خاموش است: کف لگنی که سفت است به رها شدن نیاز دارد، نه منقبض کردن؛ برای همین گام کف لگن فقط رها می‌کند. فقط اگر فیزیوتراپ شما توصیه کرد، این را روشن کنید.</translation>
    </message>
    <message>
        <source>Heat pack time</source>
        <translation>مدت کیسه آب گرم</translation>
    </message>
    <message>
        <source>How long a heat pack stays on. Never more than 20 minutes on one area.</source>
        <translation>کیسه آب گرم چه مدت روی بدن می‌ماند. هرگز بیش از ۲۰ دقیقه روی یک ناحیه.</translation>
    </message>
    <message>
        <source>Remind me to check my skin</source>
        <translation>یادآوری برای بررسی پوست</translation>
    </message>
    <message>
        <source>A gentle reminder to lift the pack and look at your skin.</source>
        <translation>یادآوری ملایمی برای اینکه کیسه را بلند کنید و به پوستتان نگاه کنید.</translation>
    </message>
    <message>
        <source>Check my skin every</source>
        <translation>بررسی پوست هر</translation>
    </message>
    <message>
        <source>Check more often if you feel heat or touch less than usual.</source>
        <translation>اگر گرما یا لمس را کمتر از معمول حس می‌کنید، پوستتان را بیشتر بررسی کنید.</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>نشانه‌های صوتی</translation>
    </message>
    <message>
        <source>One tone for breathing in, two for breathing out, so eyes can stay closed.</source>
        <translation>یک صدا برای دم، دو صدا برای بازدم، تا بتوانید چشم‌هایتان را بسته نگه دارید.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>بلندی صدا</translation>
    </message>
    <message>
        <source>How loud the cues are.</source>
        <translation>صدای نشانه‌ها چقدر بلند باشد.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> درصد</translation>
    </message>
    <message>
        <source>Soft sound at holds</source>
        <translation>صدای نرم هنگام نگه‌داشتن</translation>
    </message>
    <message>
        <source>A quiet tone when a hold begins.</source>
        <translation>صدایی آرام وقتی نگه‌داشتن نفس شروع می‌شود.</translation>
    </message>
    <message>
        <source>Chime at the end</source>
        <translation>زنگ پایان</translation>
    </message>
    <message>
        <source>A gentle chime when the session is over.</source>
        <translation>زنگی ملایم وقتی جلسه تمام می‌شود.</translation>
    </message>
    <message>
        <source>Speak the steps</source>
        <translation>گفتن مراحل</translation>
    </message>
    <message>
        <source>A calm voice names each muscle and says what to do, so eyes can stay closed.</source>
        <translation>صدایی آرام نام هر عضله را می‌گوید و می‌گوید چه کنید تا چشم‌ها بسته بمانند.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>صدا</translation>
    </message>
    <message>
        <source>Recorded clips are used where they exist; otherwise the computer speaks.</source>
        <translation>هر جا صدای ضبط‌شده باشد از آن استفاده می‌شود؛ وگرنه رایانه سخن می‌گوید.</translation>
    </message>
    <message>
        <source>Recorded voice, else the computer&apos;s</source>
        <translation>صدای ضبط‌شده، وگرنه صدای رایانه</translation>
    </message>
    <message>
        <source>Recorded voice only</source>
        <translation>فقط صدای ضبط‌شده</translation>
    </message>
    <message>
        <source>The computer&apos;s voice</source>
        <translation>صدای رایانه</translation>
    </message>
    <message>
        <source>Speaking speed</source>
        <translation>سرعت گفتار</translation>
    </message>
    <message>
        <source>0 is the voice&apos;s normal speed; below 0 is slower.</source>
        <translation>۰ سرعت عادی صداست؛ کمتر از ۰ آهسته‌تر است.</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>بلندی صدا</translation>
    </message>
    <message>
        <source>How loud the voice is.</source>
        <translation>صدای گوینده چقدر بلند باشد.</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>حرکت کمتر</translation>
    </message>
    <message>
        <source>Show the pace with less movement on screen.</source>
        <translation>ریتم را با حرکت کمتر روی صفحه نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Light, dark or high-contrast colours. Follow system matches your computer.</source>
        <translation>رنگ‌های روشن، تیره یا با کنتراست بالا. «مطابق سیستم» همان تنظیم رایانه شما را به کار می‌برد.</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>مطابق سیستم</translation>
    </message>
    <message>
        <source>On</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>پوسته</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>کنتراست بالا</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>اندازه متن</translation>
    </message>
    <message>
        <source>Make all text larger.</source>
        <translation>همه متن‌ها را بزرگ‌تر می‌کند.</translation>
    </message>
    <message>
        <source>Ask how I feel before and after</source>
        <translation>پیش و پس از جلسه، حالم را بپرس</translation>
    </message>
    <message>
        <source>Rate tension and pain from 0 to 10 before and after each session.</source>
        <translation>پیش و پس از هر جلسه، به تنش و درد از ۰ تا ۱۰ نمره بدهید.</translation>
    </message>
    <message>
        <source>Days a week I aim to practise</source>
        <translation>تعداد روزهایی از هفته که می‌خواهم تمرین کنم</translation>
    </message>
    <message>
        <source>A gentle goal for the week. History shows how many days you managed.</source>
        <translation>هدفی ملایم برای هفته. تاریخچه نشان می‌دهد در چند روز موفق شده‌اید.</translation>
    </message>
    <message>
        <source>Remind me to practise</source>
        <translation>برای تمرین به من یادآوری کن</translation>
    </message>
    <message>
        <source>A quiet reminder at the times below. None comes while you practise, or if you practised shortly before.</source>
        <translation>یادآوری‌ای آرام در زمان‌های زیر. هنگام تمرین، یا اگر کمی پیش‌تر تمرین کرده باشید، یادآوری نمی‌آید.</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>یادآوری در ساعت‌های</translation>
    </message>
    <message>
        <source>Up to six times a day.</source>
        <translation>تا شش بار در روز.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>تن&amp;ظیمات</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>همه‌جا</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>تنفس</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>آرام‌سازی</translation>
    </message>
    <message>
        <source>Heat pack</source>
        <translation>کیسه آب گرم</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>یادآوری‌ها</translation>
    </message>
    <message>
        <source>For clinic staff</source>
        <translation>برای کارکنان کلینیک</translation>
    </message>
    <message>
        <source>Show this list of keys</source>
        <translation>نمایش همین فهرست کلیدها</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Today: your programme</source>
        <translation>امروز: برنامهٔ شما</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>روشن یا خاموش کردن حالت تمام‌صفحه</translation>
    </message>
    <message>
        <source>Move to the next or the previous control</source>
        <translation>رفتن به کنترل بعدی یا قبلی</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab، Shift+Tab</translation>
    </message>
    <message>
        <source>Press the button or tick the box that has the focus</source>
        <translation>زدن دکمه یا علامت زدن گزینه‌ای که فوکوس روی آن است</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>کلید فاصله</translation>
    </message>
    <message>
        <source>Move within a row of choices: the pages, a 0 to 10 rating, the time shown</source>
        <translation>جابه‌جایی در یک ردیف از گزینه‌ها: صفحه‌ها، نمره ۰ تا ۱۰، بازه نمایش</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>کلیدهای پیکان</translation>
    </message>
    <message>
        <source>Press that button or go to that field</source>
        <translation>زدن آن دکمه یا رفتن به آن خانه</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + حرف زیرخط‌دار</translation>
    </message>
    <message>
        <source>Start, pause or go on breathing</source>
        <translation>شروع، مکث یا ادامه تنفس</translation>
    </message>
    <message>
        <source>Stop; on the last screen, finish without rating</source>
        <translation>توقف؛ در صفحه آخر، پایان بدون نمره‌دهی</translation>
    </message>
    <message>
        <source>Start, pause or go on with the routine</source>
        <translation>شروع، مکث یا ادامه برنامه</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>رفتن به گام بعدی</translation>
    </message>
    <message>
        <source>Skip, this hurts (noted in your history)</source>
        <translation>رد کردن، درد دارد (در سابقهٔ شما ثبت می‌شود)</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>یک گام به عقب</translation>
    </message>
    <message>
        <source>When time is up: say the pack is off (stops the alarm)</source>
        <translation>وقتی زمان تمام شد: اعلام اینکه کیسه برداشته شد (هشدار قطع می‌شود)</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>کلید فاصله یا Enter</translation>
    </message>
    <message>
        <source>In the list of sessions: delete the chosen one (asks first)</source>
        <translation>در فهرست جلسه‌ها: حذف جلسه انتخاب‌شده (اول می‌پرسد)</translation>
    </message>
    <message>
        <source>In a reminder: not now (it does not come back)</source>
        <translation>در یادآوری: الان نه (دوباره نمی‌آید)</translation>
    </message>
    <message>
        <source>Leave kiosk mode (asks for the staff PIN)</source>
        <translation>خروج از حالت کیوسک (رمز کارکنان را می‌پرسد)</translation>
    </message>
    <message>
        <source>On the welcome screen: leave kiosk mode (asks for the staff PIN)</source>
        <translation>در صفحه خوشامد: خروج از حالت کیوسک (رمز کارکنان را می‌پرسد)</translation>
    </message>
    <message>
        <source>or</source>
        <translation>یا</translation>
    </message>
</context>
<context>
    <name>voice</name>
    <message>
        <source>Find a comfortable position. Tense only gently, never into pain, and skip any part that hurts.</source>
        <translation>وضعیت راحتی پیدا کنید. فقط به‌آرامی منقبض کنید، هرگز تا حد درد، و هر بخشی را که درد دارد رد کنید.</translation>
    </message>
    <message>
        <source>Next: {where}.</source>
        <translation>بعدی: {where}.</translation>
    </message>
    <message>
        <source>Tense, gently… and hold.</source>
        <translation>منقبض کنید، به‌آرامی… و نگه دارید.</translation>
    </message>
    <message>
        <source>Very gently, tense a little… and hold.</source>
        <translation>خیلی آرام، کمی منقبض کنید… و نگه دارید.</translation>
    </message>
    <message>
        <source>Press gently against the stretch… and hold.</source>
        <translation>به‌آرامی در برابر کشش فشار دهید… و نگه دارید.</translation>
    </message>
    <message>
        <source>And let go… notice the difference.</source>
        <translation>و رها کنید… تفاوت را حس کنید.</translation>
    </message>
    <message>
        <source>And let go as you breathe out… notice the difference.</source>
        <translation>و با بازدم رها کنید… تفاوت را حس کنید.</translation>
    </message>
    <message>
        <source>Breathe in… let it drop and widen.</source>
        <translation>دم… بگذارید پایین بیاید و باز شود.</translation>
    </message>
    <message>
        <source>Breathe out… let it return.</source>
        <translation>بازدم… بگذارید برگردد.</translation>
    </message>
    <message>
        <source>Hold the stretch gently, and breathe easily.</source>
        <translation>کشش را به‌آرامی نگه دارید و راحت نفس بکشید.</translation>
    </message>
    <message>
        <source>Rest now.</source>
        <translation>اکنون استراحت کنید.</translation>
    </message>
    <message>
        <source>Begin when you are ready.</source>
        <translation>هر وقت آماده بودید شروع کنید.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>رد شد.</translation>
    </message>
    <message>
        <source>Skipped. That is fine: leave out anything that hurts.</source>
        <translation>رد شد. اشکالی ندارد: هر چه درد دارد را کنار بگذارید.</translation>
    </message>
    <message>
        <source>That is the end. Sit for a moment before you stand up.</source>
        <translation>تمام شد. پیش از برخاستن، لحظه‌ای بنشینید.</translation>
    </message>
    <message>
        <source>Stopped. Sit for a moment before you stand up.</source>
        <translation>متوقف شد. پیش از برخاستن، لحظه‌ای بنشینید.</translation>
    </message>
    <message>
        <source>{region}, {side}</source>
        <translation>{region}، {side}</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>سمت چپ</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>سمت راست</translation>
    </message>
    <message>
        <source>The computer&apos;s speech module is not installed.</source>
        <translation>ماژول گفتار رایانه نصب نیست.</translation>
    </message>
    <message>
        <source>The speech engine “%1” is not available.</source>
        <translation>موتور گفتار «%1» در دسترس نیست.</translation>
    </message>
    <message>
        <source>This computer has no speech engine.</source>
        <translation>این رایانه موتور گفتار ندارد.</translation>
    </message>
    <message>
        <source>The computer&apos;s speech does not work here (%1).</source>
        <translation>گفتار رایانه اینجا کار نمی‌کند (%1).</translation>
    </message>
    <message>
        <source>The computer has no voice for %1.</source>
        <translation>رایانه صدایی برای %1 ندارد.</translation>
    </message>
    <message>
        <source>No recorded voice was found, so you will hear tones instead.</source>
        <translation>صدای ضبط‌شده‌ای پیدا نشد؛ به جای آن صداهای راهنما را می‌شنوید.</translation>
    </message>
    <message>
        <source>You will hear tones instead.</source>
        <translation>به جای آن صداهای راهنما را می‌شنوید.</translation>
    </message>
    <message>
        <source>The computer&apos;s speech stopped working (%1).</source>
        <translation>گفتار رایانه از کار افتاد (%1).</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source> · </source>
        <translation>، </translation>
    </message>
</context>
</TS>
