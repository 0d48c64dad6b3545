<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Hand self-massage and partner hand massage (effleurage, kneading, thumb pressing, finger rolling, wrist mobilisation)</source>
        <translation>Selbstmassage der Hände und Partnermassage der Hände (Streichungen, Kneten, Daumendruck, Fingerrollen, Mobilisation des Handgelenks)</translation>
    </message>
    <message>
        <source>Hand reflexology (the hand&apos;s reflex zones and the thumb walk)</source>
        <translation>Reflexzonenmassage der Hand (die Reflexzonen der Hand und der Daumengang)</translation>
    </message>
    <message>
        <source>Acupressure points of traditional Chinese medicine (PC6, LI4 and others)</source>
        <translation>Akupressurpunkte der traditionellen chinesischen Medizin (PC6, LI4 und andere)</translation>
    </message>
    <message>
        <source>Chinese and Tibetan finger massage, Jin Shin Jyutsu finger holds and su-jok correspondences, shown as traditions</source>
        <translation>Chinesische und tibetische Fingermassage, Jin-Shin-Jyutsu-Fingerhaltungen und Su-Jok-Entsprechungen, als Traditionen dargestellt</translation>
    </message>
    <message>
        <source>Hand self-massage and hand reflexology, step by step.</source>
        <translation>Selbstmassage der Hände und Reflexzonenmassage der Hand, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>The routines are written in the project’s own words from established techniques:</source>
        <translation>Die Routinen sind in eigenen Worten des Projekts nach bewährten Techniken geschrieben:</translation>
    </message>
    <message>
        <source>Traditional associations are presented as tradition. Hand Trainer is for relaxation and general well-being; it is not medical advice and does not diagnose or treat any condition.</source>
        <translation>Traditionelle Zuordnungen werden als Tradition dargestellt. Hand Trainer dient der Entspannung und dem allgemeinen Wohlbefinden; er ist kein medizinischer Rat und erkennt oder behandelt keine Krankheit.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Hand Trainer</source>
        <translation>Hand Trainer</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>About Hand Trainer</source>
        <translation>Über Hand Trainer</translation>
    </message>
</context>
<context>
    <name>Cautions</name>
    <message>
        <source>Ask your partner about wounds, rashes, fractures and recent injuries, and leave those areas out.</source>
        <translation>Fragen Sie Ihre Partnerin oder Ihren Partner nach Wunden, Ausschlägen, Brüchen und frischen Verletzungen, und lassen Sie diese Stellen aus.</translation>
    </message>
    <message>
        <source>If you have cancer or are having treatment for it, ask your doctor before any massage.</source>
        <translation>Wenn Sie Krebs haben oder deswegen behandelt werden, fragen Sie vor jeder Massage Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>If your partner has cancer or is having treatment for it, they should ask their doctor before any massage.</source>
        <translation>Wenn Ihre Partnerin oder Ihr Partner Krebs hat oder deswegen behandelt wird, sollte sie oder er vor jeder Massage ärztlichen Rat einholen.</translation>
    </message>
    <message>
        <source>Firm work can leave bruises. If you bruise easily, take blood thinners or have a bleeding or clotting disorder, keep every touch light and ask your doctor first.</source>
        <translation>Kräftige Arbeit kann blaue Flecken hinterlassen. Wenn Sie leicht blaue Flecken bekommen, blutverdünnende Mittel nehmen oder eine Blutungs- oder Gerinnungsstörung haben, berühren Sie nur sanft und fragen Sie vorher Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>Firm work can leave bruises. If your partner bruises easily, takes blood thinners or has a bleeding or clotting disorder, keep every touch light.</source>
        <translation>Kräftige Arbeit kann blaue Flecken hinterlassen. Wenn Ihre Partnerin oder Ihr Partner leicht blaue Flecken bekommt, blutverdünnende Mittel nimmt oder eine Blutungs- oder Gerinnungsstörung hat, berühren Sie nur sanft.</translation>
    </message>
    <message>
        <source>Leave out any area with a wound, a rash, a fracture or a recent injury, and the whole hand or foot if it is badly hurt.</source>
        <translation>Lassen Sie jede Stelle mit einer Wunde, einem Ausschlag, einem Bruch oder einer frischen Verletzung aus, und die ganze Hand oder den ganzen Fuß, wenn sie stark verletzt sind.</translation>
    </message>
    <message>
        <source>Leave out any skin with a wound or a rash, and any arm, hand, leg or foot that may have a fracture or a recent injury. If you are not sure, ask the baby&apos;s doctor or health visitor first.</source>
        <translation>Lassen Sie Haut mit einer Wunde oder einem Ausschlag aus, ebenso jeden Arm, jede Hand, jedes Bein und jeden Fuß, die gebrochen oder frisch verletzt sein könnten. Fragen Sie im Zweifel zuerst die Kinderärztin, den Kinderarzt oder die Hebamme.</translation>
    </message>
    <message>
        <source>If your baby has cancer or is having treatment for it, ask the baby&apos;s doctor before any massage.</source>
        <translation>Hat Ihr Baby Krebs oder wird es deswegen behandelt, fragen Sie vor jeder Massage die behandelnde Ärztin oder den behandelnden Arzt.</translation>
    </message>
    <message>
        <source>A baby&apos;s skin marks easily: keep every touch light. If your baby has a bleeding or clotting disorder, or bruises easily, ask the baby&apos;s doctor first.</source>
        <translation>Babyhaut bekommt leicht Flecken: Berühren Sie immer nur leicht. Hat Ihr Baby eine Blutungs- oder Gerinnungsstörung oder bekommt es leicht blaue Flecken, fragen Sie zuerst die Kinderärztin oder den Kinderarzt.</translation>
    </message>
    <message>
        <source>Traditions regard the hands and feet as strong reflex areas. With a heart, digestive, genitourinary (kidney, bladder or genital) or nervous-system condition, or any other serious illness, ask your doctor before the first session.</source>
        <translation>Traditionen sehen Hände und Füße als starke Reflexbereiche. Bei einer Herz-, Verdauungs-, Urogenital- (Nieren, Blase oder Geschlechtsorgane) oder Nervenerkrankung oder einer anderen ernsten Krankheit fragen Sie vor der ersten Sitzung Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>Traditions regard the hands and feet as strong reflex areas. If your partner has a heart, digestive, genitourinary (kidney, bladder or genital) or nervous-system condition, or any other serious illness, they should ask their doctor before the first session.</source>
        <translation>Traditionen sehen Hände und Füße als starke Reflexbereiche. Hat Ihre Partnerin oder Ihr Partner eine Herz-, Verdauungs-, Urogenital- (Nieren, Blase oder Geschlechtsorgane) oder Nervenerkrankung oder eine andere ernste Krankheit, sollte sie oder er vor der ersten Sitzung ärztlichen Rat einholen.</translation>
    </message>
    <message>
        <source>Traditions regard the hands and feet as strong reflex areas. If your baby has a heart, digestive, genitourinary (kidney, bladder or genital) or nervous-system condition, or any other serious illness, ask the baby&apos;s doctor before the first session.</source>
        <translation>Traditionen sehen Hände und Füße als starke Reflexbereiche. Hat Ihr Baby eine Herz-, Verdauungs-, Urogenital- (Nieren, Blase oder Geschlechtsorgane) oder Nervenerkrankung oder eine andere ernste Krankheit, fragen Sie vor der ersten Sitzung die Kinderärztin oder den Kinderarzt.</translation>
    </message>
    <message>
        <source>After a stroke, a fracture, or a nerve or tendon injury, work on the hand or foot is part of rehabilitation. Follow the plan of your specialist rather than this routine.</source>
        <translation>Nach einem Schlaganfall, einem Bruch oder einer Nerven- oder Sehnenverletzung gehört die Arbeit an Hand oder Fuß zur Rehabilitation. Folgen Sie dem Plan Ihrer Fachleute statt dieser Routine.</translation>
    </message>
    <message>
        <source>After a stroke, a fracture, or a nerve or tendon injury, work on the hand or foot is part of rehabilitation and belongs with a specialist. Do not use this routine in its place.</source>
        <translation>Nach einem Schlaganfall, einem Bruch oder einer Nerven- oder Sehnenverletzung gehört die Arbeit an Hand oder Fuß zur Rehabilitation und in fachkundige Hände. Verwenden Sie diese Routine nicht an ihrer Stelle.</translation>
    </message>
    <message>
        <source>After a stroke, a fracture, or a nerve or tendon injury, work on a baby&apos;s hand or foot belongs with a specialist. Do not use this routine in its place.</source>
        <translation>Nach einem Schlaganfall, einem Knochenbruch oder einer Nerven- oder Sehnenverletzung gehört die Arbeit an der Hand oder am Fuß eines Babys in fachkundige Hände. Verwenden Sie diese Routine nicht stattdessen.</translation>
    </message>
    <message>
        <source>This routine is for comfort and does not replace medical care. If you are under treatment, tell your doctor that you practise massage.</source>
        <translation>Diese Routine dient dem Wohlbefinden und ersetzt keine medizinische Behandlung. Wenn Sie in Behandlung sind, sagen Sie Ihrer Ärztin oder Ihrem Arzt, dass Sie Massage üben.</translation>
    </message>
    <message>
        <source>This massage is for comfort and does not replace medical care. A partner under treatment should tell their doctor about it.</source>
        <translation>Diese Massage dient dem Wohlbefinden und ersetzt keine medizinische Behandlung. Wer in Behandlung ist, sollte der Ärztin oder dem Arzt davon erzählen.</translation>
    </message>
    <message>
        <source>This massage is for comfort and does not replace medical care. If your baby is under treatment, tell the baby&apos;s doctor about it.</source>
        <translation>Diese Massage dient dem Wohlbefinden und ersetzt keine ärztliche Behandlung. Ist Ihr Baby in Behandlung, erzählen Sie der Ärztin oder dem Arzt davon.</translation>
    </message>
    <message>
        <source>Massage should feel good. Ease off or stop if anything hurts, tingles or goes numb.</source>
        <translation>Massage soll sich gut anfühlen. Lassen Sie nach oder hören Sie auf, wenn etwas schmerzt, kribbelt oder taub wird.</translation>
    </message>
    <message>
        <source>Keep checking in with your partner. Stop at once if they feel pain, tingling or numbness.</source>
        <translation>Fragen Sie immer wieder nach, wie es sich anfühlt. Hören Sie sofort auf, wenn Schmerzen, Kribbeln oder Taubheit auftreten.</translation>
    </message>
    <message>
        <source>A baby cannot tell you that something hurts. Watch the face and the body the whole time, and stop at once at crying, a grimace, pulling away or stiffening.</source>
        <translation>Ein Baby kann nicht sagen, dass etwas wehtut. Achten Sie die ganze Zeit auf Gesicht und Körper und hören Sie sofort auf, wenn es weint, das Gesicht verzieht, sich wegdreht oder steif wird.</translation>
    </message>
    <message>
        <source>The traditional links and uses this routine mentions are beliefs of those traditions, not medical findings.</source>
        <translation>Die traditionellen Zuordnungen und Anwendungen, die diese Routine nennt, sind Überzeugungen dieser Traditionen, keine medizinischen Befunde.</translation>
    </message>
    <message>
        <source>The back of the hand is sensitive. Press much more lightly there than on the palm.</source>
        <translation>Der Handrücken ist empfindlich. Drücken Sie dort viel sanfter als auf der Handfläche.</translation>
    </message>
    <message>
        <source>The back of the hand is sensitive. Work much more lightly there than on the palm.</source>
        <translation>Der Handrücken ist empfindlich. Arbeiten Sie dort viel sanfter als auf der Handfläche.</translation>
    </message>
    <message>
        <source>The back of the hand is delicate on a baby. Touch it even more lightly than the palm.</source>
        <translation>Der Handrücken ist bei einem Baby besonders zart. Berühren Sie ihn noch leichter als die Handfläche.</translation>
    </message>
    <message>
        <source>If you are pregnant, leave out the LI4 point in the web between thumb and index finger: acupressure tradition avoids it during pregnancy.</source>
        <translation>Wenn Sie schwanger sind, lassen Sie den Punkt LI4 in der Hautfalte zwischen Daumen und Zeigefinger aus: Die Akupressur-Tradition meidet ihn in der Schwangerschaft.</translation>
    </message>
    <message>
        <source>If your partner is pregnant, leave out the LI4 point in the web between thumb and index finger: acupressure tradition avoids it during pregnancy.</source>
        <translation>Wenn Ihre Partnerin schwanger ist, lassen Sie den Punkt LI4 in der Hautfalte zwischen Daumen und Zeigefinger aus: Die Akupressur-Tradition meidet ihn in der Schwangerschaft.</translation>
    </message>
    <message>
        <source>Press no points on a baby, the LI4 point in the web between thumb and index finger included: acupressure tradition keeps it for adults and avoids it in pregnancy.</source>
        <translation>Drücken Sie bei einem Baby keine Punkte, auch nicht den Punkt LI4 in der Hautfalte zwischen Daumen und Zeigefinger: Die Akupressur-Tradition behält ihn Erwachsenen vor und meidet ihn in der Schwangerschaft.</translation>
    </message>
    <message>
        <source>Warmth should feel pleasant, never hot. Skip the heat on a joint that is hot, red or freshly swollen, and if your hands have poor feeling.</source>
        <translation>Wärme soll angenehm sein, nie heiß. Lassen Sie die Wärme bei einem Gelenk weg, das heiß, gerötet oder frisch geschwollen ist, und wenn Ihre Hände wenig Gefühl haben.</translation>
    </message>
    <message>
        <source>Warmth should feel pleasant, never hot. Skip the heat on a joint that is hot, red or freshly swollen, and if your partner&apos;s hands have poor feeling.</source>
        <translation>Wärme soll angenehm sein, nie heiß. Lassen Sie die Wärme bei einem Gelenk weg, das heiß, gerötet oder frisch geschwollen ist, und wenn die Hände Ihrer Partnerin oder Ihres Partners wenig Gefühl haben.</translation>
    </message>
    <message>
        <source>Never put a heat pack or a hot-water bottle on a baby. Warm your own hands instead, and keep the room comfortably warm.</source>
        <translation>Legen Sie nie ein Wärmekissen oder eine Wärmflasche auf ein Baby. Wärmen Sie stattdessen Ihre eigenen Hände und halten Sie den Raum angenehm warm.</translation>
    </message>
    <message>
        <source>Wrap a cold pack in a cloth; never put ice straight on the skin. Skip the cold if your fingers turn white or numb in the cold (Raynaud-type hands), or if your hands have poor feeling.</source>
        <translation>Wickeln Sie eine Kältepackung in ein Tuch; legen Sie Eis nie direkt auf die Haut. Lassen Sie die Kälte weg, wenn Ihre Finger bei Kälte weiß oder taub werden (Raynaud-artige Hände) oder wenn Ihre Hände wenig Gefühl haben.</translation>
    </message>
    <message>
        <source>Wrap a cold pack in a cloth; never put ice straight on the skin. Skip the cold if your partner&apos;s fingers turn white or numb in the cold (Raynaud-type hands), or if their hands have poor feeling.</source>
        <translation>Wickeln Sie eine Kältepackung in ein Tuch; legen Sie Eis nie direkt auf die Haut. Lassen Sie die Kälte weg, wenn die Finger Ihrer Partnerin oder Ihres Partners bei Kälte weiß oder taub werden (Raynaud-artige Hände) oder wenn die Hände wenig Gefühl haben.</translation>
    </message>
    <message>
        <source>Never put a cold pack or ice on a baby&apos;s skin.</source>
        <translation>Legen Sie nie ein Kühlkissen oder Eis auf die Haut eines Babys.</translation>
    </message>
    <message>
        <source>Work a point for a minute or two at most, and never hard enough to hurt: overworking a point can leave it sore.</source>
        <translation>Bearbeiten Sie einen Punkt höchstens ein bis zwei Minuten und nie so fest, dass es schmerzt: Ein überarbeiteter Punkt kann wund werden.</translation>
    </message>
    <message>
        <source>Do not work points on a baby: keep to the lightest strokes, and never press hard enough to leave a mark.</source>
        <translation>Bearbeiten Sie bei einem Baby keine Punkte: Bleiben Sie bei den leichtesten Strichen und drücken Sie nie so fest, dass ein Abdruck bleibt.</translation>
    </message>
    <message>
        <source>Bend and open the hand slowly, and never past comfort.</source>
        <translation>Beugen und öffnen Sie die Hand langsam und nie über das Angenehme hinaus.</translation>
    </message>
    <message>
        <source>Bend and open your partner&apos;s hand slowly, and never past comfort. Deep stretches of the palm need extra care.</source>
        <translation>Beugen und öffnen Sie die Hand Ihrer Partnerin oder Ihres Partners langsam und nie über das Angenehme hinaus. Tiefe Dehnungen der Handfläche brauchen besondere Vorsicht.</translation>
    </message>
    <message>
        <source>Never pull or stretch a baby&apos;s fingers, hand or arm. Open them only as far as they open by themselves.</source>
        <translation>Ziehen oder dehnen Sie nie Finger, Hand oder Arm eines Babys. Öffnen Sie sie nur so weit, wie sie sich von selbst öffnen.</translation>
    </message>
    <message>
        <source>With diabetes, the feet may feel less, and a small sore can be slow to mend. Ask your doctor or foot-care team before foot massage, keep the pressure light, and check your feet for cuts, blisters or sore spots before and after.</source>
        <translation>Bei Diabetes spüren die Füße oft weniger, und eine kleine wunde Stelle kann langsam heilen. Fragen Sie vor einer Fußmassage Ihre Ärztin, Ihren Arzt oder Ihre Fußpflege, drücken Sie nur leicht, und sehen Sie Ihre Füße vorher und nachher auf Schnitte, Blasen oder wunde Stellen durch.</translation>
    </message>
    <message>
        <source>If your partner has diabetes, their feet may feel less, and a small sore can be slow to mend: they should ask their doctor first. Keep the pressure light, do not rely on them to feel it, and look for cuts, blisters or sore spots before you start.</source>
        <translation>Hat Ihre Partnerin oder Ihr Partner Diabetes, spüren die Füße oft weniger, und eine kleine wunde Stelle kann langsam heilen: Sie oder er sollte vorher ärztlichen Rat einholen. Drücken Sie nur leicht, verlassen Sie sich nicht darauf, dass es gespürt wird, und sehen Sie vor Beginn nach Schnitten, Blasen oder wunden Stellen.</translation>
    </message>
    <message>
        <source>If your baby has diabetes or another condition that dulls feeling or slows healing, ask the baby&apos;s doctor before foot massage, keep the touch light, and look for cuts, blisters or sore spots before you start.</source>
        <translation>Hat Ihr Baby Diabetes oder eine andere Erkrankung, die das Gefühl schwächt oder die Heilung verzögert, fragen Sie vor einer Fußmassage die Kinderärztin oder den Kinderarzt, berühren Sie nur leicht und suchen Sie vorher nach Schnitten, Blasen oder wunden Stellen.</translation>
    </message>
    <message>
        <source>If your feet are often cold, pale or bluish, your calves ache when you walk, or you have had a clot in a leg vein, ask your doctor first. Never massage a calf that is swollen, warm, red or painful: see a doctor about it.</source>
        <translation>Wenn Ihre Füße oft kalt, blass oder bläulich sind, Ihre Waden beim Gehen schmerzen oder Sie ein Blutgerinnsel in einer Beinvene hatten, fragen Sie zuerst Ihre Ärztin oder Ihren Arzt. Massieren Sie nie eine Wade, die geschwollen, warm, gerötet oder schmerzhaft ist: Lassen Sie das ärztlich ansehen.</translation>
    </message>
    <message>
        <source>If your partner&apos;s feet are often cold, pale or bluish, their calves ache when they walk, or they have had a clot in a leg vein, they should ask their doctor first. Never massage a calf that is swollen, warm, red or painful.</source>
        <translation>Wenn die Füße Ihrer Partnerin oder Ihres Partners oft kalt, blass oder bläulich sind, die Waden beim Gehen schmerzen oder es ein Blutgerinnsel in einer Beinvene gab, sollte sie oder er zuerst ärztlichen Rat einholen. Massieren Sie nie eine Wade, die geschwollen, warm, gerötet oder schmerzhaft ist.</translation>
    </message>
    <message>
        <source>If your baby&apos;s hands or feet are often pale or bluish, or a leg is swollen, warm, red or painful, do not massage it: ask the baby&apos;s doctor.</source>
        <translation>Sind die Hände oder Füße Ihres Babys oft blass oder bläulich, oder ist ein Bein geschwollen, warm, gerötet oder schmerzhaft, massieren Sie es nicht: Fragen Sie die Kinderärztin oder den Kinderarzt.</translation>
    </message>
