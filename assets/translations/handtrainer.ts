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
        <source>Voice is off: the speech engine stopped responding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice is off: the speech engine stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch hands.</source>
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
</context>
<context>
    <name>HandDiagram</name>
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
        <source>palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back</source>
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
        <source>palm side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of the hand</source>
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
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine (Esc)</source>
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
        <source>{count} file(s) could not be loaded; see the list of errors.</source>
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
</context>
<context>
    <name>PracticeCalendar</name>
    <message>
        <source>Practice calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days with practice, {minutes} minutes in all, in the last {weeks} weeks</source>
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
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop, or go back to the library when stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on</source>
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
        <source>Print sheet: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the sheet</source>
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
        <source>{count} × {pace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} each hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the selected routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a routine to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Your own hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner&apos;s hands</source>
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
        <source>Anyone&apos;s hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
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
        <source>&amp;Favourites</source>
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
        <source>Open routines &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder where your own routines are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as fa&amp;vourite</source>
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
        <source>Filter by {what}</source>
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
        <source>{count} routines</source>
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
        <source>Unmark fa&amp;vourite</source>
        <translation type="unfinished"></translation>
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
        <source>Each hand
({first} shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
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
        <source>In tradition: {text}</source>
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
        <source>{count} × {pace} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} per hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then rest {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each hand, one round per hand</source>
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
        <source>Both hands together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each hand in turn ({first} first)</source>
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
        <source>Both hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {length}</source>
        <translation type="unfinished"></translation>
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
        <source>Right hand first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left hand first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which hand a step works on first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead hand:</source>
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
        <source>Time to change hands between the two hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch hands pause:</source>
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
</context>
<context>
    <name>StepList</name>
    <message>
        <source>left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} × {pace}</source>
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
    <name>TimerPanel</name>
    <message>
        <source>Work</source>
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
        <source>Snooze reminders for an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {time} practised</source>
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
        <source>{count} × {pace} s</source>
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
        <source>A partner&apos;s hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own hands</source>
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
</context>
</TS>
