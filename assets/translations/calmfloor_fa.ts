<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>BodyDiagramWidget</name>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1, left side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1, right side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No muscle group is lit yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingView</name>
    <message>
        <source>Paced breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you feel dizzy or tingly, you are breathing too hard: breathe normally or stop. Holds are optional; never strain to hold your breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New pattern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure length in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length in breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start faster and slow down &amp;gradually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> breaths a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting pace in breaths a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow down over minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow down &amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you feel right now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space starts, pauses and resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds left in this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a moment before you get up, and stand slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you feel now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breaths a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath %1 of %2 · %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This session could not be saved to your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop breathing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is running. Stop it and close calmfloor? It will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarHeatMap</name>
    <message>
        <source>Practice calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Practised on %1 of the last %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The most in one day: %1, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Seconds left in this phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sound is off: the audio library is missing on this computer. Follow the cues on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is off: no audio output was found. Follow the cues on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is off: a cue sound file is missing; reinstalling calmfloor should fix this. Follow the cues on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is off: the cue sounds could not be played. Follow the cues on screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatAlarmBanner</name>
    <message>
        <source>Time&apos;s up: take the heat pack off now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound repeats until you press the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve removed the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the alarm and ends the heat session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat pack alarm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatNotifier</name>
    <message>
        <source>Heat pack: time&apos;s up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the heat pack off now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat pack: check your skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the pack and look. Red patches, blisters or burning? Take it off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatStatusChip</name>
    <message>
        <source>Heat pack timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the pack off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&apos;s up: take the heat pack off now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time to check your skin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatView</name>
    <message>
        <source>Heat pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warmth can ease tight muscles. The timer keeps counting while you use the rest of calmfloor, and tells you when to take the pack off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you use heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your doctor or physiotherapist before using heat if:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some areas feel numb, or you have nerve damage (for example from diabetes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skin there is broken, or has had radiotherapy recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have heart or circulation problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have a fever or an infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are pregnant (do not put heat on your belly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the area has a fresh injury, such as a new sprain or bruise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you find instructions like these hard to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve read this: none of these apply to me, or my clinician said heat is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to ask a clinician first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show when to ask a clinician before using heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where will the pack go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the heat pack goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time and skin checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat time in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never more than %1 minutes on one area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to &amp;check my skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my skin every, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of these are managed by your clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the heat timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the wrapped pack on, then start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat pack on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next skin check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the pack is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap the pack in a cloth: never on bare skin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t lie on the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t fall asleep with it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your skin now and then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin red or blistered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to check your skin: lift the pack and look. Red patches, blisters or burning? Take it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin looks fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I checked my skin under the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (pack off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve removed the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the heat session now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, back to the heat pack setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your skin is red, blistered or burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the pack off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cool the skin under cool running water for 20 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t use ice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get medical care for blisters, or if the burn is large or very painful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t use heat there again until the skin has healed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the skin advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders: lift the pack and look at your skin now and then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder falls within this time: look at your skin when you take the pack off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You will be reminded %n time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Please read the list above and confirm it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the pack will go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
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
    <message>
        <source>Your last heat session on this area ended just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last heat session on this area ended %1 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave at least 2 hours between sessions so your skin can recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have already had %n heat session(s) on this area today.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Up to 3 a day is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat on this area again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give your skin a rest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (pack back on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the pack is off. Time stops until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the heat pack off now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then press “I&apos;ve removed the pack” at the top of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next skin check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of heat</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Less than a minute of heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n skin check(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Well done: the pack is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let your skin rest. Wait at least 2 hours before you use heat on this area again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session could not be saved to your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close calmfloor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heat timer stops when calmfloor closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the heat pack off before you close calmfloor, so it cannot stay on too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve removed the pack, close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep calmfloor open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is not available this time. Your sessions are not being recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a week I aim to practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a week I aim to &amp;practise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 26 weeks: the stronger the colour, the more minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per session. Choose a column heading to sort by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the selected session from the history, after asking you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes every session and rating, after asking you. Settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the sessions shown as a spreadsheet file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a printable report of the time shown, for your physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is open read-only: sessions can be viewed but not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session of %1 (%2)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session of %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every session and every rating in your history? This cannot be undone.

Your settings, breathing patterns and routines are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history could not be deleted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s) and their ratings. Your settings are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read just now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n session(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the report (%n page(s)) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions yet. Your practice will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A new streak starts with your next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s) this week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>you reached your goal. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Over the last 7 days you practised on %n day(s), %1 in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last 30 days you practised on %n day(s), %1 in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last 3 months you practised on %n day(s), %1 in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last year you practised on %n day(s), %1 in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since %2 you practised on %n day(s), %1 in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You have not practised in the last 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not practised in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not practised in the last 3 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not practised in the last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not practised yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tension dropped on average %1 points per session (%n rated session(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain dropped on average %1 points per session (%n rated session(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tension rose on average %1 points per session (%n rated session(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain rose on average %1 points per session (%n rated session(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tension stayed about the same (%n rated session(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain stayed about the same (%n rated session(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>History is open read-only, so nothing can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <source>calmfloor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgets everything and shows the welcome screen for the next person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>calmfloor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;eat pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your breathing patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended unexpectedly last time and were saved as interrupted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this heat session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for the heat pack. Press Start when it is in place; the routine goes on when you come back to Relax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine suggests %1 minutes; on this computer a heat pack is timed for at most %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacerWidget</name>
    <message>
        <source>Breathing pacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A circle that grows as you breathe in and shrinks as you breathe out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternDialog</name>
    <message>
        <source>Edit breathing pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New breathing pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name no other pattern uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds breathing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold after in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of rest with full lungs. Zero for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds breathing out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold after out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of rest with empty lungs. Zero for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds are optional. Never strain to hold your breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. One line to remind you what this pattern is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words for the in-breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Shown, and read by screen readers, as each in-breath begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words for the out-breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Shown, and read by screen readers, as each out-breath begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the pattern a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a pattern called “%1”. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose from %2 to %3 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, such as 4 or 4.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern could not be saved. Try another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breaths a minute · one breath lasts %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pattern “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PelvisFigureWidget</name>
    <message>
        <source>Diaphragm and pelvic floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A side view of the body. Breathing in, the diaphragm and the pelvic floor both move down; breathing out, both gently rise again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diaphragm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelvic floor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no staff PIN set; ask your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the staff PIN to leave kiosk mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only; the digits are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeChart</name>
    <message>
        <source>Practice chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes practised each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes practised each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes practised each week, from the week of %1 to the week of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes practised each day, from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most in one week: %1, the week of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most in one day: %1, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>%1: %2 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very tense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelaxView</name>
    <message>
        <source>Muscle relaxation and stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tense gently, about 70 % of your strength, and never into pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip any area that hurts: every step has a “Skip, this hurts” button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if the pain rises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you finish, sit for a moment before you stand up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand the caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Let go without tensing first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step skips the tensing and only lets go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you feel right now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space starts, pauses and resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this routine to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arrow: start this step again, or go back one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip, this hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this step and note in your history that it hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit for a moment before you stand up, and stand slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you feel now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensing the pelvic floor is switched on in Settings. Tense it only very gently, and switch it off again if it hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer, routines include gently tensing the pelvic floor. Tense it only very gently, and simply let go instead if it hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pelvic floor only lets go here; it is never squeezed. A tight pelvic floor needs letting go, not more tension. Tensing it can be switched on in Settings, but only if your physiotherapist advises it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pelvic floor only lets go here; it is never squeezed. A tight pelvic floor needs letting go, not more tension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>By %1 · version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have “%1” (version %2). Replace it with version %3 from this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was added to your routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be used, so nothing was copied. Please fix the following, or ask whoever wrote the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gently, about half effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gently, never into pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle stretch, never into pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left in this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) in %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Do this again in about an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me again in an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this again in about %1 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me again in %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session could not be saved to your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ll remind you at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine is running. Stop it and close calmfloor? It will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me in 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>calmfloor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineLibrary</name>
    <message>
        <source>A routine file could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic does not offer this routine on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tension before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated from 0 (none) to 10 (worst), before and after the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before, %2 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n skin check(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Managed by your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything calmfloor keeps stays on this computer, in these places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your breathing patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window position and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To delete your data, quit calmfloor, then delete these files or the folders that hold them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedTray</name>
    <message>
        <source>calmfloor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is in kiosk mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic policy file has these problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomChart</name>
    <message>
        <source>Tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded: a drop of 2 points or more (or 30 %), a change that matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before (hollow) and after (filled) each session, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in %1 per session, and its average over the last %2 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session in this time was rated for %1 both before and after. You can rate it at the start and end of a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ratings chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change per session chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n rated session(s): on average %2 before and %3 after. %4 of them dropped by a change that matters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>dropped by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rose by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 before, %3 after (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimesEdit</name>
    <message>
        <source>Add a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove reminder time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time is already on the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a few quiet minutes for yourself. Choose one to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paced breathing; starts at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short guided muscle relaxation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you do here is kept. When you are done, the screen starts fresh for the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For clinic staff: asks for the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use the headphones, so the sound does not disturb others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use the headphones — sound is off unless you turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The clinic settings file has problems; please tell your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>breathing</name>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heat</name>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower belly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patterns</name>
    <message>
        <source>Resonance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 5.5 breaths a minute: the slow, even rate most studies use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow 6 a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six easy breaths a minute, in and out the same length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer out-breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing out for longer than in helps the body settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short rest when full, then a long, slow out-breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-7-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wind-down pattern with a long hold. Shorten the hold if it strains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four even sides with rests; steadying when thoughts race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelvic-floor drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the pelvic floor soften as you breathe in and return as you breathe out. No squeezing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the pelvic floor drop and widen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it gently return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Time for a few minutes of practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>calmfloor practice report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1 with calmfloor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not rated before and after any session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on average %2 before and %3 after a session (change %4) over %5 sessions rated both times; a clear drop (2 points or 30 %) in %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tension before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings, session by session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calmfloor practice report, page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of practice per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of practice per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tension before and after each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average of the last 7, before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average of the last 7, after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>Feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pelvic floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forearms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
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
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tense and let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle tense and let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch, press and relax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go as you breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As you breathe in, let the pelvic floor drop and widen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle self-massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle relaxation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle relaxation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the length of a session in minutes or in breaths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a breathing session lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length (breaths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many breaths a session lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow down gradually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at a comfortable pace and slow gently to the pattern&apos;s pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting pace (breaths a minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pace of the first breaths when slowing down gradually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow down over (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the gradual slow-down takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go without tensing first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every routine skips the tensing and only lets go. Choose this if tensing makes your spasms worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also tense the pelvic floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off on purpose: a tight pelvic floor needs letting go, not squeezing, so the pelvic floor step only lets go. Turn this on only if your physiotherapist advises it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat pack time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a heat pack stays on. Never more than 20 minutes on one area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to check my skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle reminder to lift the pack and look at your skin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my skin every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check more often if you feel heat or touch less than usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tone for breathing in, two for breathing out, so eyes can stay closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How loud the cues are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft sound at holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet tone when a hold begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle chime when the session is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pace with less movement on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make all text larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask how I feel before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate tension and pain from 0 to 10 before and after each session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a week I aim to practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle goal for the week. History shows how many days you managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet reminder at the times below. None comes while you practise, or if you practised shortly before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to six times a day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>There is no pattern called “%1”; the chosen one is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