</context>
<context>
    <name>CautionsDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Please read these cautions before practising “{0}”.</source>
        <translation>Bitte lesen Sie diese Vorsichtshinweise, bevor Sie „{0}“ üben.</translation>
    </message>
    <message>
        <source>I have &amp;read these cautions</source>
        <translation>Ich habe diese Vorsichtshinweise &amp;gelesen</translation>
    </message>
    <message>
        <source>I have read these cautions</source>
        <translation>Ich habe diese Vorsichtshinweise gelesen</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>This routine has no cautions.</source>
        <translation>Diese Routine hat keine Vorsichtshinweise.</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
</context>
<context>
    <name>ClientScreen</name>
    <message>
        <source>your baby’s left hand</source>
        <translation>die linke Hand Ihres Babys</translation>
    </message>
    <message>
        <source>your baby’s right hand</source>
        <translation>die rechte Hand Ihres Babys</translation>
    </message>
    <message>
        <source>your baby’s hands</source>
        <translation>die Hände Ihres Babys</translation>
    </message>
    <message>
        <source>your partner’s left hand</source>
        <translation>die linke Hand Ihrer Partnerin / Ihres Partners</translation>
    </message>
    <message>
        <source>your partner’s right hand</source>
        <translation>die rechte Hand Ihrer Partnerin / Ihres Partners</translation>
    </message>
    <message>
        <source>your partner’s hands</source>
        <translation>die Hände Ihrer Partnerin / Ihres Partners</translation>
    </message>
    <message>
        <source>your left hand</source>
        <translation>Ihre linke Hand</translation>
    </message>
    <message>
        <source>your right hand</source>
        <translation>Ihre rechte Hand</translation>
    </message>
    <message>
        <source>both your hands</source>
        <translation>beide Hände</translation>
    </message>
    <message>
        <source>your baby’s left foot</source>
        <translation>der linke Fuß Ihres Babys</translation>
    </message>
    <message>
        <source>your baby’s right foot</source>
        <translation>der rechte Fuß Ihres Babys</translation>
    </message>
    <message>
        <source>your baby’s feet</source>
        <translation>die Füße Ihres Babys</translation>
    </message>
    <message>
        <source>your partner’s left foot</source>
        <translation>der linke Fuß Ihrer Partnerin / Ihres Partners</translation>
    </message>
    <message>
        <source>your partner’s right foot</source>
        <translation>der rechte Fuß Ihrer Partnerin / Ihres Partners</translation>
    </message>
    <message>
        <source>your partner’s feet</source>
        <translation>die Füße Ihrer Partnerin / Ihres Partners</translation>
    </message>
    <message>
        <source>your left foot</source>
        <translation>Ihr linker Fuß</translation>
    </message>
    <message>
        <source>your right foot</source>
        <translation>Ihr rechter Fuß</translation>
    </message>
    <message>
        <source>both your feet</source>
        <translation>beide Füße</translation>
    </message>
    <message>
        <source>Hand Trainer — client screen</source>
        <translation>Hand Trainer — Klientenanzeige</translation>
    </message>
    <message>
        <source>Whose hand</source>
        <translation>Welche Hand</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Restzeit dieses Schritts</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Zone pointed at</source>
        <translation>Gezeigte Zone</translation>
    </message>
    <message>
        <source>Turn the hand to face me</source>
        <translation>Hand zu mir drehen</translation>
    </message>
    <message>
        <source>Show your partner&apos;s hand as you see it across the table (T)</source>
        <translation>Die Hand Ihrer Partnerin oder Ihres Partners so zeigen, wie Sie sie über den Tisch sehen (T)</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation>Schritt {n} von {total}: {title}</translation>
    </message>
    <message>
        <source>Whose foot</source>
        <translation>Welcher Fuß</translation>
    </message>
    <message>
        <source>Turn the foot to face me</source>
        <translation>Fuß zu mir drehen</translation>
    </message>
    <message>
        <source>Show your partner&apos;s foot as you see it from where you sit (T)</source>
        <translation>Den Fuß Ihrer Partnerin oder Ihres Partners so zeigen, wie Sie ihn von Ihrem Platz aus sehen (T)</translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation>Durchgehen</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} von {total}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Bereit, wenn Sie es sind</translation>
    </message>
    <message>
        <source>Paused — {clock}</source>
        <translation>Pausiert — {clock}</translation>
    </message>
    <message>
        <source>Get ready — {clock}</source>
        <translation>Vorbereiten — {clock}</translation>
    </message>
    <message>
        <source>Rest — {clock}</source>
        <translation>Pause — {clock}</translation>
    </message>
    <message>
        <source>Switch feet — {clock}</source>
        <translation>Fuß wechseln — {clock}</translation>
    </message>
    <message>
        <source>Switch hands — {clock}</source>
        <translation>Hand wechseln — {clock}</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Als Nächstes: das Ende</translation>
    </message>
    <message>
        <source>Next: {title} — {whose}</source>
        <translation>Als Nächstes: {title} — {whose}</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Als Nächstes: {title}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>&apos;{text}&apos; is not a whole number of pixels</source>
        <translation>„{text}“ ist keine ganze Zahl von Pixeln</translation>
    </message>
    <message>
        <source>{size} is out of range; give {low} to {high} pixels</source>
        <translation>{size} liegt außerhalb des Bereichs; geben Sie {low} bis {high} Pixel an</translation>
    </message>
    <message>
        <source>an extra folder of routine files (may be given more than once; HANDTRAINER_ROUTINES adds more, separated by the path separator)</source>
        <translation>ein zusätzlicher Ordner mit Routinedateien (kann mehrmals angegeben werden; HANDTRAINER_ROUTINES fügt weitere hinzu, getrennt durch das Pfadtrennzeichen)</translation>
    </message>
    <message>
        <source>Hand Trainer: step-by-step hand self-massage and reflexology. With no command, opens the trainer window.</source>
        <translation>Hand Trainer: Selbstmassage und Reflexzonenmassage der Hand, Schritt für Schritt. Ohne Befehl öffnet sich das Trainer-Fenster.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>die Version zeigen und beenden</translation>
    </message>
    <message>
        <source>list the routines found and the files that failed</source>
        <translation>die gefundenen Routinen und die fehlerhaften Dateien auflisten</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>JSON statt Text ausgeben</translation>
    </message>
    <message>
        <source>check routine files or folders</source>
        <translation>Routinedateien oder -ordner prüfen</translation>
    </message>
    <message>
        <source>print a routine as readable text</source>
        <translation>eine Routine als lesbaren Text ausgeben</translation>
    </message>
    <message>
        <source>open the window on the editor for a routine</source>
        <translation>das Fenster mit dem Editor für eine Routine öffnen</translation>
    </message>
    <message>
        <source>write a routine sheet as PDF</source>
        <translation>ein Übungsblatt als PDF schreiben</translation>
    </message>
    <message>
        <source>fit a short routine on one page</source>
        <translation>eine kurze Routine auf eine Seite bringen</translation>
    </message>
    <message>
        <source>list the diagram&apos;s zones, or render them to PNG</source>
        <translation>die Zonen des Diagramms auflisten oder als PNG zeichnen</translation>
    </message>
    <message>
        <source>write one PNG per zone here</source>
        <translation>hier ein PNG je Zone schreiben</translation>
    </message>
    <message>
        <source>image size in pixels, {low} to {high} (default 400)</source>
        <translation>Bildgröße in Pixeln, {low} bis {high} (Standard 400)</translation>
    </message>
    <message>
        <source>the practice history: sessions, streaks</source>
        <translation>das Übungsprotokoll: Sitzungen, Serien</translation>
    </message>
    <message>
        <source>Open the Hand Trainer window. Commands: {names}.</source>
        <translation>Das Hand-Trainer-Fenster öffnen. Befehle: {names}.</translation>
    </message>
    <message>
        <source>a routine id or file to open ready to start</source>
        <translation>eine Routine-ID oder -Datei, die startbereit geöffnet wird</translation>
    </message>
    <message>
        <source>add Hand Trainer to the desktop&apos;s menu (entry, icons, file type) for this user</source>
        <translation>Hand Trainer für diese Benutzerin oder diesen Benutzer ins Menü der Arbeitsumgebung aufnehmen (Eintrag, Symbole, Dateityp)</translation>
    </message>
    <message>
        <source>take the menu entry out again</source>
        <translation>den Menüeintrag wieder entfernen</translation>
    </message>
    <message>
        <source>standard output is closed, so there is nowhere to print to</source>
        <translation>die Standardausgabe ist geschlossen, es gibt also nichts, wohin geschrieben werden kann</translation>
    </message>
    <message>
        <source>cannot write the output: {reason}</source>
        <translation>die Ausgabe kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>the language to speak (en, de); by default the one chosen in Settings, else the system&apos;s</source>
        <translation>die Sprache der Ausgabe (en, de); ohne Angabe die in den Einstellungen gewählte, sonst die des Systems</translation>
    </message>
    <message>
        <source>export: {refusal}</source>
        <translation>export: {refusal}</translation>
    </message>
    <message>
        <source>the output must be a PDF file name ending in .pdf, not &apos;{output}&apos;</source>
        <translation>die Ausgabe muss ein PDF-Dateiname sein, der auf .pdf endet, nicht „{output}“</translation>
    </message>
    <message>
        <source>the output {output} is the routine file itself; choose another name</source>
        <translation>die Ausgabe {output} ist die Routinedatei selbst; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is neither a command nor a routine id{hint}; &apos;handtrainer --help&apos; lists the commands and &apos;handtrainer list&apos; the routines</source>
        <translation>„{ref}“ ist weder ein Befehl noch eine Routine-ID{hint}; „handtrainer --help“ listet die Befehle auf und „handtrainer list“ die Routinen</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>cannot write to {where}: {reason}</source>
        <translation>{where} kann nicht beschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Removed Hand Trainer&apos;s menu entry and icons from {home}.</source>
        <translation>Menüeintrag und Symbole von Hand Trainer wurden aus {home} entfernt.</translation>
    </message>
    <message>
        <source>Hand Trainer&apos;s menu entry was not installed in {home}.</source>
        <translation>Der Menüeintrag von Hand Trainer war in {home} nicht installiert.</translation>
    </message>
    <message>
        <source>Installed Hand Trainer&apos;s menu entry, icons and file type into {home}.</source>
        <translation>Menüeintrag, Symbole und Dateityp von Hand Trainer wurden in {home} installiert.</translation>
    </message>
    <message>
        <source>It may take a moment, or a new login, to appear in the menu.</source>
        <translation>Es kann einen Moment oder eine neue Anmeldung dauern, bis er im Menü erscheint.</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>JSON statt Text ausgeben</translation>
    </message>
    <message>
        <source>only sessions from this day on (YYYY-MM-DD); streaks count every day</source>
        <translation>nur Sitzungen ab diesem Tag (JJJJ-MM-TT); Serien zählen jeden Tag</translation>
    </message>
    <message>
        <source>Practice history ({where})</source>
        <translation>Übungsprotokoll ({where})</translation>
    </message>
    <message>
        <source>Current streak: {current}; longest: {longest}</source>
        <translation>Aktuelle Serie: {current}; längste: {longest}</translation>
    </message>
    <message>
        <source>Today: {today}; this week: {week}</source>
        <translation>Heute: {today}; diese Woche: {week}</translation>
    </message>
    <message>
        <source>No sessions recorded.</source>
        <translation>Keine Sitzungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Per routine:</source>
        <translation>Je Routine:</translation>
    </message>
    <message>
        <source>  {title}  ({id}): {sessions}, {finished}, {length}</source>
        <translation>  {title}  ({id}): {sessions}, {finished}, {length}</translation>
    </message>
    <message>
        <source>Sessions, newest first:</source>
        <translation>Sitzungen, neueste zuerst:</translation>
    </message>
    <message>
        <source>&apos;{since}&apos; is not a date like 2026-03-01</source>
        <translation>„{since}“ ist kein Datum wie 2026-03-01</translation>
    </message>
    <message>
        <source>{path} ({origin}) did not load:</source>
        <translation>{path} ({origin}) wurde nicht geladen:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>LENGTH</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>FOR</source>
        <translation>FÜR</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Your routines folder: {folder}</source>
        <translation>Ihr Routinenordner: {folder}</translation>
    </message>
    <message>
        <source>Your routines folder: {folder} (it does not exist yet)</source>
        <translation>Ihr Routinenordner: {folder} (er existiert noch nicht)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is also used by {others}</source>
        <translation>die ID „{id}“ wird auch von {others} verwendet</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>{checked}: {valid} valid, {failed} ({errors}, {warnings})</source>
        <translation>{checked}: {valid} gültig, {failed} ({errors}, {warnings})</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s)</source>
        <translation>
            <numerusform>{done} von %n Schritt</numerusform>
            <numerusform>{done} von %n Schritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n beendet</numerusform>
            <numerusform>%n beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not load:</source>
        <translation>
            <numerusform>%n Datei wurde nicht geladen:</numerusform>
            <numerusform>%n Dateien wurden nicht geladen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n Routine</numerusform>
            <numerusform>%n Routinen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n Datei geprüft</numerusform>
            <numerusform>%n Dateien geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n mit Fehlern</numerusform>
            <numerusform>%n mit Fehlern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n image(s) to {folder}</source>
        <translation>
            <numerusform>%n Bild nach {folder} geschrieben</numerusform>
            <numerusform>%n Bilder nach {folder} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>For: {audience}   Order: {order}   Steps: {steps}   Length: {length}</source>
        <translation>Für: {audience}   Ablauf: {order}   Schritte: {steps}   Dauer: {length}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
    <message>
        <source>Cautions:</source>
        <translation>Vorsichtshinweise:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Where: {zones}</source>
        <translation>Wo: {zones}</translation>
    </message>
    <message>
        <source>Direction: {zones}</source>
        <translation>Richtung: {zones}</translation>
    </message>
    <message>
        <source>Tradition: {text}</source>
        <translation>Tradition: {text}</translation>
    </message>
    <message>
        <source>Notes: {text}</source>
        <translation>Hinweise: {text}</translation>
    </message>
    <message>
        <source>Total length: {length} (the time it takes: work, rests, and the get-ready and switch-feet pauses set in your preferences)</source>
        <translation>Gesamtdauer: {length} (die Zeit, die es dauert: Ausführen, Pausen sowie die in Ihren Einstellungen festgelegten Pausen zum Vorbereiten und zum Fußwechsel)</translation>
    </message>
    <message>
        <source>Total length: {length} (the time it takes: work, rests, and the get-ready and switch-hands pauses set in your preferences)</source>
        <translation>Gesamtdauer: {length} (die Zeit, die es dauert: Ausführen, Pausen sowie die in Ihren Einstellungen festgelegten Pausen zum Vorbereiten und zum Handwechsel)</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>File: {path} ({origin})</source>
        <translation>Datei: {path} ({origin})</translation>
    </message>
    <message>
        <source>--size must be at least 64</source>
        <translation>--size muss mindestens 64 sein</translation>
    </message>
