<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Hand self-massage and partner hand massage (effleurage, kneading, thumb pressing, finger rolling, wrist mobilisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand reflexology (the hand&apos;s reflex zones and the thumb walk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acupressure points of traditional Chinese medicine (PC6, LI4 and others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese and Tibetan finger massage, Jin Shin Jyutsu finger holds and su-jok correspondences, shown as traditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand self-massage and hand reflexology, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routines are written in the project’s own words from established techniques:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional associations are presented as tradition. Hand Trainer is for relaxation and general well-being; it is not medical advice and does not diagnose or treat any condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hand Trainer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cautions</name>
    <message>
        <source>Leave out any area with a wound, a rash, a fracture or a recent injury, and the whole hand or foot if it is badly hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your partner about wounds, rashes, fractures and recent injuries, and leave those areas out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out any skin with a wound or a rash, and any arm, hand, leg or foot that may have a fracture or a recent injury. If you are not sure, ask the baby&apos;s doctor or health visitor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have cancer or are having treatment for it, ask your doctor before any massage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your partner has cancer or is having treatment for it, they should ask their doctor before any massage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your baby has cancer or is having treatment for it, ask the baby&apos;s doctor before any massage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm work can leave bruises. If you bruise easily, take blood thinners or have a bleeding or clotting disorder, keep every touch light and ask your doctor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm work can leave bruises. If your partner bruises easily, takes blood thinners or has a bleeding or clotting disorder, keep every touch light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baby&apos;s skin marks easily: keep every touch light. If your baby has a bleeding or clotting disorder, or bruises easily, ask the baby&apos;s doctor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditions regard the hands and feet as strong reflex areas. With a heart, digestive, genitourinary (kidney, bladder or genital) or nervous-system condition, or any other serious illness, ask your doctor before the first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditions regard the hands and feet as strong reflex areas. If your partner has a heart, digestive, genitourinary (kidney, bladder or genital) or nervous-system condition, or any other serious illness, they should ask their doctor before the first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditions regard the hands and feet as strong reflex areas. If your baby has a heart, digestive, genitourinary (kidney, bladder or genital) or nervous-system condition, or any other serious illness, ask the baby&apos;s doctor before the first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a stroke, a fracture, or a nerve or tendon injury, work on the hand or foot is part of rehabilitation. Follow the plan of your specialist rather than this routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a stroke, a fracture, or a nerve or tendon injury, work on the hand or foot is part of rehabilitation and belongs with a specialist. Do not use this routine in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a stroke, a fracture, or a nerve or tendon injury, work on a baby&apos;s hand or foot belongs with a specialist. Do not use this routine in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine is for comfort and does not replace medical care. If you are under treatment, tell your doctor that you practise massage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This massage is for comfort and does not replace medical care. A partner under treatment should tell their doctor about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This massage is for comfort and does not replace medical care. If your baby is under treatment, tell the baby&apos;s doctor about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massage should feel good. Ease off or stop if anything hurts, tingles or goes numb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep checking in with your partner. Stop at once if they feel pain, tingling or numbness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baby cannot tell you that something hurts. Watch the face and the body the whole time, and stop at once at crying, a grimace, pulling away or stiffening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The traditional links and uses this routine mentions are beliefs of those traditions, not medical findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back of the hand is sensitive. Press much more lightly there than on the palm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back of the hand is sensitive. Work much more lightly there than on the palm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back of the hand is delicate on a baby. Touch it even more lightly than the palm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are pregnant, leave out the LI4 point in the web between thumb and index finger: acupressure tradition avoids it during pregnancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your partner is pregnant, leave out the LI4 point in the web between thumb and index finger: acupressure tradition avoids it during pregnancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press no points on a baby, the LI4 point in the web between thumb and index finger included: acupressure tradition keeps it for adults and avoids it in pregnancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warmth should feel pleasant, never hot. Skip the heat on a joint that is hot, red or freshly swollen, and if your hands have poor feeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warmth should feel pleasant, never hot. Skip the heat on a joint that is hot, red or freshly swollen, and if your partner&apos;s hands have poor feeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never put a heat pack or a hot-water bottle on a baby. Warm your own hands instead, and keep the room comfortably warm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap a cold pack in a cloth; never put ice straight on the skin. Skip the cold if your fingers turn white or numb in the cold (Raynaud-type hands), or if your hands have poor feeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap a cold pack in a cloth; never put ice straight on the skin. Skip the cold if your partner&apos;s fingers turn white or numb in the cold (Raynaud-type hands), or if their hands have poor feeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never put a cold pack or ice on a baby&apos;s skin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work a point for a minute or two at most, and never hard enough to hurt: overworking a point can leave it sore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not work points on a baby: keep to the lightest strokes, and never press hard enough to leave a mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend and open the hand slowly, and never past comfort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bend and open your partner&apos;s hand slowly, and never past comfort. Deep stretches of the palm need extra care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pull or stretch a baby&apos;s fingers, hand or arm. Open them only as far as they open by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With diabetes, the feet may feel less, and a small sore can be slow to mend. Ask your doctor or foot-care team before foot massage, keep the pressure light, and check your feet for cuts, blisters or sore spots before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your partner has diabetes, their feet may feel less, and a small sore can be slow to mend: they should ask their doctor first. Keep the pressure light, do not rely on them to feel it, and look for cuts, blisters or sore spots before you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your baby has diabetes or another condition that dulls feeling or slows healing, ask the baby&apos;s doctor before foot massage, keep the touch light, and look for cuts, blisters or sore spots before you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your feet are often cold, pale or bluish, your calves ache when you walk, or you have had a clot in a leg vein, ask your doctor first. Never massage a calf that is swollen, warm, red or painful: see a doctor about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your partner&apos;s feet are often cold, pale or bluish, their calves ache when they walk, or they have had a clot in a leg vein, they should ask their doctor first. Never massage a calf that is swollen, warm, red or painful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your baby&apos;s hands or feet are often pale or bluish, or a leg is swollen, warm, red or painful, do not massage it: ask the baby&apos;s doctor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CautionsDialog</name>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read these cautions before practising “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;read these cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read these cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine has no cautions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientScreen</name>
    <message>
        <source>your baby’s left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your baby’s right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your baby’s hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner’s left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner’s right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner’s hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both your hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your baby’s left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your baby’s right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your baby’s feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner’s left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner’s right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner’s feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both your feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand Trainer — client screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone pointed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the hand to face me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your partner&apos;s hand as you see it across the table (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the foot to face me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your partner&apos;s foot as you see it from where you sit (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready — {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest — {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch feet — {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch hands — {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title} — {whose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>&apos;{text}&apos; is not a whole number of pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} is out of range; give {low} to {high} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extra folder of routine files (may be given more than once; HANDTRAINER_ROUTINES adds more, separated by the path separator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand Trainer: step-by-step hand self-massage and reflexology. With no command, opens the trainer window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the routines found and the files that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check routine files or folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a routine as readable text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window on the editor for a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a routine sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit a short routine on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the diagram&apos;s zones, or render them to PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write one PNG per zone here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image size in pixels, {low} to {high} (default 400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practice history: sessions, streaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Hand Trainer window. Commands: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine id or file to open ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add Hand Trainer to the desktop&apos;s menu (entry, icons, file type) for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the menu entry out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output is closed, so there is nowhere to print to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the output: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language to speak (en, de); by default the one chosen in Settings, else the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: {refusal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output must be a PDF file name ending in .pdf, not &apos;{output}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output {output} is the routine file itself; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is neither a command nor a routine id{hint}; &apos;handtrainer --help&apos; lists the commands and &apos;handtrainer list&apos; the routines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>{done} of %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) did not load:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n image(s) to {folder}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write to {where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed Hand Trainer&apos;s menu entry and icons from {home}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand Trainer&apos;s menu entry was not installed in {home}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed Hand Trainer&apos;s menu entry, icons and file type into {home}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may take a moment, or a new login, to appear in the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only sessions from this day on (YYYY-MM-DD); streaks count every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice history ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak: {current}; longest: {longest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {today}; this week: {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {title}  ({id}): {sessions}, {finished}, {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{since}&apos; is not a date like 2026-03-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} ({origin}) did not load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LENGTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routines folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routines folder: {folder} (it does not exist yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is also used by {others}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checked}: {valid} valid, {failed} ({errors}, {warnings})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: {audience}   Order: {order}   Steps: {steps}   Length: {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: {zones}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction: {zones}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tradition: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total length: {length} (the time it takes: work, rests, and the get-ready and switch-feet pauses set in your preferences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total length: {length} (the time it takes: work, rests, and the get-ready and switch-hands pauses set in your preferences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {path} ({origin})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be at least 64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Companion</name>
    <message>
        <source>Practice &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice history (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a short hand massage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your feet: “{title}” ({length}). Click to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your hands: “{title}” ({length}). Click to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders snoozed for an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change starting at login: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand Trainer keeps running in the tray and will remind you. Choose Quit in its menu to end it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanionPrompts</name>
    <message>
        <source>Export practice history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this session of “{title}” from your practice history?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CueSettings</name>
    <message>
        <source>{0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play &amp;sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chime for each step, ticks, pips and an end chord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds &amp;volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read steps &amp;aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read steps aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak each step&apos;s title and instruction as it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vo&amp;ice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice vol&amp;ume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say only each step&apos;s &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say only each step&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count repetitions aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count repetitions aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Sounds are off: this computer has no audio output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds are off: Qt Multimedia could not be loaded ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds are off: the audio output stopped. They come back when it returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the voice that reads the steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice is off: text-to-speech could not be loaded ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice is off: no speech engine is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice is off: the speech engine could not start ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice is off: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice for {language} is installed: the default voice reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice is off: the speech engine stopped responding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice is off: the speech engine stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready when you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine finished. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting. Start the next step when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to the bundled routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps and step library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps or step library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step and routine fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step or routine fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine&apos;s translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play &amp;from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving; each is shown by its field.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save routine as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorStepList</name>
    <message>
        <source>(untitled step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step has problems; see its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandDiagram</name>
    <message>
        <source>big toe ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◂ big toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thumb ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◂ thumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move along: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModels</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Practice history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice per routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {done} of {target} this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (for {whom})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be exported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice history exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>no such routine file: {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine file {ref} has errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine &apos;{ref}&apos; did not load; its file has errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no routine with the id &apos;{ref}&apos;{hint}; &apos;handtrainer list&apos; shows the routines there are</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Some cues are unavailable: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: the cautions were not acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied into your routines folder, so it is there next time: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open routine file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hand Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be loaded; see the list of errors.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeCalendar</name>
    <message>
        <source>Practice calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} with practice, {minutes} in all, in the last {weeks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this step 30 seconds more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through the steps at your own pace, without the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop, or go back to the library when stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+&amp;30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you, not the client: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesStore</name>
    <message>
        <source>Your preferences could not be read ({error}); the defaults are in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your preferences file {path} is damaged and could not be moved aside ({error}); the defaults are in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your preferences file was damaged: it is kept as {path}, and the defaults are in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your preferences could not be saved in {path} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s size and layout could not be saved ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That you read these cautions could not be saved ({error}); you will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Export routine sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact cards (two columns, smaller diagrams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print sheet: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns of smaller cards, as handtrainer export --compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a set of fields (title:, instruction:, ...), not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean &apos;{choice}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{fields} and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problems from here on are not listed (only the first {most} are); fix these and check again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;{field}&apos; has %n items; at most {most}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what} is too long (%n characters; at most {most})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} has %n cautions, the routine {count} of its own; give one for each, in the same order (standard cautions such as &apos;injuries&apos; are translated by the program: list only the routine&apos;s own sentences)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} has %n sources, the routine {count}; give one for each, in the same order</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} has %n steps, the routine {count}; give one entry per step, in the same order (an empty entry &apos;- {{}}&apos; keeps a step&apos;s own text)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the routine has %n step(s); at most {most}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the number is far too large (%n digits)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is also used by {others}; ids must be unique, so neither file is used (change one id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled routines folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create your routines folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your routines folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} ({source}) does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your routine {path} replaces the bundled routine &apos;{id}&apos; ({bundled})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine {path} replaces the bundled routine &apos;{id}&apos; ({bundled})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large or too deeply nested to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text contains a character that is not valid Unicode (a lone surrogate, {character}); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand Trainer could not read this file because of a fault in Hand Trainer ({fault}); the other routines are not affected. Please report it with this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &apos;{code}&apos; translation is partial: {fields} is shown in the routine&apos;s own language (&apos;{own}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &apos;{code}&apos; translation is partial: {fields} are shown in the routine&apos;s own language (&apos;{own}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number} {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plain = means something else to YAML; to write an = sign, quote it: &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML merge keys (&lt;&lt;) are not allowed in routine files; write the fields out in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no (true/false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a set of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too short ({value}); at least {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too long ({value}); at most {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too small ({value}); at least {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too large ({value}); at most {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too few ({value}); at least {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too many ({value}); at most {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a yes/no value is not a length of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a length of time must be a number of seconds or text like 1m30s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a length of time must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a length of time cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a length of time; write e.g. 30s, 1m or 1m30s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML tag &apos;{tag}&apos; is not allowed in routine files; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field name must be a plain word, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;{name}&apos; appears twice in {where} (first on line {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field of {where}; check the indentation ({belongs})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;{name}&apos; in {where}{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be text, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be text, not {kind}; put it in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a list (one &apos;- item&apos; per line, or [a, b]), not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be one word, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} empty is not known{hint}; choose one of: {options}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} &apos;{value}&apos; is not known{hint}; choose one of: {options}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a length of time like 30s or 1m30s, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a whole number: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a whole number, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two choices: palm or back</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item of &apos;{field}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; reads as yes/no in YAML; put it in quotes (&quot;{value}&quot;)</source>
        <extracomment>``de``, ``fr``, ``pt-BR``, ``zh-Hant``, ``es-419``: a language, then a script or region.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a language code like de or pt-BR, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is not a language code{hint}; write a short code like de, fr or pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} empty is not a language code{hint}; write a short code like de, fr or pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;translations&apos; must be a set of languages (de: ..., fr: ...), not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the translation language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &apos;{code}&apos; translation appears twice (first on line {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine is written in &apos;{code}&apos; (its &apos;language&apos;), so it cannot also have a &apos;{code}&apos; translation; its own text is the &apos;{code}&apos; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be translated in {where}: a translation holds only text ({fields}); &apos;{name}&apos; comes from the routine itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &apos;{code}&apos; translation</source>
        <comment>a part of the file named in a problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a set of fields (title:, summary:, steps: ...), not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;steps&apos; in {where} must be a list of steps, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number} of the &apos;{code}&apos; translation</source>
        <comment>a part of the file named in a problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number} has no {name} in the routine&apos;s own text, so this &apos;{name}&apos; is never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine</source>
        <comment>a part of the file named in a problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}</source>
        <comment>a part of the file named in a problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a routine starts with &apos;handtrainer: 1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine file must be a set of fields (handtrainer: 1, title: ..., steps: ...), not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine is too long ({length}); a routine may last at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;handtrainer: 1&apos; (the format version) at the top of the file; it marks a Hand Trainer routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this routine is written for format version {version}, but this Hand Trainer reads version {supported}; update Hand Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;handtrainer&apos; must be {version} (the format version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; may use only small letters a-z, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name &apos;{name}&apos; cannot serve as the routine&apos;s id; add an &apos;id:&apos; field, or rename the file using only a-z, 0-9 and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no &apos;{field}&apos;; it is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown caution &apos;{caution}&apos;{hint}; the standard cautions are: {cautions} (write your own as a sentence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caution &apos;{caution}&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;plan&apos; must be a set of fields (for, times_per_week, how_often, days, note), not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan</source>
        <comment>a part of the file named in a problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <comment>an item of &apos;days&apos;: day &apos;mondy&apos; is not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day &apos;{day}&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine has no &apos;steps&apos;; it needs at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a list of steps, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;steps&apos; is empty; a routine needs at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no &apos;technique&apos;; it is required (one of: {techniques})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;view: {view}&apos; is not a view of the {map} map; use {views}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;path&apos; shows a direction, so it needs at least two zones, or one zone with a course of its own (a line or an edge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;rotation&apos; is shown only for turning techniques ({techniques}), not for &apos;{technique}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;rotation&apos; is shown only for turning techniques ({techniques}), not for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown zone &apos;{zone}&apos;{hint}; &apos;handtrainer zones&apos; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; ({name}) is on the {zone_map} map, and this routine uses the {map} map (set &apos;map: {zone_map}&apos; at the top to use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; ({name}) is not on the {view} view of the {map}; set &apos;view: {views}&apos; or pick a {view} zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has both &apos;duration&apos; and &apos;{other}&apos;; give either a duration, or &apos;repeat&apos; with &apos;pace&apos;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no length: give &apos;duration&apos; (e.g. 30s), or &apos;repeat&apos; (how many times) with &apos;pace&apos; (seconds each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{given}&apos; needs &apos;{missing}&apos; too: &apos;repeat&apos; counts the repetitions and &apos;pace&apos; gives the seconds of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is too long ({repeat} x {pace} = {length}); a step may last at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is {kind}, not a routine file; routines must be regular files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: its symbolic links form a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist (or is a broken symbolic link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large ({size} KiB); routine files may be at most {most} KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains NUL bytes: it looks like a binary file, not a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is saved as UTF-16; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte {byte}); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (&apos;---&apos;); put one routine per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;: &apos; here starts a new field where none may start; if this is text containing &apos;: &apos;, put the whole text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line has no &apos;:&apos; after its field name; if it continues the text above, indent it further or put the text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside quoted text: a closing quote is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a [list] is not closed here: a &apos;,&apos; or &apos;]&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {set of fields} is not closed here: a &apos;,&apos; or &apos;}&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the indentation here does not line up with the fields above (or text follows a closing quote or bracket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the indentation here does not line up with the list above; each item starts with &apos;- &apos; at the same indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value cannot start with this character (&apos;@&apos;, &apos;`&apos;, &apos;%&apos; and others are reserved); put the text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape after a backslash in double-quoted text; write \\ for a backslash, or use single quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab characters cannot indent YAML; indent with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid YAML here ({problem}, {context})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid YAML here ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains a control character ({character}) that YAML does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchors and aliases (&apos;{anchor}&apos;) are not allowed in routine files; write the value out in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file nests lists or mappings more than {depth} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has too many &apos;:&apos; parts to be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has errors, so the editor cannot open it for changes: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving would drop part of the file ({problem}); fix it by hand, or save a copy with Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving would lose the comment &apos;{comment}&apos; (the editor cannot keep comments inside [a, b] lists); save a copy with Save As to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it reads back differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine would not be saved as it is: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Open routine files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export routine sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are on step {n} of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping loses your place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Hand Trainer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language shows when Hand Trainer restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now to see it: a routine under way is asked about first, and your settings are kept. Or go on, and see it at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Hand Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand Trainer could not start again by itself. Your settings are saved: please start it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to &amp;practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every few minutes in working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At set times of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wor&amp;king hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times of day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder comes while a routine runs or the screen is locked, and reminders missed while the computer slept are not made up for. Morning reminders suggest a brisk routine, evening ones a slow one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps Hand Trainer in the &amp;tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders come as desktop notifications while Hand Trainer runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders appear in the Hand Trainer window while it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop shows no tray icons: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Hand Trainer when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineDetail</name>
    <message>
        <source>About the selected routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a routine to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineEditing</name>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of “%1”. Save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundled routine. Saving keeps your version in your routines folder, where it replaces the bundled one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version replaces the bundled routine “%1”. Revert to go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is read-only here; use Save As for a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your folder already has a routine file %1. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: choose another id on the Routine tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove your version of “%1” and use the bundled routine again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to the bundled routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the bundled routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix first; each is shown by its field.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add language %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove language %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot by foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step on one foot, then the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the steps on one foot, then the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step on one hand, then the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the steps on one hand, then the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated: desk, quick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine&apos;s own cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own cautions, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cautions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the title when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How o&amp;ften:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a &amp;week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to the c&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 to 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces a bundled routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search routines, steps and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search; Down goes to the list, Enter opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by whom the routine is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand or foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show routines for the hands, the feet, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favour&amp;ites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;routines folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as favouri&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark favouri&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the routines marked as favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine matches. Clear the search or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected routine (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add routine file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add routine files from disk (Ctrl+O); they are copied into your routines folder, so they are there next time. You can also drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder where your own routines are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files that could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and warnings about your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading routines… {count} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files that could not be loaded ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly translated into {language}; some text is shown in {own}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not translated into {language}; shown in {own}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAUTIONS: read before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In tradition: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued on the next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued in the next column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <source>A routine is running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a step done on each hand or foot in turn starts on the right or the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-ready count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short count before the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to move from one hand to the other, or from one foot to the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch sides pause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra rest after every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rest between steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for &amp;me before each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for me before each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer pauses before every step until you press Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;duce motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram stays still: no pulsing, no moving arrows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also Ctrl+plus and Ctrl+minus, in every view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window, the routines and the voice change language when Hand Trainer restarts; after OK you can restart it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Therapist name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the sheet of a routine written for a client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tech&amp;nique:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pressure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anticlockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one way, then the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;urning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30s, 1m, 1m30s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many times, e.g. 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds each, e.g. 2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;est after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark or unmark a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a zone to the direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;adition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a traditional association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Foot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: click zones on the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: use Draw direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the direction…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepLibrary</name>
    <message>
        <source>Search steps: words, zones, techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the step library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a step, or select it and press Enter, to go to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same routine again from the start (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another routine (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time practised: {time}
Steps done: all {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time practised: {time} of {planned}
Steps reached: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gentle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflexology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaxing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stimulating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>su-jok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tradition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest — coming up next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you — press Space to start the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tradition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} left of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title} — {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationForm</name>
    <message>
        <source>&amp;Written in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Translation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code: de, fr, pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not translated yet. Add a language to write the routine&apos;s text in it; steps, zones and timings stay the routine&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code%2; write a short code like de, fr or pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine is written in &apos;%1&apos; already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tradition:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Start “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start “{title}” again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the next reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze reminders for an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {time} practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: no practice yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Hand Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <comment>the decimal point of 2.5 s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} × {pace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} per foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} per hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rhythm} ({total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length}, then rest {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEFT FOOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIGHT FOOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOTH FEET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEFT HAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIGHT HAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOTH HANDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each foot in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both feet at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each hand in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both hands at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each hand, one round per hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both hands together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each hand in turn (left first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each hand in turn (right first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each foot, one round per foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both feet together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each foot in turn (left first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each foot in turn (right first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both hands: the whole routine on one hand, then on the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left hand only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right hand only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both hands, one after the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both feet: the whole routine on one foot, then on the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left foot only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right foot only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both feet, one after the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>palm side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of the hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sole of the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top of the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baby&apos;s feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner&apos;s feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baby&apos;s hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner&apos;s hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands and feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a parent working on a baby&apos;s feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For working on a partner&apos;s feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your own feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a parent working on a baby&apos;s hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For working on a partner&apos;s hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your own hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole routine on one foot, then on the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each step on both feet before the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole routine on one hand, then on the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each step on both hands before the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squeeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firm pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <comment>the routine comes from your own folder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra</source>
        <comment>the routine comes from a folder given with --routines</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>Foot diagram: click a zone to mark it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand diagram: click a zone to mark it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw &amp;direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a zone to add it to the step, or again to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click zones in the order the movement goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the zones in the order the hand moves through them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a zone to mark it; click it again to unmark it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <source>Thumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumb, tip segment (with the nail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumb, base segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index finger, tip segment (with the nail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index finger, middle segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index finger, base segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle finger, tip segment (with the nail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle finger, middle segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle finger, base segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring finger, tip segment (with the nail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring finger, middle segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring finger, base segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little finger, tip segment (with the nail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little finger, middle segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little finger, base segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre of the palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pads under the fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ball of the thumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer heel of the palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heel of the hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer edge of the hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner edge of the palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webs between the fingers (palm side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knuckles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the thumb base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web of the thumb (back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webs between the fingers (back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner wrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer wrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner forearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer forearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC6 (Neiguan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC7 (Daling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LI4 (Hegu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palm-centre point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HT8 (Shaofu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sore spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palm contour line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palm diagonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palm midline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner palm line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer palm line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumb line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourth toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big toe, pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big toe, base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ball of the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole sole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner edge of the sole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer edge of the sole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner ankle bone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer ankle bone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achilles area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower leg, front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heel to toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle to knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up the calf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