</context>
<context>
    <name>Companion</name>
    <message>
        <source>Practice &amp;history</source>
        <translation>Übungs&amp;protokoll</translation>
    </message>
    <message>
        <source>Practice history (Ctrl+H)</source>
        <translation>Übungsprotokoll (Strg+H)</translation>
    </message>
    <message>
        <source>Hand Trainer</source>
        <translation>Hand Trainer</translation>
    </message>
    <message>
        <source>Time for a short hand massage.</source>
        <translation>Zeit für eine kurze Handmassage.</translation>
    </message>
    <message>
        <source>Time for your feet: “{title}” ({length}). Click to start.</source>
        <translation>Zeit für Ihre Füße: „{title}“ ({length}). Zum Starten klicken.</translation>
    </message>
    <message>
        <source>Time for your hands: “{title}” ({length}). Click to start.</source>
        <translation>Zeit für Ihre Hände: „{title}“ ({length}). Zum Starten klicken.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Reminders snoozed for an hour.</source>
        <translation>Erinnerungen für eine Stunde pausiert.</translation>
    </message>
    <message>
        <source>Could not change starting at login: {problem}</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: {problem}</translation>
    </message>
    <message>
        <source>Hand Trainer keeps running in the tray and will remind you. Choose Quit in its menu to end it.</source>
        <translation>Hand Trainer läuft im Systembereich der Kontrollleiste weiter und erinnert Sie. Wählen Sie „Beenden“ in seinem Menü, um ihn zu schließen.</translation>
    </message>
</context>
<context>
    <name>CompanionPrompts</name>
    <message>
        <source>Export practice history</source>
        <translation>Übungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Remove this session of “{title}” from your practice history?</source>
        <translation>Diese Sitzung von „{title}“ aus Ihrem Übungsprotokoll entfernen?</translation>
    </message>
</context>
<context>
    <name>CueSettings</name>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Play &amp;sounds</source>
        <translation>&amp;Töne abspielen</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>Töne abspielen</translation>
    </message>
    <message>
        <source>A chime for each step, ticks, pips and an end chord</source>
        <translation>Ein Klang für jeden Schritt, Ticks, Pieptöne und ein Schlussakkord</translation>
    </message>
    <message>
        <source>Sounds volume</source>
        <translation>Lautstärke der Töne</translation>
    </message>
    <message>
        <source>&amp;Test sounds</source>
        <translation>Töne &amp;testen</translation>
    </message>
    <message>
        <source>Test sounds</source>
        <translation>Töne testen</translation>
    </message>
    <message>
        <source>Sounds &amp;volume:</source>
        <translation>&amp;Lautstärke der Töne:</translation>
    </message>
    <message>
        <source>Read steps &amp;aloud</source>
        <translation>Schritte &amp;vorlesen</translation>
    </message>
    <message>
        <source>Read steps aloud</source>
        <translation>Schritte vorlesen</translation>
    </message>
    <message>
        <source>Speak each step&apos;s title and instruction as it starts</source>
        <translation>Titel und Anleitung jedes Schritts vorlesen, wenn er beginnt</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Vo&amp;ice:</source>
        <translation>St&amp;imme:</translation>
    </message>
    <message>
        <source>Speaking speed</source>
        <translation>Sprechgeschwindigkeit</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>&amp;Geschwindigkeit:</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Lautstärke der Stimme</translation>
    </message>
    <message>
        <source>T&amp;est voice</source>
        <translation>Stimme t&amp;esten</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Stimme testen</translation>
    </message>
    <message>
        <source>Voice vol&amp;ume:</source>
        <translation>Lautstärke der Sti&amp;mme:</translation>
    </message>
    <message>
        <source>Say only each step&apos;s &amp;title</source>
        <translation>Nur den &amp;Titel jedes Schritts sagen</translation>
    </message>
    <message>
        <source>Say only each step&apos;s title</source>
        <translation>Nur den Titel jedes Schritts sagen</translation>
    </message>
    <message>
        <source>&amp;Count repetitions aloud</source>
        <translation>Wiederholungen laut &amp;zählen</translation>
    </message>
    <message>
        <source>Count repetitions aloud</source>
        <translation>Wiederholungen laut zählen</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Sounds are off: this computer has no audio output.</source>
        <translation>Töne sind aus: Dieser Computer hat keine Audioausgabe.</translation>
    </message>
    <message>
        <source>Sounds are off: Qt Multimedia could not be loaded ({0}).</source>
        <translation>Töne sind aus: Qt Multimedia konnte nicht geladen werden ({0}).</translation>
    </message>
    <message>
        <source>Sounds are off: the audio output stopped. They come back when it returns.</source>
        <translation>Töne sind aus: Die Audioausgabe ist ausgefallen. Sie kommen zurück, wenn sie wieder da ist.</translation>
    </message>
    <message>
        <source>This is the voice that reads the steps.</source>
        <translation>Das ist die Stimme, die die Schritte vorliest.</translation>
    </message>
    <message>
        <source>Voice is off: text-to-speech could not be loaded ({0}).</source>
        <translation>Sprachansage ist aus: Die Sprachausgabe konnte nicht geladen werden ({0}).</translation>
    </message>
    <message>
        <source>Voice is off: no speech engine is installed.</source>
        <translation>Sprachansage ist aus: Es ist keine Sprachausgabe installiert.</translation>
    </message>
    <message>
        <source>Voice is off: the speech engine could not start ({0}).</source>
        <translation>Sprachansage ist aus: Die Sprachausgabe konnte nicht starten ({0}).</translation>
    </message>
    <message>
        <source>Voice is off: {0}</source>
        <translation>Sprachansage ist aus: {0}</translation>
    </message>
    <message>
        <source>the speech engine failed.</source>
        <translation>die Sprachausgabe ist ausgefallen.</translation>
    </message>
    <message>
        <source>No voice for {language} is installed: the default voice reads it.</source>
        <translation>Für {language} ist keine Stimme installiert: Die Standardstimme liest diesen Text.</translation>
    </message>
    <message>
        <source>Voice is off: the speech engine stopped responding.</source>
        <translation>Sprachansage ist aus: Die Sprachausgabe reagiert nicht mehr.</translation>
    </message>
    <message>
        <source>Voice is off: the speech engine stopped.</source>
        <translation>Sprachansage ist aus: Die Sprachausgabe wurde beendet.</translation>
    </message>
    <message>
        <source>Other hand.</source>
        <translation>Andere Hand.</translation>
    </message>
    <message>
        <source>Switch hands.</source>
        <translation>Hand wechseln.</translation>
    </message>
    <message>
        <source>Switch feet.</source>
        <translation>Fuß wechseln.</translation>
    </message>
    <message>
        <source>Other foot.</source>
        <translation>Anderer Fuß.</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Pause.</translation>
    </message>
    <message>
        <source>Get ready.</source>
        <translation>Machen Sie sich bereit.</translation>
    </message>
    <message>
        <source>Ready when you are.</source>
        <translation>Bereit, wenn Sie es sind.</translation>
    </message>
    <message>
        <source>Routine finished. Well done.</source>
        <translation>Routine beendet. Gut gemacht.</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>Schritt {0} von {1}: {2}</translation>
    </message>
    <message>
        <source>Waiting. Start the next step when you are ready.</source>
        <translation>Warten. Starten Sie den nächsten Schritt, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Routine finished.</source>
        <translation>Routine beendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s).</source>
        <translation>
            <numerusform>%n Mal.</numerusform>
            <numerusform>%n Mal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Revert to the bundled routine</source>
        <translation>Zur mitgelieferten Routine zurückkehren</translation>
    </message>
    <message>
        <source>Steps and step library</source>
        <translation>Schritte und Schrittbibliothek</translation>
    </message>
    <message>
        <source>Steps or step library</source>
        <translation>Schritte oder Schrittbibliothek</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step library</source>
        <translation>Schrittbibliothek</translation>
    </message>
    <message>
        <source>Step and routine fields</source>
        <translation>Schritt- und Routinenfelder</translation>
    </message>
    <message>
        <source>Step or routine fields</source>
        <translation>Schritt- oder Routinenfelder</translation>
    </message>
    <message>
        <source>The step&apos;s fields</source>
        <translation>Die Felder des Schritts</translation>
    </message>
    <message>
        <source>The routine&apos;s fields</source>
        <translation>Die Felder der Routine</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>The routine&apos;s translations</source>
        <translation>Die Übersetzungen der Routine</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>&amp;Play step</source>
        <translation>Schritt &amp;abspielen</translation>
    </message>
    <message>
        <source>Play &amp;from here</source>
        <translation>Ab &amp;hier abspielen</translation>
    </message>
    <message>
        <source>&amp;Close editor</source>
        <translation>Editor &amp;schließen</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>%1 rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>%1 wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving; each is shown by its field.</source>
        <translation>
            <numerusform>%n Problem muss vor dem Speichern behoben werden; es wird bei seinem Feld angezeigt.</numerusform>
            <numerusform>%n Probleme müssen vor dem Speichern behoben werden; jedes wird bei seinem Feld angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Save routine as</source>
        <translation>Routine speichern unter</translation>
    </message>
    <message>
        <source>Routine files (*.yaml *.yml)</source>
        <translation>Routinedateien (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>EditorStepList</name>
    <message>
        <source>(untitled step)</source>
        <translation>(Schritt ohne Titel)</translation>
    </message>
    <message>
        <source>This step has problems; see its fields.</source>
        <translation>Dieser Schritt hat Probleme; siehe seine Felder.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>HandDiagram</name>
    <message>
        <source>big toe ▸</source>
        <translation>großer Zeh ▸</translation>
    </message>
    <message>
        <source>◂ big toe</source>
        <translation>◂ großer Zeh</translation>
    </message>
    <message>
        <source>thumb ▸</source>
        <translation>Daumen ▸</translation>
    </message>
    <message>
        <source>◂ thumb</source>
        <translation>◂ Daumen</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Hand diagram</source>
        <translation>Handdiagramm</translation>
    </message>
    <message>
        <source>Foot diagram</source>
        <translation>Fußdiagramm</translation>
    </message>
    <message>
        <source>Highlighted: %1.</source>
        <translation>Hervorgehoben: %1.</translation>
    </message>
    <message>
        <source>Nothing highlighted.</source>
        <translation>Nichts hervorgehoben.</translation>
    </message>
    <message>
        <source>Move along: %1.</source>
        <translation>Entlang bewegen: %1.</translation>
    </message>
</context>
<context>
    <name>HistoryModels</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Practised</source>
        <translation>Geübt</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Practice history</source>
        <translation>Übungsprotokoll</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation>Zurück dorthin, wo Sie waren (Esc)</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Längste Serie</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Practice per routine</source>
        <translation>Übung je Routine</translation>
    </message>
    <message>
        <source>Last sessions</source>
        <translation>Letzte Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Delete session…</source>
        <translation>Sitzung &amp;löschen…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Per routine</source>
        <translation>Je Routine</translation>
    </message>
    <message>
        <source>{title}: {done} of {target} this week</source>
        <translation>{title}: {done} von {target} diese Woche</translation>
    </message>
    <message>
        <source> (for {whom})</source>
        <translation> (für {whom})</translation>
    </message>
    <message>
        <source>The history could not be exported: {error}</source>
        <translation>Das Protokoll konnte nicht exportiert werden: {error}</translation>
    </message>
    <message>
        <source>Practice history exported to {path}</source>
        <translation>Übungsprotokoll nach {path} exportiert</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>no such routine file: {ref}</source>
        <translation>keine solche Routinedatei: {ref}</translation>
    </message>
    <message>
        <source>the routine file {ref} has errors:</source>
        <translation>die Routinedatei {ref} hat Fehler:</translation>
    </message>
    <message>
        <source>the routine &apos;{ref}&apos; did not load; its file has errors:</source>
        <translation>die Routine „{ref}“ wurde nicht geladen; ihre Datei hat Fehler:</translation>
    </message>
    <message>
        <source>no routine with the id &apos;{ref}&apos;{hint}; &apos;handtrainer list&apos; shows the routines there are</source>
        <translation>keine Routine mit der ID „{ref}“{hint}; „handtrainer list“ zeigt die vorhandenen Routinen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Some cues are unavailable: {error}</source>
        <translation>Einige Signale sind nicht verfügbar: {error}</translation>
    </message>
    <message>
        <source>Hand Trainer</source>
        <translation>Hand Trainer</translation>
    </message>
    <message>
        <source>Not started: the cautions were not acknowledged.</source>
        <translation>Nicht gestartet: Die Vorsichtshinweise wurden nicht bestätigt.</translation>
    </message>
    <message>
        <source>Copied into your routines folder, so it is there next time: {files}</source>
        <translation>In Ihren Routinenordner kopiert, damit sie beim nächsten Mal da ist: {files}</translation>
    </message>
    <message>
        <source>Open the sheet</source>
        <translation>Übungsblatt öffnen</translation>
    </message>
    <message>
        <source>Sheet saved to {path}</source>
        <translation>Übungsblatt gespeichert unter {path}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>Ü&amp;ben</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Open routine file…</source>
        <translation>Routinedatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>Übungsblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Export sheet as PDF…</source>
        <translation>Übungsblatt als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation>&amp;Neue Routine</translation>
    </message>
    <message>
        <source>&amp;Duplicate routine</source>
        <translation>Routine d&amp;uplizieren</translation>
    </message>
    <message>
        <source>Edi&amp;t routine</source>
        <translation>Routine be&amp;arbeiten</translation>
    </message>
    <message>
        <source>Larger &amp;text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Routine &amp;library</source>
        <translation>Routinen&amp;bibliothek</translation>
    </message>
    <message>
        <source>&amp;Client screen</source>
        <translation>&amp;Klientenanzeige</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>K&amp;leinere Schrift</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Hand Trainer</source>
        <translation>Ü&amp;ber Hand Trainer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be loaded; see the list of errors.</source>
        <translation>
            <numerusform>%n Datei konnte nicht geladen werden; siehe die Fehlerliste.</numerusform>
            <numerusform>%n Dateien konnten nicht geladen werden; siehe die Fehlerliste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeCalendar</name>
    <message>
        <source>Practice calendar</source>
        <translation>Übungskalender</translation>
    </message>
    <message>
        <source>{days} with practice, {minutes} in all, in the last {weeks}</source>
        <translation>{days} mit Übung, {minutes} insgesamt, in den letzten {weeks}</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>{day}: {minutes} min</source>
        <translation>{day}: {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Hand diagram</source>
        <translation>Handdiagramm</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation>Starten oder pausieren</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Give this step 30 seconds more</source>
        <translation>Diesem Schritt 30 Sekunden mehr geben</translation>
    </message>
    <message>
        <source>Walk through the steps at your own pace, without the timer</source>
        <translation>Die Schritte im eigenen Tempo durchgehen, ohne Zeitgeber</translation>
    </message>
    <message>
        <source>Restart this step</source>
        <translation>Diesen Schritt neu starten</translation>
    </message>
    <message>
        <source>Stop, or go back to the library when stopped</source>
        <translation>Anhalten oder, wenn angehalten, zurück zur Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>+&amp;30 s</source>
        <translation>+&amp;30 s</translation>
    </message>
    <message>
        <source>&amp;Walk through</source>
        <translation>&amp;Durchgehen</translation>
    </message>
    <message>
        <source>&amp;Restart step</source>
        <translation>Schritt &amp;neu starten</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message>
        <source>Notes for the therapist</source>
        <translation>Notizen für die Therapeutin oder den Therapeuten</translation>
    </message>
    <message>
        <source>{what} ({key})</source>
        <translation>{what} ({key})</translation>
    </message>
    <message>
        <source>For you, not the client: {notes}</source>
        <translation>Für Sie, nicht für die Klientin oder den Klienten: {notes}</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>&amp;Timed</source>
        <translation>&amp;Mit Zeitgeber</translation>
    </message>
</context>
<context>
    <name>PreferencesStore</name>
    <message>
        <source>Your preferences could not be read ({error}); the defaults are in use.</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden ({error}); die Standardwerte gelten.</translation>
    </message>
    <message>
        <source>Your preferences file {path} is damaged and could not be moved aside ({error}); the defaults are in use.</source>
        <translation>Ihre Einstellungsdatei {path} ist beschädigt und konnte nicht beiseitegelegt werden ({error}); die Standardwerte gelten.</translation>
    </message>
    <message>
        <source>Your preferences file was damaged: it is kept as {path}, and the defaults are in use.</source>
        <translation>Ihre Einstellungsdatei war beschädigt: Sie ist als {path} aufbewahrt, und die Standardwerte gelten.</translation>
    </message>
    <message>
        <source>Your preferences could not be saved in {path} ({error}).</source>
        <translation>Ihre Einstellungen konnten nicht in {path} gespeichert werden ({error}).</translation>
    </message>
    <message>
        <source>The window&apos;s size and layout could not be saved ({error}).</source>
        <translation>Größe und Aufteilung des Fensters konnten nicht gespeichert werden ({error}).</translation>
    </message>
    <message>
        <source>That you read these cautions could not be saved ({error}); you will be asked again next time.</source>
        <translation>Dass Sie diese Vorsichtshinweise gelesen haben, konnte nicht gespeichert werden ({error}); Sie werden beim nächsten Mal erneut gefragt.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Export routine sheet</source>
        <translation>Übungsblatt exportieren</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <source>Compact cards (two columns, smaller diagrams)</source>
        <translation>Kompakte Karten (zwei Spalten, kleinere Diagramme)</translation>
    </message>
    <message>
        <source>Print sheet: {title}</source>
        <translation>Übungsblatt drucken: {title}</translation>
    </message>
    <message>
        <source>Compact cards</source>
        <translation>Kompakte Karten</translation>
    </message>
    <message>
        <source>Two columns of smaller cards, as handtrainer export --compact</source>
        <translation>Zwei Spalten mit kleineren Karten, wie handtrainer export --compact</translation>
    </message>
    <message>
        <source>Could not export the sheet</source>
        <translation>Das Übungsblatt konnte nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>warning: {message}</source>
        <translation>Warnung: {message}</translation>
    </message>
    <message>
        <source>{where} must be a set of fields (title:, instruction:, ...), not {kind}</source>
        <translation>{where}: erwartet wird eine Gruppe von Feldern (title:, instruction:, ...), nicht {kind}</translation>
    </message>
    <message>
        <source> (did you mean &apos;{choice}&apos;?)</source>
        <translation> (meinten Sie „{choice}“?)</translation>
    </message>
    <message numerus="yes">
        <source>{fields} and %n more</source>
        <translation>
            <numerusform>{fields} und %n weiteres</numerusform>
            <numerusform>{fields} und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problems from here on are not listed (only the first {most} are); fix these and check again</source>
        <translation>
            <numerusform>%n weiteres Problem ab hier ist nicht aufgeführt (nur die ersten {most} werden gezeigt); beheben Sie diese und prüfen Sie erneut</numerusform>
            <numerusform>%n weitere Probleme ab hier sind nicht aufgeführt (nur die ersten {most} werden gezeigt); beheben Sie diese und prüfen Sie erneut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{field}&apos; has %n items; at most {most}</source>
        <translation>
            <numerusform>„{field}“ hat %n Eintrag; höchstens {most}</numerusform>
            <numerusform>„{field}“ hat %n Einträge; höchstens {most}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} is too long (%n characters; at most {most})</source>
        <translation>
            <numerusform>{what} ist zu lang (%n Zeichen; höchstens {most})</numerusform>
            <numerusform>{what} ist zu lang (%n Zeichen; höchstens {most})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} has %n cautions, the routine {count} of its own; give one for each, in the same order (standard cautions such as &apos;injuries&apos; are translated by the program: list only the routine&apos;s own sentences)</source>
        <translation>
            <numerusform>{where}: %n Vorsichtshinweis, die Routine hat aber {count} eigene; geben Sie für jeden einen an, in derselben Reihenfolge (Standard-Vorsichtshinweise wie „injuries“ übersetzt das Programm: führen Sie nur die eigenen Sätze der Routine auf)</numerusform>
            <numerusform>{where}: %n Vorsichtshinweise, die Routine hat aber {count} eigene; geben Sie für jeden einen an, in derselben Reihenfolge (Standard-Vorsichtshinweise wie „injuries“ übersetzt das Programm: führen Sie nur die eigenen Sätze der Routine auf)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} has %n sources, the routine {count}; give one for each, in the same order</source>
        <translation>
            <numerusform>{where}: %n Quelle, die Routine hat aber {count}; geben Sie für jede eine an, in derselben Reihenfolge</numerusform>
            <numerusform>{where}: %n Quellen, die Routine hat aber {count}; geben Sie für jede eine an, in derselben Reihenfolge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} has %n steps, the routine {count}; give one entry per step, in the same order (an empty entry &apos;- {{}}&apos; keeps a step&apos;s own text)</source>
        <translation>
            <numerusform>{where}: %n Schritt, die Routine hat aber {count}; geben Sie einen Eintrag je Schritt an, in derselben Reihenfolge (ein leerer Eintrag „- {{}}“ behält den eigenen Text des Schritts)</numerusform>
            <numerusform>{where}: %n Schritte, die Routine hat aber {count}; geben Sie einen Eintrag je Schritt an, in derselben Reihenfolge (ein leerer Eintrag „- {{}}“ behält den eigenen Text des Schritts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the routine has %n step(s); at most {most}</source>
        <translation>
            <numerusform>die Routine hat %n Schritt; höchstens {most}</numerusform>
            <numerusform>die Routine hat %n Schritte; höchstens {most}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the number is far too large (%n digits)</source>
        <translation>
            <numerusform>die Zahl ist viel zu groß (%n Stelle)</numerusform>
            <numerusform>die Zahl ist viel zu groß (%n Stellen)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the folder {folder}: {reason}</source>
        <translation>der Ordner {folder} lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is also used by {others}; ids must be unique, so neither file is used (change one id)</source>
        <translation>die ID „{id}“ wird auch von {others} verwendet; IDs müssen eindeutig sein, daher wird keine der Dateien verwendet (ändern Sie eine ID)</translation>
    </message>
    <message>
        <source>the bundled routines folder</source>
        <translation>der Ordner der mitgelieferten Routinen</translation>
    </message>
    <message>
        <source>cannot create your routines folder {folder}: {reason}</source>
        <translation>Ihr Routinenordner {folder} lässt sich nicht anlegen: {reason}</translation>
    </message>
    <message>
        <source>your routines folder</source>
        <translation>Ihr Routinenordner</translation>
    </message>
    <message>
        <source>the folder {folder} ({source}) does not exist</source>
        <translation>den Ordner {folder} ({source}) gibt es nicht</translation>
    </message>
    <message>
        <source>your routine {path} replaces the bundled routine &apos;{id}&apos; ({bundled})</source>
        <translation>Ihre Routine {path} ersetzt die mitgelieferte Routine „{id}“ ({bundled})</translation>
    </message>
    <message>
        <source>the routine {path} replaces the bundled routine &apos;{id}&apos; ({bundled})</source>
        <translation>die Routine {path} ersetzt die mitgelieferte Routine „{id}“ ({bundled})</translation>
    </message>
    <message>
        <source>the file is too large or too deeply nested to read</source>
        <translation>die Datei ist zu groß oder zu tief verschachtelt, um sie zu lesen</translation>
    </message>
    <message>
        <source>the text contains a character that is not valid Unicode (a lone surrogate, {character}); save the file as UTF-8</source>
        <translation>der Text enthält ein Zeichen, das kein gültiges Unicode ist (ein einzelnes Surrogat, {character}); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>Hand Trainer could not read this file because of a fault in Hand Trainer ({fault}); the other routines are not affected. Please report it with this file</source>
        <translation>Hand Trainer konnte diese Datei wegen eines Fehlers in Hand Trainer nicht lesen ({fault}); die anderen Routinen sind nicht betroffen. Bitte melden Sie den Fehler mit dieser Datei</translation>
    </message>
    <message>
        <source>the &apos;{code}&apos; translation is partial: {fields} is shown in the routine&apos;s own language (&apos;{own}&apos;)</source>
        <translation>die Übersetzung „{code}“ ist unvollständig: {fields} wird in der eigenen Sprache der Routine gezeigt („{own}“)</translation>
    </message>
    <message>
        <source>the &apos;{code}&apos; translation is partial: {fields} are shown in the routine&apos;s own language (&apos;{own}&apos;)</source>
        <translation>die Übersetzung „{code}“ ist unvollständig: {fields} werden in der eigenen Sprache der Routine gezeigt („{own}“)</translation>
    </message>
    <message>
        <source>step {number} {field}</source>
        <translation>Schritt {number} {field}</translation>
    </message>
    <message>
        <source>a plain = means something else to YAML; to write an = sign, quote it: &apos;=&apos;</source>
        <translation>ein einfaches = bedeutet für YAML etwas anderes; um ein Gleichheitszeichen zu schreiben, setzen Sie es in Anführungszeichen: &apos;=&apos;</translation>
    </message>
    <message>
        <source>YAML merge keys (&lt;&lt;) are not allowed in routine files; write the fields out in full</source>
        <translation>YAML-Zusammenführungsschlüssel (&lt;&lt;) sind in Routinedateien nicht erlaubt; schreiben Sie die Felder vollständig aus</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>yes/no (true/false)</source>
        <translation>ja/nein (true/false)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a set of fields</source>
        <translation>eine Gruppe von Feldern</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too short ({value}); at least {low}</source>
        <translation>„{field}“ ist zu kurz ({value}); mindestens {low}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too long ({value}); at most {high}</source>
        <translation>„{field}“ ist zu lang ({value}); höchstens {high}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too small ({value}); at least {low}</source>
        <translation>„{field}“ ist zu klein ({value}); mindestens {low}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too large ({value}); at most {high}</source>
        <translation>„{field}“ ist zu groß ({value}); höchstens {high}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too few ({value}); at least {low}</source>
        <translation>„{field}“ ist zu niedrig ({value}); mindestens {low}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too many ({value}); at most {high}</source>
        <translation>„{field}“ ist zu hoch ({value}); höchstens {high}</translation>
    </message>
    <message>
        <source>a yes/no value is not a length of time</source>
        <translation>ein Ja/Nein-Wert ist keine Dauer</translation>
    </message>
    <message>
        <source>a length of time must be a number of seconds or text like 1m30s</source>
        <translation>eine Dauer muss eine Zahl von Sekunden sein oder ein Text wie 1m30s</translation>
    </message>
    <message>
        <source>a length of time must be a finite number</source>
        <translation>eine Dauer muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>a length of time cannot be negative</source>
        <translation>eine Dauer kann nicht negativ sein</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a length of time; write e.g. 30s, 1m or 1m30s</source>
        <translation>„{text}“ ist keine Dauer; schreiben Sie z. B. 30s, 1m oder 1m30s</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>the YAML tag &apos;{tag}&apos; is not allowed in routine files; remove it</source>
        <translation>der YAML-Tag „{tag}“ ist in Routinedateien nicht erlaubt; entfernen Sie ihn</translation>
    </message>
    <message>
        <source>a field name must be a plain word, not {kind}</source>
        <translation>ein Feldname muss ein einfaches Wort sein, nicht {kind}</translation>
    </message>
    <message>
        <source>field &apos;{name}&apos; appears twice in {where} (first on line {first})</source>
        <translation>{where}: das Feld „{name}“ kommt zweimal vor (zuerst in Zeile {first})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field of {where}; check the indentation ({belongs})</source>
        <translation>{where}: „{name}“ ist hier kein Feld; prüfen Sie die Einrückung ({belongs})</translation>
    </message>
    <message>
        <source>unknown field &apos;{name}&apos; in {where}{hint}</source>
        <translation>{where}: unbekanntes Feld „{name}“{hint}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos;</source>
        <translation>„{field}“</translation>
    </message>
    <message>
        <source>{what} must be text, not {kind}</source>
        <translation>{what} muss Text sein, nicht {kind}</translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <translation>{what} ist leer</translation>
    </message>
    <message>
        <source>{what} must be text, not {kind}; put it in quotes</source>
        <translation>{what} muss Text sein, nicht {kind}; setzen Sie den Wert in Anführungszeichen</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a list (one &apos;- item&apos; per line, or [a, b]), not {kind}</source>
        <translation>„{field}“ muss eine Liste sein (ein „- Eintrag“ je Zeile, oder [a, b]), nicht {kind}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be one word, not {kind}</source>
        <translation>„{field}“ muss ein einzelnes Wort sein, nicht {kind}</translation>
    </message>
    <message>
        <source>{field} empty is not known{hint}; choose one of: {options}</source>
        <translation>{field} ist leer{hint}; wählen Sie einen Wert aus: {options}</translation>
    </message>
    <message>
        <source>{field} &apos;{value}&apos; is not known{hint}; choose one of: {options}</source>
        <translation>{field} „{value}“ ist nicht bekannt{hint}; wählen Sie einen Wert aus: {options}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a length of time like 30s or 1m30s, not {kind}</source>
        <translation>„{field}“ muss eine Dauer wie 30s oder 1m30s sein, nicht {kind}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos;: {reason}</source>
        <translation>„{field}“: {reason}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a whole number: {reason}</source>
        <translation>„{field}“ muss eine ganze Zahl sein: {reason}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a whole number, not {kind}</source>
        <translation>„{field}“ muss eine ganze Zahl sein, nicht {kind}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be more than 0</source>
        <translation>„{field}“ muss größer als 0 sein</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two choices: palm or back</comment>
        <translation> oder </translation>
    </message>
    <message>
        <source>an item of &apos;{field}&apos;</source>
        <translation>ein Eintrag in „{field}“</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; reads as yes/no in YAML; put it in quotes (&quot;{value}&quot;)</source>
        <extracomment>``de``, ``fr``, ``pt-BR``, ``zh-Hant``, ``es-419``: a language, then a script or region.</extracomment>
        <translation>{what} „{value}“ wird in YAML als ja/nein gelesen; setzen Sie den Wert in Anführungszeichen (&quot;{value}&quot;)</translation>
    </message>
    <message>
        <source>{what} must be a language code like de or pt-BR, not {kind}</source>
        <translation>{what} muss ein Sprachcode wie de oder pt-BR sein, nicht {kind}</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is not a language code{hint}; write a short code like de, fr or pt-BR</source>
        <translation>{what} „{value}“ ist kein Sprachcode{hint}; schreiben Sie einen kurzen Code wie de, fr oder pt-BR</translation>
    </message>
    <message>
        <source>{what} empty is not a language code{hint}; write a short code like de, fr or pt-BR</source>
        <translation>{what} ist leer und damit kein Sprachcode{hint}; schreiben Sie einen kurzen Code wie de, fr oder pt-BR</translation>
    </message>
    <message>
        <source>&apos;translations&apos; must be a set of languages (de: ..., fr: ...), not {kind}</source>
        <translation>„translations“ muss eine Gruppe von Sprachen sein (de: ..., fr: ...), nicht {kind}</translation>
    </message>
    <message>
        <source>the translation language</source>
        <translation>die Sprache der Übersetzung</translation>
    </message>
    <message>
        <source>the &apos;{code}&apos; translation appears twice (first on line {first})</source>
        <translation>die Übersetzung „{code}“ kommt zweimal vor (zuerst in Zeile {first})</translation>
    </message>
    <message>
        <source>the routine is written in &apos;{code}&apos; (its &apos;language&apos;), so it cannot also have a &apos;{code}&apos; translation; its own text is the &apos;{code}&apos; text</source>
        <translation>die Routine ist auf „{code}“ geschrieben (ihre „language“), daher kann sie nicht zusätzlich eine Übersetzung „{code}“ haben; ihr eigener Text ist der Text in „{code}“</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be translated in {where}: a translation holds only text ({fields}); &apos;{name}&apos; comes from the routine itself</source>
        <translation>{where}: „{name}“ lässt sich nicht übersetzen: eine Übersetzung enthält nur Text ({fields}); „{name}“ kommt aus der Routine selbst</translation>
    </message>
    <message>
        <source>the &apos;{code}&apos; translation</source>
        <comment>a part of the file named in a problem</comment>
        <translation>Übersetzung „{code}“</translation>
    </message>
    <message>
        <source>{where} must be a set of fields (title:, summary:, steps: ...), not {kind}</source>
        <translation>{where}: erwartet wird eine Gruppe von Feldern (title:, summary:, steps: ...), nicht {kind}</translation>
    </message>
    <message>
        <source>&apos;steps&apos; in {where} must be a list of steps, not {kind}</source>
        <translation>{where}: „steps“ muss eine Liste von Schritten sein, nicht {kind}</translation>
    </message>
    <message>
        <source>step {number} of the &apos;{code}&apos; translation</source>
        <comment>a part of the file named in a problem</comment>
        <translation>Schritt {number} der Übersetzung „{code}“</translation>
    </message>
    <message>
        <source>step {number} has no {name} in the routine&apos;s own text, so this &apos;{name}&apos; is never shown</source>
        <translation>Schritt {number} hat im eigenen Text der Routine kein „{name}“, daher wird dieses „{name}“ nie gezeigt</translation>
    </message>
    <message>
        <source>the routine</source>
        <comment>a part of the file named in a problem</comment>
        <translation>Routine</translation>
    </message>
    <message>
        <source>step {number}</source>
        <comment>a part of the file named in a problem</comment>
        <translation>Schritt {number}</translation>
    </message>
    <message>
        <source>the file is empty; a routine starts with &apos;handtrainer: 1&apos;</source>
        <translation>die Datei ist leer; eine Routine beginnt mit „handtrainer: 1“</translation>
    </message>
    <message>
        <source>a routine file must be a set of fields (handtrainer: 1, title: ..., steps: ...), not {kind}</source>
        <translation>eine Routinedatei muss eine Gruppe von Feldern sein (handtrainer: 1, title: ..., steps: ...), nicht {kind}</translation>
    </message>
    <message>
        <source>it belongs to a step</source>
        <translation>es gehört in einen Schritt</translation>
    </message>
    <message>
        <source>the routine is too long ({length}); a routine may last at most {most}</source>
        <translation>die Routine ist zu lang ({length}); eine Routine darf höchstens {most} dauern</translation>
    </message>
    <message>
        <source>missing &apos;handtrainer: 1&apos; (the format version) at the top of the file; it marks a Hand Trainer routine</source>
        <translation>„handtrainer: 1“ (die Formatversion) fehlt am Anfang der Datei; es kennzeichnet eine Routine für Hand Trainer</translation>
    </message>
    <message>
        <source>this routine is written for format version {version}, but this Hand Trainer reads version {supported}; update Hand Trainer</source>
        <translation>diese Routine ist für die Formatversion {version} geschrieben, dieser Hand Trainer liest aber Version {supported}; aktualisieren Sie Hand Trainer</translation>
    </message>
    <message>
        <source>&apos;handtrainer&apos; must be {version} (the format version)</source>
        <translation>„handtrainer“ muss {version} sein (die Formatversion)</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; may use only small letters a-z, digits and &apos;-&apos;</source>
        <translation>die ID „{id}“ darf nur Kleinbuchstaben a-z, Ziffern und „-“ enthalten</translation>
    </message>
    <message>
        <source>the file name &apos;{name}&apos; cannot serve as the routine&apos;s id; add an &apos;id:&apos; field, or rename the file using only a-z, 0-9 and &apos;-&apos;</source>
        <translation>der Dateiname „{name}“ taugt nicht als ID der Routine; fügen Sie ein Feld „id:“ hinzu, oder benennen Sie die Datei um und verwenden Sie nur a-z, 0-9 und „-“</translation>
    </message>
    <message>
        <source>{where} has no &apos;{field}&apos;; it is required</source>
        <translation>{where}: das Feld „{field}“ fehlt; es ist erforderlich</translation>
    </message>
    <message>
        <source>unknown caution &apos;{caution}&apos;{hint}; the standard cautions are: {cautions} (write your own as a sentence)</source>
        <translation>unbekannter Vorsichtshinweis „{caution}“{hint}; die Standard-Vorsichtshinweise sind: {cautions} (schreiben Sie eigene als Satz)</translation>
    </message>
    <message>
        <source>caution &apos;{caution}&apos; is listed twice</source>
        <translation>der Vorsichtshinweis „{caution}“ steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>&apos;plan&apos; must be a set of fields (for, times_per_week, how_often, days, note), not {kind}</source>
        <translation>„plan“ muss eine Gruppe von Feldern sein (for, times_per_week, how_often, days, note), nicht {kind}</translation>
    </message>
    <message>
        <source>the plan</source>
        <comment>a part of the file named in a problem</comment>
        <translation>Plan</translation>
    </message>
    <message>
        <source>day</source>
        <comment>an item of &apos;days&apos;: day &apos;mondy&apos; is not known</comment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>the day &apos;{day}&apos; is listed twice</source>
        <translation>der Tag „{day}“ steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>the routine has no &apos;steps&apos;; it needs at least one</source>
        <translation>die Routine hat kein Feld „steps“; sie braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a list of steps, not {kind}</source>
        <translation>„steps“ muss eine Liste von Schritten sein, nicht {kind}</translation>
    </message>
    <message>
        <source>&apos;steps&apos; is empty; a routine needs at least one step</source>
        <translation>„steps“ ist leer; eine Routine braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>it belongs to the routine</source>
        <translation>es gehört auf die oberste Ebene der Routine</translation>
    </message>
    <message>
        <source>{where} has no &apos;technique&apos;; it is required (one of: {techniques})</source>
        <translation>{where}: das Feld „technique“ fehlt; es ist erforderlich (eines von: {techniques})</translation>
    </message>
    <message>
        <source>&apos;view: {view}&apos; is not a view of the {map} map; use {views}</source>
        <translation>„view: {view}“ ist keine Ansicht der Karte „{map}“; verwenden Sie {views}</translation>
    </message>
    <message>
        <source>&apos;path&apos; shows a direction, so it needs at least two zones, or one zone with a course of its own (a line or an edge)</source>
        <translation>„path“ zeigt eine Richtung, daher braucht es mindestens zwei Zonen oder eine Zone mit eigenem Verlauf (eine Linie oder einen Rand)</translation>
    </message>
    <message>
        <source>&apos;rotation&apos; is shown only for turning techniques ({techniques}), not for &apos;{technique}&apos;</source>
        <translation>„rotation“ wird nur bei drehenden Techniken gezeigt ({techniques}), nicht bei „{technique}“</translation>
    </message>
    <message>
        <source>&apos;rotation&apos; is shown only for turning techniques ({techniques}), not for this step</source>
        <translation>„rotation“ wird nur bei drehenden Techniken gezeigt ({techniques}), nicht bei diesem Schritt</translation>
    </message>
    <message>
        <source>unknown zone &apos;{zone}&apos;{hint}; &apos;handtrainer zones&apos; lists them</source>
        <translation>unbekannte Zone „{zone}“{hint}; „handtrainer zones“ listet alle Zonen auf</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; ({name}) is on the {zone_map} map, and this routine uses the {map} map (set &apos;map: {zone_map}&apos; at the top to use it)</source>
        <translation>die Zone „{zone}“ ({name}) liegt auf der Karte „{zone_map}“, diese Routine verwendet aber die Karte „{map}“ (setzen Sie „map: {zone_map}“ an den Anfang, um sie zu verwenden)</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; ({name}) is not on the {view} view of the {map}; set &apos;view: {views}&apos; or pick a {view} zone</source>
        <translation>die Zone „{zone}“ ({name}) liegt nicht in der Ansicht „{view}“ der Karte „{map}“; setzen Sie „view: {views}“ oder wählen Sie eine Zone der Ansicht „{view}“</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; is listed twice</source>
        <translation>die Zone „{zone}“ steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>{where} has both &apos;duration&apos; and &apos;{other}&apos;; give either a duration, or &apos;repeat&apos; with &apos;pace&apos;, not both</source>
        <translation>{where}: „duration“ und „{other}“ sind beide angegeben; geben Sie entweder eine Dauer an oder „repeat“ mit „pace“, nicht beides</translation>
    </message>
    <message>
        <source>{where} has no length: give &apos;duration&apos; (e.g. 30s), or &apos;repeat&apos; (how many times) with &apos;pace&apos; (seconds each)</source>
        <translation>{where}: keine Länge angegeben; geben Sie „duration“ an (z. B. 30s) oder „repeat“ (wie oft) mit „pace“ (Sekunden je Wiederholung)</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; needs &apos;{missing}&apos; too: &apos;repeat&apos; counts the repetitions and &apos;pace&apos; gives the seconds of each</source>
        <translation>„{given}“ braucht auch „{missing}“: „repeat“ zählt die Wiederholungen und „pace“ gibt die Sekunden jeder Wiederholung an</translation>
    </message>
    <message>
        <source>{where} is too long ({repeat} x {pace} = {length}); a step may last at most {most}</source>
        <translation>{where}: zu lang ({repeat} x {pace} = {length}); ein Schritt darf höchstens {most} dauern</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>this is {kind}, not a routine file; routines must be regular files</source>
        <translation>dies ist {kind}, keine Routinedatei; Routinen müssen gewöhnliche Dateien sein</translation>
    </message>
    <message>
        <source>cannot read the file: its symbolic links form a loop</source>
        <translation>die Datei lässt sich nicht lesen: ihre symbolischen Links bilden eine Schleife</translation>
    </message>
    <message>
        <source>the file does not exist (or is a broken symbolic link)</source>
        <translation>die Datei existiert nicht (oder ist ein defekter symbolischer Link)</translation>
    </message>
    <message>
        <source>cannot read the file: permission denied</source>
        <translation>die Datei lässt sich nicht lesen: keine Berechtigung</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>die Datei lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>the file is too large ({size} KiB); routine files may be at most {most} KiB</source>
        <translation>die Datei ist zu groß ({size} KiB); Routinedateien dürfen höchstens {most} KiB groß sein</translation>
    </message>
    <message>
        <source>the file contains NUL bytes: it looks like a binary file, not a routine</source>
        <translation>die Datei enthält NUL-Bytes: sie sieht nach einer Binärdatei aus, nicht nach einer Routine</translation>
    </message>
    <message>
        <source>the file is saved as UTF-16; save it as UTF-8</source>
        <translation>die Datei ist als UTF-16 gespeichert; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte {byte}); save it as UTF-8</source>
        <translation>die Datei ist kein gültiger UTF-8-Text (Byte {byte}); speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (&apos;---&apos;); put one routine per file</source>
        <translation>die Datei enthält mehr als ein YAML-Dokument („---“); schreiben Sie eine Routine pro Datei</translation>
    </message>
    <message>
        <source>a &apos;: &apos; here starts a new field where none may start; if this is text containing &apos;: &apos;, put the whole text in quotes</source>
        <translation>ein „: “ beginnt hier ein neues Feld, wo keines beginnen darf; wenn dies Text mit „: “ ist, setzen Sie den ganzen Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>this line has no &apos;:&apos; after its field name; if it continues the text above, indent it further or put the text in quotes</source>
        <translation>in dieser Zeile fehlt der „:“ nach dem Feldnamen; wenn sie den Text darüber fortsetzt, rücken Sie sie weiter ein oder setzen Sie den Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>the file ends inside quoted text: a closing quote is missing</source>
        <translation>die Datei endet mitten in einem Text in Anführungszeichen: ein schließendes Anführungszeichen fehlt</translation>
    </message>
    <message>
        <source>a [list] is not closed here: a &apos;,&apos; or &apos;]&apos; is missing</source>
        <translation>eine [Liste] ist hier nicht geschlossen: ein „,“ oder „]“ fehlt</translation>
    </message>
    <message>
        <source>a {set of fields} is not closed here: a &apos;,&apos; or &apos;}&apos; is missing</source>
        <translation>eine {Gruppe von Feldern} ist hier nicht geschlossen: ein „,“ oder „}“ fehlt</translation>
    </message>
    <message>
        <source>the indentation here does not line up with the fields above (or text follows a closing quote or bracket)</source>
        <translation>die Einrückung hier passt nicht zu den Feldern darüber (oder nach einem schließenden Anführungszeichen oder einer Klammer folgt noch Text)</translation>
    </message>
    <message>
        <source>the indentation here does not line up with the list above; each item starts with &apos;- &apos; at the same indentation</source>
        <translation>die Einrückung hier passt nicht zur Liste darüber; jeder Eintrag beginnt mit „- “ in derselben Einrückung</translation>
    </message>
    <message>
        <source>a value cannot start with this character (&apos;@&apos;, &apos;`&apos;, &apos;%&apos; and others are reserved); put the text in quotes</source>
        <translation>ein Wert kann nicht mit diesem Zeichen beginnen („@“, „`“, „%“ und andere sind reserviert); setzen Sie den Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>unknown escape after a backslash in double-quoted text; write \\ for a backslash, or use single quotes</source>
        <translation>unbekannte Escape-Sequenz nach einem Backslash in Text mit doppelten Anführungszeichen; schreiben Sie \\ für einen Backslash oder verwenden Sie einfache Anführungszeichen</translation>
    </message>
    <message>
        <source>a value is missing here</source>
        <translation>hier fehlt ein Wert</translation>
    </message>
    <message>
        <source>tab characters cannot indent YAML; indent with spaces</source>
        <translation>Tabulatorzeichen können YAML nicht einrücken; rücken Sie mit Leerzeichen ein</translation>
    </message>
    <message>
        <source>the file is not valid YAML here ({problem}, {context})</source>
        <translation>die Datei ist hier kein gültiges YAML ({problem}, {context})</translation>
    </message>
    <message>
        <source>the file is not valid YAML here ({problem})</source>
        <translation>die Datei ist hier kein gültiges YAML ({problem})</translation>
    </message>
    <message>
        <source>the file contains a control character ({character}) that YAML does not allow</source>
        <translation>die Datei enthält ein Steuerzeichen ({character}), das YAML nicht erlaubt</translation>
    </message>
    <message>
        <source>anchors and aliases (&apos;{anchor}&apos;) are not allowed in routine files; write the value out in full</source>
        <translation>Anker und Aliase („{anchor}“) sind in Routinedateien nicht erlaubt; schreiben Sie den Wert vollständig aus</translation>
    </message>
    <message>
        <source>the file nests lists or mappings more than {depth} levels deep</source>
        <translation>die Datei verschachtelt Listen oder Felder tiefer als {depth} Ebenen</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has too many &apos;:&apos; parts to be a number</source>
        <translation>„{text}“ hat zu viele „:“-Teile für eine Zahl</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>„{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the file has errors, so the editor cannot open it for changes: {first}</source>
        <translation>die Datei hat Fehler, daher kann der Editor sie nicht zum Ändern öffnen: {first}</translation>
    </message>
    <message>
        <source>saving would drop part of the file ({problem}); fix it by hand, or save a copy with Save As</source>
        <translation>Speichern würde einen Teil der Datei verwerfen ({problem}); beheben Sie das von Hand, oder speichern Sie eine Kopie mit „Speichern unter“</translation>
    </message>
    <message>
        <source>saving would lose the comment &apos;{comment}&apos; (the editor cannot keep comments inside [a, b] lists); save a copy with Save As to edit it</source>
        <translation>Speichern würde den Kommentar „{comment}“ verlieren (der Editor kann Kommentare in [a, b]-Listen nicht behalten); speichern Sie eine Kopie mit „Speichern unter“, um sie zu bearbeiten</translation>
    </message>
    <message>
        <source>it reads back differently</source>
        <translation>beim Zurücklesen ergibt sie eine andere Routine</translation>
    </message>
    <message>
        <source>the routine would not be saved as it is: {problems}</source>
        <translation>die Routine würde nicht so gespeichert, wie sie ist: {problems}</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Open routine files</source>
        <translation>Routinedateien öffnen</translation>
    </message>
    <message>
        <source>Routine files (*.yaml *.yml);;All files (*)</source>
        <translation>Routinedateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export routine sheet</source>
        <translation>Übungsblatt exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>You are on step {n} of {total}.</source>
        <translation>Sie sind bei Schritt {n} von {total}.</translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation>Routine anhalten?</translation>
    </message>
    <message>
        <source>Stop “{title}”?</source>
        <translation>„{title}“ anhalten?</translation>
    </message>
    <message>
        <source>Stopping loses your place.</source>
        <translation>Beim Anhalten geht Ihre Stelle verloren.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Restart Hand Trainer?</source>
        <translation>Hand Trainer neu starten?</translation>
    </message>
    <message>
        <source>The new language shows when Hand Trainer restarts.</source>
        <translation>Die neue Sprache erscheint, wenn Hand Trainer neu startet.</translation>
    </message>
    <message>
        <source>Restart now to see it: a routine under way is asked about first, and your settings are kept. Or go on, and see it at the next start.</source>
        <translation>Starten Sie jetzt neu, um sie zu sehen: Bei einer laufenden Routine werden Sie vorher gefragt, und Ihre Einstellungen bleiben erhalten. Oder arbeiten Sie weiter und sehen Sie sie beim nächsten Start.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Restart Hand Trainer</source>
        <translation>Hand Trainer neu starten</translation>
    </message>
    <message>
        <source>Hand Trainer could not start again by itself. Your settings are saved: please start it yourself.</source>
        <translation>Hand Trainer konnte sich nicht selbst neu starten. Ihre Einstellungen sind gespeichert: Bitte starten Sie Hand Trainer selbst.</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me to &amp;practise</source>
        <translation>Ans &amp;Üben erinnern</translation>
    </message>
    <message>
        <source>Every few minutes in working hours</source>
        <translation>Alle paar Minuten während der Arbeitszeit</translation>
    </message>
    <message>
        <source>At set times of day</source>
        <translation>Zu festen Tageszeiten</translation>
    </message>
    <message>
        <source>When to remind</source>
        <translation>Wann erinnert wird</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation>Minuten zwischen den Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Wor&amp;king hours:</source>
        <translation>Arbeits&amp;zeit:</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Tageszeiten</translation>
    </message>
    <message>
        <source>&amp;Times of day:</source>
        <translation>&amp;Tageszeiten:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>No reminder comes while a routine runs or the screen is locked, and reminders missed while the computer slept are not made up for. Morning reminders suggest a brisk routine, evening ones a slow one.</source>
        <translation>Während eine Routine läuft oder der Bildschirm gesperrt ist, kommt keine Erinnerung, und Erinnerungen, die verpasst wurden, während der Computer schlief, werden nicht nachgeholt. Morgens schlagen Erinnerungen eine belebende Routine vor, abends eine ruhige.</translation>
    </message>
    <message>
        <source>Closing the window keeps Hand Trainer in the &amp;tray</source>
        <translation>Beim Schließen des Fensters bleibt Hand Trainer im &amp;Systembereich</translation>
    </message>
    <message>
        <source>reminders come as desktop notifications while Hand Trainer runs.</source>
        <translation>Erinnerungen kommen als Desktop-Benachrichtigungen, solange Hand Trainer läuft.</translation>
    </message>
    <message>
        <source>reminders appear in the Hand Trainer window while it is open.</source>
        <translation>Erinnerungen erscheinen im Fenster von Hand Trainer, solange es offen ist.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons: {how}</source>
        <translation>Diese Arbeitsumgebung zeigt keine Symbole im Systembereich: {how}</translation>
    </message>
    <message>
        <source>Start Hand Trainer when I &amp;log in</source>
        <translation>Hand Trainer bei der &amp;Anmeldung starten</translation>
    </message>
</context>
<context>
    <name>RoutineDetail</name>
    <message>
        <source>About the selected routine</source>
        <translation>Über die gewählte Routine</translation>
    </message>
    <message>
        <source>Select a routine to see what it holds.</source>
        <translation>Wählen Sie eine Routine, um zu sehen, was sie enthält.</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <source>Notes for the therapist</source>
        <translation>Notizen für die Therapeutin oder den Therapeuten</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>RoutineEditing</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>A copy of “%1”. Save it to keep it.</source>
        <translation>Eine Kopie von „%1“. Speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>A bundled routine. Saving keeps your version in your routines folder, where it replaces the bundled one.</source>
        <translation>Eine mitgelieferte Routine. Beim Speichern kommt Ihre Fassung in Ihren Routinenordner, wo sie die mitgelieferte ersetzt.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Your version replaces the bundled routine “%1”. Revert to go back to it.</source>
        <translation>Ihre Fassung ersetzt die mitgelieferte Routine „%1“. Mit „Zurückkehren“ gelangen Sie wieder zu ihr.</translation>
    </message>
    <message>
        <source>This file is read-only here; use Save As for a copy.</source>
        <translation>Diese Datei ist hier schreibgeschützt; verwenden Sie „Speichern unter“ für eine Kopie.</translation>
    </message>
    <message>
        <source>Replace a routine?</source>
        <translation>Eine Routine ersetzen?</translation>
    </message>
    <message>
        <source>Your folder already has a routine file %1. Replace it?</source>
        <translation>Ihr Ordner enthält bereits eine Routinedatei %1. Ersetzen?</translation>
    </message>
    <message>
        <source>Not saved: choose another id on the Routine tab.</source>
        <translation>Nicht gespeichert: Wählen Sie auf der Registerkarte „Routine“ eine andere ID.</translation>
    </message>
    <message>
        <source>Could not save the routine</source>
        <translation>Die Routine konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Remove your version of “%1” and use the bundled routine again?</source>
        <translation>Ihre Fassung von „%1“ entfernen und wieder die mitgelieferte Routine verwenden?</translation>
    </message>
    <message>
        <source>Revert to the bundled routine</source>
        <translation>Zur mitgelieferten Routine zurückkehren</translation>
    </message>
    <message>
        <source>Could not revert</source>
        <translation>Zurückkehren nicht möglich</translation>
    </message>
    <message>
        <source>Back to the bundled routine.</source>
        <translation>Wieder die mitgelieferte Routine.</translation>
    </message>
    <message>
        <source>the new routine</source>
        <translation>die neue Routine</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix first; each is shown by its field.</source>
        <translation>
            <numerusform>Nicht gespeichert: Zuerst muss %n Problem behoben werden; es wird bei seinem Feld angezeigt.</numerusform>
            <numerusform>Nicht gespeichert: Zuerst müssen %n Probleme behoben werden; jedes wird bei seinem Feld angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message>
        <source>Add language %1</source>
        <translation>Sprache %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove language %1</source>
        <translation>Sprache %1 entfernen</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>&amp;Karte:</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <source>Foot by foot</source>
        <translation>Fuß für Fuß</translation>
    </message>
    <message>
        <source>Each step on one foot, then the other</source>
        <translation>Jeder Schritt an einem Fuß, dann am anderen</translation>
    </message>
    <message>
        <source>All the steps on one foot, then the other</source>
        <translation>Alle Schritte an einem Fuß, dann am anderen</translation>
    </message>
    <message>
        <source>Each step on one hand, then the other</source>
        <translation>Jeder Schritt an einer Hand, dann an der anderen</translation>
    </message>
    <message>
        <source>Hand by hand</source>
        <translation>Hand für Hand</translation>
    </message>
    <message>
        <source>All the steps on one hand, then the other</source>
        <translation>Alle Schritte an einer Hand, dann an der anderen</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ablauf:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>comma-separated: desk, quick</source>
        <translation>durch Kommas getrennt: Schreibtisch, kurz</translation>
    </message>
    <message>
        <source>Standard cautions</source>
        <translation>Standard-Vorsichtshinweise</translation>
    </message>
    <message>
        <source>The routine&apos;s own cautions</source>
        <translation>Die eigenen Vorsichtshinweise der Routine</translation>
    </message>
    <message>
        <source>Your own cautions, one per line</source>
        <translation>Ihre eigenen Vorsichtshinweise, einer pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Cautions:</source>
        <translation>&amp;Vorsichtshinweise:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>So&amp;urces:</source>
        <translation>&amp;Quellen:</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>eine pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>from the title when empty</source>
        <translation>aus dem Titel, wenn leer</translation>
    </message>
    <message>
        <source>Client program</source>
        <translation>Programm für die Klientin oder den Klienten</translation>
    </message>
    <message>
        <source>For &amp;whom:</source>
        <translation>Für &amp;wen:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>How o&amp;ften:</source>
        <translation>Wie o&amp;ft:</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>zweimal am Tag</translation>
    </message>
    <message>
        <source>Times a &amp;week:</source>
        <translation>Mal pro &amp;Woche:</translation>
    </message>
    <message>
        <source>e.g. 14</source>
        <translation>z. B. 14</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Note to the c&amp;lient:</source>
        <translation>Hinweis für die K&amp;lientin / den Klienten:</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Any length</source>
        <translation>Beliebige Dauer</translation>
    </message>
    <message>
        <source>Under 5 min</source>
        <translation>Unter 5 min</translation>
    </message>
    <message>
        <source>5 to 15 min</source>
        <translation>5 bis 15 min</translation>
    </message>
    <message>
        <source>Longer than 15 min</source>
        <translation>Länger als 15 min</translation>
    </message>
    <message>
        <source>Replaces a bundled routine</source>
        <translation>Ersetzt eine mitgelieferte Routine</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Ihre Routine</translation>
    </message>
    <message>
        <source>Added file</source>
        <translation>Hinzugefügte Datei</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Eine Routine wählen</translation>
    </message>
    <message>
        <source>Search routines, steps and tags</source>
        <translation>Routinen, Schritte, Schlagwörter suchen</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Routinen durchsuchen</translation>
    </message>
    <message>
        <source>Type to search; Down goes to the list, Enter opens</source>
        <translation>Tippen Sie zum Suchen; Pfeil nach unten führt zur Liste, Eingabe öffnet</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <source>Filter by whom the routine is for</source>
        <translation>Danach filtern, für wen die Routine ist</translation>
    </message>
    <message>
        <source>Hand or foot</source>
        <translation>Hand oder Fuß</translation>
    </message>
    <message>
        <source>Show routines for the hands, the feet, or both</source>
        <translation>Routinen für die Hände, die Füße oder beide zeigen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Filter by length</source>
        <translation>Nach Dauer filtern</translation>
    </message>
    <message>
        <source>Favour&amp;ites</source>
        <translation>Fa&amp;voriten</translation>
    </message>
    <message>
        <source>Open &amp;routines folder</source>
        <translation>Routinen&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Mark as favouri&amp;te</source>
        <translation>Als Favori&amp;t markieren</translation>
    </message>
    <message>
        <source>Unmark favouri&amp;te</source>
        <translation>Favori&amp;t entfernen</translation>
    </message>
    <message>
        <source>Show only the routines marked as favourites</source>
        <translation>Nur die als Favoriten markierten Routinen zeigen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a routine</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um eine Routine zu öffnen</translation>
    </message>
    <message>
        <source>No routine matches. Clear the search or the filters.</source>
        <translation>Keine Routine passt. Leeren Sie die Suche oder die Filter.</translation>
    </message>
    <message>
        <source>&amp;Open routine</source>
        <translation>Routine ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected routine (Enter)</source>
        <translation>Die gewählte Routine öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Add routine file…</source>
        <translation>Routinedatei hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add routine files from disk (Ctrl+O); they are copied into your routines folder, so they are there next time. You can also drop them here.</source>
        <translation>Routinedateien von der Festplatte hinzufügen (Strg+O); sie werden in Ihren Routinenordner kopiert und sind so beim nächsten Mal da. Sie können sie auch hierher ziehen.</translation>
    </message>
    <message>
        <source>Open the folder where your own routines are kept</source>
        <translation>Den Ordner öffnen, in dem Ihre eigenen Routinen liegen</translation>
    </message>
    <message>
        <source>Routine files that could not be loaded</source>
        <translation>Routinedateien, die nicht geladen werden konnten</translation>
    </message>
    <message>
        <source>Notes and warnings about your routines</source>
        <translation>Hinweise und Warnungen zu Ihren Routinen</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorit</translation>
    </message>
    <message>
        <source>Reading routines… {count} so far</source>
        <translation>Routinen werden gelesen… bisher {count}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Hinweis: {text}</translation>
    </message>
    <message>
        <source>Routine files that could not be loaded ({count})</source>
        <translation>Routinedateien, die nicht geladen werden konnten ({count})</translation>
    </message>
    <message>
        <source>Notes about your routines</source>
        <translation>Hinweise zu Ihren Routinen</translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n Routine</numerusform>
            <numerusform>%n Routinen</numerusform>
        </translation>
    </message>
    <message>
        <source>Partly translated into {language}; some text is shown in {own}.</source>
        <translation>Teilweise auf {language} übersetzt; manches wird auf {own} angezeigt.</translation>
    </message>
    <message>
        <source>Not translated into {language}; shown in {own}.</source>
        <translation>Nicht auf {language} übersetzt; angezeigt auf {own}.</translation>
    </message>
    <message>
        <source>Partly in {language}</source>
        <translation>Teilweise auf {language}</translation>
    </message>
    <message>
        <source>Not in {language}</source>
        <translation>Nicht auf {language}</translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>Length:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Anwendung:</translation>
    </message>
    <message>
        <source>Feet:</source>
        <translation>Füße:</translation>
    </message>
    <message>
        <source>Hands:</source>
        <translation>Hände:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>CAUTIONS: read before you start</source>
        <translation>VORSICHT: vor Beginn lesen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Pressure:</source>
        <translation>Druck:</translation>
    </message>
    <message>
        <source>Technique:</source>
        <translation>Technik:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>In tradition: {text}</source>
        <translation>In der Tradition: {text}</translation>
    </message>
    <message>
        <source>Notes for the parent</source>
        <translation>Notizen für Eltern</translation>
    </message>
    <message>
        <source>Notes for the practitioner</source>
        <translation>Notizen für die Behandelnden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Gedruckt am {date}</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Wie oft:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a week</source>
        <translation>
            <numerusform>%n-mal pro Woche</numerusform>
            <numerusform>%n-mal pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>Continued on the next page</source>
        <translation>Weiter auf der nächsten Seite</translation>
    </message>
    <message>
        <source>Continued in the next column</source>
        <translation>Weiter in der nächsten Spalte</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <source>A routine is running</source>
        <translation>Eine Routine läuft</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Get-ready count</source>
        <translation>Vorbereitungszeit</translation>
    </message>
    <message>
        <source>A short count before the first step</source>
        <translation>Ein kurzer Countdown vor dem ersten Schritt</translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation>&amp;Vorbereiten:</translation>
    </message>
    <message>
        <source>Switch pause</source>
        <translation>Pause zum Seitenwechsel</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>Beginnen mit</translation>
    </message>
    <message>
        <source>Whether a step done on each hand or foot in turn starts on the right or the left</source>
        <translation>Ob ein Schritt, der an jeder Hand oder jedem Fuß nacheinander ausgeführt wird, rechts oder links beginnt</translation>
    </message>
    <message>
        <source>&amp;Start with:</source>
        <translation>&amp;Beginnen mit:</translation>
    </message>
    <message>
        <source>Time to move from one hand to the other, or from one foot to the other</source>
        <translation>Zeit, um von einer Hand zur anderen oder von einem Fuß zum anderen zu wechseln</translation>
    </message>
    <message>
        <source>S&amp;witch sides pause:</source>
        <translation>Pause zum Seiten&amp;wechsel:</translation>
    </message>
    <message>
        <source>Rest between steps</source>
        <translation>Pause zwischen den Schritten</translation>
    </message>
    <message>
        <source>An extra rest after every step</source>
        <translation>Eine zusätzliche Pause nach jedem Schritt</translation>
    </message>
    <message>
        <source>&amp;Rest between steps:</source>
        <translation>&amp;Pause zwischen den Schritten:</translation>
    </message>
    <message>
        <source>Wait for &amp;me before each step</source>
        <translation>Vor jedem Schritt auf &amp;mich warten</translation>
    </message>
    <message>
        <source>Wait for me before each step</source>
        <translation>Vor jedem Schritt auf mich warten</translation>
    </message>
    <message>
        <source>The trainer pauses before every step until you press Space.</source>
        <translation>Der Trainer hält vor jedem Schritt an, bis Sie die Leertaste drücken.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Re&amp;duce motion</source>
        <translation>&amp;Weniger Bewegung</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>The diagram stays still: no pulsing, no moving arrows.</source>
        <translation>Das Diagramm bleibt ruhig: kein Pulsieren, keine wandernden Pfeile.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Normal (100 %)</source>
        <translation>Normal (100 %)</translation>
    </message>
    <message>
        <source>Also Ctrl+plus and Ctrl+minus, in every view</source>
        <translation>Auch mit Strg+Plus und Strg+Minus, in jeder Ansicht</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Sch&amp;riftgröße:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system is set</source>
        <translation>Wie im System eingestellt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The window, the routines and the voice change language when Hand Trainer restarts; after OK you can restart it at once.</source>
        <translation>Fenster, Routinen und Sprachansage wechseln die Sprache, wenn Hand Trainer neu startet; nach OK können Sie gleich neu starten.</translation>
    </message>
    <message>
        <source>Client programs</source>
        <translation>Programme für Klientinnen und Klienten</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation>Praxis&amp;name:</translation>
    </message>
    <message>
        <source>Therapist name</source>
        <translation>Name der Therapeutin / des Therapeuten</translation>
    </message>
    <message>
        <source>&amp;Therapist name:</source>
        <translation>&amp;Therapeutin / Therapeut:</translation>
    </message>
    <message>
        <source>Printed on the sheet of a routine written for a client</source>
        <translation>Wird auf das Übungsblatt einer Routine gedruckt, die für eine Klientin oder einen Klienten geschrieben ist</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>&amp;Anleitung:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>An&amp;sicht:</translation>
    </message>
    <message>
        <source>Palm</source>
        <translation>Handfläche</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Handrücken</translation>
    </message>
    <message>
        <source>Sole</source>
        <translation>Fußsohle</translation>
    </message>
    <message>
        <source>Top of the foot</source>
        <translation>Fußrücken</translation>
    </message>
    <message>
        <source>&amp;Hand:</source>
        <translation>&amp;Hand:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>Tech&amp;nique:</source>
        <translation>Tech&amp;nik:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>&amp;Pressure:</source>
        <translation>&amp;Druck:</translation>
    </message>
    <message>
        <source>clockwise</source>
        <translation>im Uhrzeigersinn</translation>
    </message>
    <message>
        <source>anticlockwise</source>
        <translation>gegen den Uhrzeigersinn</translation>
    </message>
    <message>
        <source>one way, then the other</source>
        <translation>erst in die eine, dann in die andere Richtung</translation>
    </message>
    <message>
        <source>T&amp;urning:</source>
        <translation>&amp;Drehrichtung:</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>&amp;Counted</source>
        <translation>&amp;Gezählt</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <source>Lasts:</source>
        <translation>Dauert:</translation>
    </message>
    <message>
        <source>30s, 1m, 1m30s</source>
        <translation>30s, 1m, 1m30s</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>how many times, e.g. 10</source>
        <translation>wie oft, z. B. 10</translation>
    </message>
    <message>
        <source>Pa&amp;ce:</source>
        <translation>Tem&amp;po:</translation>
    </message>
    <message>
        <source>seconds each, e.g. 2s</source>
        <translation>Sekunden je Wiederholung, z. B. 2s</translation>
    </message>
    <message>
        <source>R&amp;est after:</source>
        <translation>Pa&amp;use danach:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Zonen:</translation>
    </message>
    <message>
        <source>Mark or unmark a zone</source>
        <translation>Eine Zone markieren oder die Markierung entfernen</translation>
    </message>
    <message>
        <source>Add a zone to the direction</source>
        <translation>Eine Zone zur Richtung hinzufügen</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Tr&amp;adition:</source>
        <translation>Tr&amp;adition:</translation>
    </message>
    <message>
        <source>a traditional association</source>
        <translation>eine traditionelle Zuordnung</translation>
    </message>
    <message>
        <source>&amp;Foot:</source>
        <translation>&amp;Fuß:</translation>
    </message>
    <message>
        <source>none: click zones on the diagram</source>
        <translation>keine: Zonen im Diagramm anklicken</translation>
    </message>
    <message>
        <source>none: use Draw direction</source>
        <translation>keine: „Richtung zeichnen“ verwenden</translation>
    </message>
    <message>
        <source>Mark a zone…</source>
        <translation>Zone markieren…</translation>
    </message>
    <message>
        <source>Add to the direction…</source>
        <translation>Zur Richtung…</translation>
    </message>
</context>
<context>
    <name>StepLibrary</name>
    <message>
        <source>Search steps: words, zones, techniques</source>
        <translation>Schritte suchen: Wörter, Zonen, Techniken</translation>
    </message>
    <message>
        <source>Search the step library</source>
        <translation>Die Schrittbibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Any technique</source>
        <translation>Alle Techniken</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Any zone</source>
        <translation>Alle Zonen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Steps of the library</source>
        <translation>Schritte der Bibliothek</translation>
    </message>
    <message>
        <source>Add to the routine</source>
        <translation>Zur Routine hinzufügen</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notizen: {notes}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Click a step, or select it and press Enter, to go to it</source>
        <translation>Klicken Sie auf einen Schritt oder wählen Sie ihn und drücken Sie die Eingabetaste, um zu ihm zu gehen</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation>Noch einmal üben</translation>
    </message>
    <message>
        <source>Run the same routine again from the start (Enter)</source>
        <translation>Dieselbe Routine noch einmal von vorn (Eingabe)</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message>
        <source>Choose another routine (Esc)</source>
        <translation>Eine andere Routine wählen (Esc)</translation>
    </message>
    <message>
        <source>Time practised: {time}
Steps done: all {total}</source>
        <translation>Geübte Zeit: {time}
Erledigte Schritte: alle {total}</translation>
    </message>
    <message>
        <source>Routine ended early</source>
        <translation>Routine vorzeitig beendet</translation>
    </message>
    <message>
        <source>Time practised: {time} of {planned}
Steps reached: {done} of {total}</source>
        <translation>Geübte Zeit: {time} von {planned}
Erreichte Schritte: {done} von {total}</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>classic</source>
        <translation>klassisch</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <source>colds</source>
        <translation>Erkältung</translation>
    </message>
    <message>
        <source>coordination</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>Schreibtisch</translation>
    </message>
    <message>
        <source>digestion</source>
        <translation>Verdauung</translation>
    </message>
    <message>
        <source>energising</source>
        <translation>belebend</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>fingers</source>
        <translation>Finger</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>forearm</source>
        <translation>Unterarm</translation>
    </message>
    <message>
        <source>full</source>
        <translation>ausführlich</translation>
    </message>
    <message>
        <source>gentle</source>
        <translation>sanft</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>infant</source>
        <translation>Baby</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partnermassage</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>quick</source>
        <translation>schnell</translation>
    </message>
    <message>
        <source>reflexology</source>
        <translation>Reflexzonen</translation>
    </message>
    <message>
        <source>relaxing</source>
        <translation>entspannend</translation>
    </message>
    <message>
        <source>self-massage</source>
        <translation>Selbstmassage</translation>
    </message>
    <message>
        <source>short</source>
        <translation>kurz</translation>
    </message>
    <message>
        <source>shoulder</source>
        <translation>Schulter</translation>
    </message>
    <message>
        <source>sore</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>stiff</source>
        <translation>steif</translation>
    </message>
    <message>
        <source>stimulating</source>
        <translation>anregend</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>su-jok</source>
        <translation>Su-Jok</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>tradition</source>
        <translation>Tradition</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>wrist</source>
        <translation>Handgelenk</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Work</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Switch feet</source>
        <translation>Fuß wechseln</translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>Startbereit</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Switch hands</source>
        <translation>Hand wechseln</translation>
    </message>
    <message>
        <source>Rest — coming up next</source>
        <translation>Pause — gleich geht es weiter</translation>
    </message>
    <message>
        <source>Waiting for you — press Space to start the step</source>
        <translation>Wartet auf Sie — drücken Sie die Leertaste, um den Schritt zu starten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Paused — {phase}</source>
        <translation>Pausiert — {phase}</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Tradition</source>
        <translation>Tradition</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Restzeit dieses Schritts</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt der Routine</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Restzeit der Routine</translation>
    </message>
    <message>
        <source>Step instructions</source>
        <translation>Anleitung des Schritts</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation>Schritt {n} von {total}: {title}</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} von {total}</translation>
    </message>
    <message>
        <source>{left} left of {total}</source>
        <translation>noch {left} von {total}</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Als Nächstes: Ende</translation>
    </message>
    <message>
        <source>Next: {title} — {side}</source>
        <translation>Als Nächstes: {title} — {side}</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Als Nächstes: {title}</translation>
    </message>
</context>
<context>
    <name>TranslationForm</name>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Geschrieben in:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Translation:</source>
        <translation>Ü&amp;bersetzung:</translation>
    </message>
    <message>
        <source>a code: de, fr, pt-BR</source>
        <translation>ein Kürzel: de, fr, pt-BR</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Neu:</translation>
    </message>
    <message>
        <source>Not translated yet. Add a language to write the routine&apos;s text in it; steps, zones and timings stay the routine&apos;s own.</source>
        <translation>Noch nicht übersetzt. Fügen Sie eine Sprache hinzu, um den Text der Routine darin zu schreiben; Schritte, Zonen und Zeiten bleiben die der Routine.</translation>
    </message>
    <message>
        <source>The routine</source>
        <translation>Die Routine</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Caution %1:</source>
        <translation>Vorsichtshinweis %1:</translation>
    </message>
    <message>
        <source>Source %1:</source>
        <translation>Quelle %1:</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (meinten Sie „%1“?)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code%2; write a short code like de, fr or pt-BR.</source>
        <translation>„%1“ ist kein Sprachkürzel%2; schreiben Sie ein kurzes Kürzel wie de, fr oder pt-BR.</translation>
    </message>
    <message>
        <source>The routine is written in &apos;%1&apos; already.</source>
        <translation>Die Routine ist bereits in „%1“ geschrieben.</translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation>Anleitung:</translation>
    </message>
    <message>
        <source>Tradition:</source>
        <translation>Tradition:</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Start “{title}”</source>
        <translation>„{title}“ starten</translation>
    </message>
    <message>
        <source>Start “{title}” again</source>
        <translation>„{title}“ noch einmal starten</translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation>Nächste Erinnerung: {when}</translation>
    </message>
    <message>
        <source>Skip the next reminder</source>
        <translation>Nächste Erinnerung überspringen</translation>
    </message>
    <message>
        <source>Snooze reminders for an hour</source>
        <translation>Erinnerungen für eine Stunde pausieren</translation>
    </message>
    <message>
        <source>Today: {time} practised</source>
        <translation>Heute: {time} geübt</translation>
    </message>
    <message>
        <source>Today: no practice yet</source>
        <translation>Heute: noch keine Übung</translation>
    </message>
    <message>
        <source>Open Hand Trainer</source>
        <translation>Hand Trainer öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the decimal point of 2.5 s</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>{count} × {pace}</source>
        <translation>{count} × {pace}</translation>
    </message>
    <message>
        <source>{length} per foot</source>
        <translation>{length} je Fuß</translation>
    </message>
    <message>
        <source>{length} per hand</source>
        <translation>{length} je Hand</translation>
    </message>
    <message>
        <source>{rhythm} ({total})</source>
        <translation>{rhythm} ({total})</translation>
    </message>
    <message>
        <source>{length}, then rest {rest}</source>
        <translation>{length}, danach {rest} Pause</translation>
    </message>
    <message>
        <source>about {length}</source>
        <translation>etwa {length}</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Beide Füße</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Linke Hand</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Rechte Hand</translation>
    </message>
    <message>
        <source>Both hands</source>
        <translation>Beide Hände</translation>
    </message>
    <message>
        <source>LEFT FOOT</source>
        <translation>LINKER FUSS</translation>
    </message>
    <message>
        <source>RIGHT FOOT</source>
        <translation>RECHTER FUSS</translation>
    </message>
    <message>
        <source>BOTH FEET</source>
        <translation>BEIDE FÜSSE</translation>
    </message>
    <message>
        <source>LEFT HAND</source>
        <translation>LINKE HAND</translation>
    </message>
    <message>
        <source>RIGHT HAND</source>
        <translation>RECHTE HAND</translation>
    </message>
    <message>
        <source>BOTH HANDS</source>
        <translation>BEIDE HÄNDE</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>each hand</source>
        <translation>jede Hand</translation>
    </message>
    <message>
        <source>both hands</source>
        <translation>beide Hände</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>linke Hand</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>rechte Hand</translation>
    </message>
    <message>
        <source>each foot</source>
        <translation>jeder Fuß</translation>
    </message>
    <message>
        <source>both feet</source>
        <translation>beide Füße</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>linker Fuß</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>rechter Fuß</translation>
    </message>
    <message>
        <source>Each foot in turn</source>
        <translation>Jeder Fuß nacheinander</translation>
    </message>
    <message>
        <source>Both feet at once</source>
        <translation>Beide Füße zugleich</translation>
    </message>
    <message>
        <source>Each hand in turn</source>
        <translation>Jede Hand nacheinander</translation>
    </message>
    <message>
        <source>Both hands at once</source>
        <translation>Beide Hände zugleich</translation>
    </message>
    <message>
        <source>Each hand, one round per hand</source>
        <translation>Jede Hand, eine Runde pro Hand</translation>
    </message>
    <message>
        <source>Both hands together</source>
        <translation>Beide Hände zusammen</translation>
    </message>
    <message>
        <source>Each hand in turn (left first)</source>
        <translation>Jede Hand nacheinander (links zuerst)</translation>
    </message>
    <message>
        <source>Each hand in turn (right first)</source>
        <translation>Jede Hand nacheinander (rechts zuerst)</translation>
    </message>
    <message>
        <source>Each foot, one round per foot</source>
        <translation>Jeder Fuß, eine Runde pro Fuß</translation>
    </message>
    <message>
        <source>Both feet together</source>
        <translation>Beide Füße zusammen</translation>
    </message>
    <message>
        <source>Each foot in turn (left first)</source>
        <translation>Jeder Fuß nacheinander (links zuerst)</translation>
    </message>
    <message>
        <source>Each foot in turn (right first)</source>
        <translation>Jeder Fuß nacheinander (rechts zuerst)</translation>
    </message>
    <message>
        <source>Both hands: the whole routine on one hand, then on the other</source>
        <translation>Beide Hände: die ganze Routine an einer Hand, dann an der anderen</translation>
    </message>
    <message>
        <source>Left hand only</source>
        <translation>Nur linke Hand</translation>
    </message>
    <message>
        <source>Right hand only</source>
        <translation>Nur rechte Hand</translation>
    </message>
    <message>
        <source>Both hands, one after the other</source>
        <translation>Beide Hände, eine nach der anderen</translation>
    </message>
    <message>
        <source>Both feet: the whole routine on one foot, then on the other</source>
        <translation>Beide Füße: die ganze Routine an einem Fuß, dann am anderen</translation>
    </message>
    <message>
        <source>Left foot only</source>
        <translation>Nur linker Fuß</translation>
    </message>
    <message>
        <source>Right foot only</source>
        <translation>Nur rechter Fuß</translation>
    </message>
    <message>
        <source>Both feet, one after the other</source>
        <translation>Beide Füße, einer nach dem anderen</translation>
    </message>
    <message>
        <source>palm side</source>
        <translation>Handinnenfläche</translation>
    </message>
    <message>
        <source>back of the hand</source>
        <translation>Handrücken</translation>
    </message>
    <message>
        <source>sole of the foot</source>
        <translation>Fußsohle</translation>
    </message>
    <message>
        <source>top of the foot</source>
        <translation>Fußrücken</translation>
    </message>
    <message>
        <source>palm</source>
        <translation>Handfläche</translation>
    </message>
    <message>
        <source>back</source>
        <translation>Handrücken</translation>
    </message>
    <message>
        <source>sole</source>
        <translation>Sohle</translation>
    </message>
    <message>
        <source>top</source>
        <translation>Fußrücken</translation>
    </message>
    <message>
        <source>A baby&apos;s feet</source>
        <translation>Die Füße eines Babys</translation>
    </message>
    <message>
        <source>A partner&apos;s feet</source>
        <translation>Die Füße einer Partnerin oder eines Partners</translation>
    </message>
    <message>
        <source>Your own feet</source>
        <translation>Ihre eigenen Füße</translation>
    </message>
    <message>
        <source>A baby&apos;s hands</source>
        <translation>Die Hände eines Babys</translation>
    </message>
    <message>
        <source>A partner&apos;s hands</source>
        <translation>Die Hände einer Partnerin oder eines Partners</translation>
    </message>
    <message>
        <source>Your own hands</source>
        <translation>Ihre eigenen Hände</translation>
    </message>
    <message>
        <source>For anyone</source>
        <translation>Für alle</translation>
    </message>
    <message>
        <source>For a baby</source>
        <translation>Babymassage</translation>
    </message>
    <message>
        <source>For a partner</source>
        <translation>Partnermassage</translation>
    </message>
    <message>
        <source>For yourself</source>
        <translation>Selbstmassage</translation>
    </message>
    <message>
        <source>Hands and feet</source>
        <translation>Hände und Füße</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <source>For a parent working on a baby&apos;s feet</source>
        <translation>Für Eltern, die die Füße eines Babys massieren</translation>
    </message>
    <message>
        <source>For working on a partner&apos;s feet</source>
        <translation>Für die Arbeit an den Füßen einer Partnerin oder eines Partners</translation>
    </message>
    <message>
        <source>For your own feet</source>
        <translation>Für Ihre eigenen Füße</translation>
    </message>
    <message>
        <source>For a parent working on a baby&apos;s hands</source>
        <translation>Für Eltern, die die Hände eines Babys massieren</translation>
    </message>
    <message>
        <source>For working on a partner&apos;s hands</source>
        <translation>Für die Arbeit an den Händen einer Partnerin oder eines Partners</translation>
    </message>
    <message>
        <source>For your own hands</source>
        <translation>Für Ihre eigenen Hände</translation>
    </message>
    <message>
        <source>the whole routine on one foot, then on the other</source>
        <translation>die ganze Routine an einem Fuß, dann am anderen</translation>
    </message>
    <message>
        <source>each step on both feet before the next</source>
        <translation>jeder Schritt an beiden Füßen, bevor der nächste kommt</translation>
    </message>
    <message>
        <source>the whole routine on one hand, then on the other</source>
        <translation>die ganze Routine an einer Hand, dann an der anderen</translation>
    </message>
    <message>
        <source>each step on both hands before the next</source>
        <translation>jeder Schritt an beiden Händen, bevor der nächste kommt</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Streichen</translation>
    </message>
    <message>
        <source>Rub</source>
        <translation>Reiben</translation>
    </message>
    <message>
        <source>Knead</source>
        <translation>Kneten</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Drücken</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreisen</translation>
    </message>
    <message>
        <source>Squeeze</source>
        <translation>Zusammendrücken</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Twist</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Ziehen</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>Klopfen</translation>
    </message>
    <message>
        <source>Shake</source>
        <translation>Ausschütteln</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Clench</source>
        <translation>Faust schließen</translation>
    </message>
    <message>
        <source>light pressure</source>
        <translation>leichter Druck</translation>
    </message>
    <message>
        <source>medium pressure</source>
        <translation>mittlerer Druck</translation>
    </message>
    <message>
        <source>firm pressure</source>
        <translation>fester Druck</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>user</source>
        <comment>the routine comes from your own folder</comment>
        <translation>eigene</translation>
    </message>
    <message>
        <source>extra</source>
        <comment>the routine comes from a folder given with --routines</comment>
        <translation>zusätzlich</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>nicht beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Foot diagram: click a zone to mark it</source>
        <translation>Fußdiagramm: Klicken Sie auf eine Zone, um sie zu markieren</translation>
    </message>
    <message>
        <source>Hand diagram: click a zone to mark it</source>
        <translation>Handdiagramm: Klicken Sie auf eine Zone, um sie zu markieren</translation>
    </message>
    <message>
        <source>&amp;Mark zones</source>
        <translation>Zonen &amp;markieren</translation>
    </message>
    <message>
        <source>Draw &amp;direction</source>
        <translation>&amp;Richtung zeichnen</translation>
    </message>
    <message>
        <source>Click a zone to add it to the step, or again to remove it</source>
        <translation>Klicken Sie auf eine Zone, um sie dem Schritt hinzuzufügen, oder noch einmal, um sie zu entfernen</translation>
    </message>
    <message>
        <source>Click zones in the order the movement goes</source>
        <translation>Klicken Sie die Zonen in der Reihenfolge an, in der die Bewegung verläuft</translation>
    </message>
    <message>
        <source>Clear direction</source>
        <translation>Richtung leeren</translation>
    </message>
    <message>
        <source>Click the zones in the order the hand moves through them.</source>
        <translation>Klicken Sie die Zonen in der Reihenfolge an, in der sich die Hand durch sie bewegt.</translation>
    </message>
    <message>
        <source>Click a zone to mark it; click it again to unmark it.</source>
        <translation>Klicken Sie auf eine Zone, um sie zu markieren; klicken Sie noch einmal, um die Markierung zu entfernen.</translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <source>Thumb</source>
        <translation>Daumen</translation>
    </message>
    <message>
        <source>Thumb, tip segment (with the nail)</source>
        <translation>Daumen, Endglied (mit dem Nagel)</translation>
    </message>
    <message>
        <source>Thumb, base segment</source>
        <translation>Daumen, Grundglied</translation>
    </message>
    <message>
        <source>Index finger</source>
        <translation>Zeigefinger</translation>
    </message>
    <message>
        <source>Index finger, tip segment (with the nail)</source>
        <translation>Zeigefinger, Endglied (mit dem Nagel)</translation>
    </message>
    <message>
        <source>Index finger, middle segment</source>
        <translation>Zeigefinger, Mittelglied</translation>
    </message>
    <message>
        <source>Index finger, base segment</source>
        <translation>Zeigefinger, Grundglied</translation>
    </message>
    <message>
        <source>Middle finger</source>
        <translation>Mittelfinger</translation>
    </message>
    <message>
        <source>Middle finger, tip segment (with the nail)</source>
        <translation>Mittelfinger, Endglied (mit dem Nagel)</translation>
    </message>
    <message>
        <source>Middle finger, middle segment</source>
        <translation>Mittelfinger, Mittelglied</translation>
    </message>
    <message>
        <source>Middle finger, base segment</source>
        <translation>Mittelfinger, Grundglied</translation>
    </message>
    <message>
        <source>Ring finger</source>
        <translation>Ringfinger</translation>
    </message>
    <message>
        <source>Ring finger, tip segment (with the nail)</source>
        <translation>Ringfinger, Endglied (mit dem Nagel)</translation>
    </message>
    <message>
        <source>Ring finger, middle segment</source>
        <translation>Ringfinger, Mittelglied</translation>
    </message>
    <message>
        <source>Ring finger, base segment</source>
        <translation>Ringfinger, Grundglied</translation>
    </message>
    <message>
        <source>Little finger</source>
        <translation>Kleiner Finger</translation>
    </message>
    <message>
        <source>Little finger, tip segment (with the nail)</source>
        <translation>Kleiner Finger, Endglied (mit dem Nagel)</translation>
    </message>
    <message>
        <source>Little finger, middle segment</source>
        <translation>Kleiner Finger, Mittelglied</translation>
    </message>
    <message>
        <source>Little finger, base segment</source>
        <translation>Kleiner Finger, Grundglied</translation>
    </message>
    <message>
        <source>All fingers</source>
        <translation>Alle Finger</translation>
    </message>
    <message>
        <source>Whole palm</source>
        <translation>Ganze Handfläche</translation>
    </message>
    <message>
        <source>Centre of the palm</source>
        <translation>Mitte der Handfläche</translation>
    </message>
    <message>
        <source>Pads under the fingers</source>
        <translation>Polster unter den Fingern</translation>
    </message>
    <message>
        <source>Ball of the thumb</source>
        <translation>Daumenballen</translation>
    </message>
    <message>
        <source>Outer heel of the palm</source>
        <translation>Kleinfingerballen</translation>
    </message>
    <message>
        <source>Heel of the hand</source>
        <translation>Handballen</translation>
    </message>
    <message>
        <source>Outer edge of the hand</source>
        <translation>Außenkante der Hand</translation>
    </message>
    <message>
        <source>Inner edge of the palm</source>
        <translation>Innenkante der Handfläche</translation>
    </message>
    <message>
        <source>Webs between the fingers (palm side)</source>
        <translation>Hautfalten zwischen den Fingern (Handflächenseite)</translation>
    </message>
    <message>
        <source>Back of the hand</source>
        <translation>Handrücken</translation>
    </message>
    <message>
        <source>Knuckles</source>
        <translation>Fingerknöchel</translation>
    </message>
    <message>
        <source>Back of the thumb base</source>
        <translation>Rücken des Daumenansatzes</translation>
    </message>
    <message>
        <source>Web of the thumb (back)</source>
        <translation>Hautfalte zwischen Daumen und Zeigefinger (Rückseite)</translation>
    </message>
    <message>
        <source>Webs between the fingers (back)</source>
        <translation>Hautfalten zwischen den Fingern (Rückseite)</translation>
    </message>
    <message>
        <source>Inner wrist</source>
        <translation>Handgelenk, Innenseite</translation>
    </message>
    <message>
        <source>Outer wrist</source>
        <translation>Handgelenk, Außenseite</translation>
    </message>
    <message>
        <source>Inner forearm</source>
        <translation>Unterarm, Innenseite</translation>
    </message>
    <message>
        <source>Outer forearm</source>
        <translation>Unterarm, Außenseite</translation>
    </message>
    <message>
        <source>PC6 (Neiguan)</source>
        <translation>PC6 (Neiguan)</translation>
    </message>
    <message>
        <source>PC7 (Daling)</source>
        <translation>PC7 (Daling)</translation>
    </message>
    <message>
        <source>LI4 (Hegu)</source>
        <translation>LI4 (Hegu)</translation>
    </message>
    <message>
        <source>Palm-centre point</source>
        <translation>Punkt in der Handmitte</translation>
    </message>
    <message>
        <source>HT8 (Shaofu)</source>
        <translation>HT8 (Shaofu)</translation>
    </message>
    <message>
        <source>Sore spot</source>
        <translation>Wunder Punkt</translation>
    </message>
    <message>
        <source>Shoulder point</source>
        <translation>Schulterpunkt</translation>
    </message>
    <message>
        <source>Palm contour line</source>
        <translation>Konturlinie der Handfläche</translation>
    </message>
    <message>
        <source>Palm diagonal</source>
        <translation>Diagonale der Handfläche</translation>
    </message>
    <message>
        <source>Palm midline</source>
        <translation>Mittellinie der Handfläche</translation>
    </message>
    <message>
        <source>Inner palm line</source>
        <translation>Innere Handflächenlinie</translation>
    </message>
    <message>
        <source>Outer palm line</source>
        <translation>Äußere Handflächenlinie</translation>
    </message>
    <message>
        <source>Thumb line</source>
        <translation>Daumenlinie</translation>
    </message>
    <message>
        <source>All toes</source>
        <translation>Alle Zehen</translation>
    </message>
    <message>
        <source>Big toe</source>
        <translation>Großer Zeh</translation>
    </message>
    <message>
        <source>Second toe</source>
        <translation>Zweiter Zeh</translation>
    </message>
    <message>
        <source>Third toe</source>
        <translation>Dritter Zeh</translation>
    </message>
    <message>
        <source>Fourth toe</source>
        <translation>Vierter Zeh</translation>
    </message>
    <message>
        <source>Little toe</source>
        <translation>Kleiner Zeh</translation>
    </message>
    <message>
        <source>Big toe, pad</source>
        <translation>Großer Zeh, Zehenkuppe</translation>
    </message>
    <message>
        <source>Big toe, base</source>
        <translation>Großer Zeh, Ansatz</translation>
    </message>
    <message>
        <source>Ball of the foot</source>
        <translation>Fußballen</translation>
    </message>
    <message>
        <source>Arch</source>
        <translation>Fußgewölbe</translation>
    </message>
    <message>
        <source>Heel</source>
        <translation>Ferse</translation>
    </message>
    <message>
        <source>Whole sole</source>
        <translation>Ganze Fußsohle</translation>
    </message>
    <message>
        <source>Inner edge of the sole</source>
        <translation>Innenkante der Fußsohle</translation>
    </message>
    <message>
        <source>Outer edge of the sole</source>
        <translation>Außenkante der Fußsohle</translation>
    </message>
    <message>
        <source>Top of the foot</source>
        <translation>Fußrücken</translation>
    </message>
    <message>
        <source>Inner ankle bone</source>
        <translation>Innenknöchel</translation>
    </message>
    <message>
        <source>Outer ankle bone</source>
        <translation>Außenknöchel</translation>
    </message>
    <message>
        <source>Achilles area</source>
        <translation>Bereich der Achillessehne</translation>
    </message>
    <message>
        <source>Lower leg, front</source>
        <translation>Unterschenkel, Vorderseite</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <source>Heel to toes</source>
        <translation>Ferse bis Zehen</translation>
    </message>
    <message>
        <source>Ankle to knee</source>
        <translation>Knöchel bis Knie</translation>
    </message>
    <message>
        <source>Up the calf</source>
        <translation>Die Wade hinauf</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet ein Argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit Argument %s erlaubt</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist nötig</translation>
    </message>
</context>
</TS>
