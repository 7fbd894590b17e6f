<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BodyDiagramWidget</name>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>Body diagram</source>
        <translation>Körperbild</translation>
    </message>
    <message>
        <source>Now: %1, left side.</source>
        <translation>Jetzt: %1, linke Seite.</translation>
    </message>
    <message>
        <source>Now: %1, right side.</source>
        <translation>Jetzt: %1, rechte Seite.</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Jetzt: %1.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Geschafft: %1.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Ausgelassen: %1.</translation>
    </message>
    <message>
        <source>No muscle group is lit yet.</source>
        <translation>Noch ist keine Muskelgruppe hervorgehoben.</translation>
    </message>
</context>
<context>
    <name>BreathingRunPane</name>
    <message>
        <source>Breathing phase</source>
        <translation>Atemphase</translation>
    </message>
    <message>
        <source>Seconds left in this phase</source>
        <translation>Verbleibende Sekunden in dieser Phase</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Sitzung</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc-Taste</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Breath %1 of %2 · %3 left</source>
        <translation>Atemzug %1 von %2 · noch %3</translation>
    </message>
    <message>
        <source>%1 breaths a minute</source>
        <translation>%1 Atemzüge pro Minute</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreathingSetupPane</name>
    <message>
        <source>Paced breathing</source>
        <translation>Geführtes Atmen</translation>
    </message>
    <message>
        <source>If you feel dizzy or tingly, you are breathing too hard: breathe normally or stop. Holds are optional; never strain to hold your breath.</source>
        <translation>Wenn Ihnen schwindlig wird oder es kribbelt, atmen Sie zu stark: Atmen Sie normal weiter oder hören Sie auf. Das Halten ist freiwillig; halten Sie den Atem nie mit Mühe an.</translation>
    </message>
    <message>
        <source>Start breathing</source>
        <translation>Atemübung starten</translation>
    </message>
    <message>
        <source>Space starts, pauses and resumes</source>
        <translation>Leertaste: starten, pausieren, weiter</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <source>&amp;New pattern…</source>
        <translation>&amp;Neues Muster…</translation>
    </message>
    <message>
        <source>New pattern</source>
        <translation>Neues Muster</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit pattern</source>
        <translation>Muster bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete pattern</source>
        <translation>Muster löschen</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>Measure length in</source>
        <translation>Dauer angeben in</translation>
    </message>
    <message>
        <source>Measure &amp;in</source>
        <translation>Ein&amp;heit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Session length in minutes</source>
        <translation>Sitzungsdauer in Minuten</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> Atemzüge</translation>
    </message>
    <message>
        <source>Session length in breaths</source>
        <translation>Sitzungsdauer in Atemzügen</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>Start faster and slow down &amp;gradually</source>
        <translation>Schneller beginnen, dann all&amp;mählich langsamer</translation>
    </message>
    <message>
        <source> breaths a minute</source>
        <translation> Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>Starting pace in breaths a minute</source>
        <translation>Anfangstempo in Atemzügen pro Minute</translation>
    </message>
    <message>
        <source>Slow down over minutes</source>
        <translation>Verlangsamen über so viele Minuten</translation>
    </message>
    <message>
        <source>Start &amp;at</source>
        <translation>Anfangs&amp;tempo</translation>
    </message>
    <message>
        <source>Slow down &amp;over</source>
        <translation>Verlangsamen übe&amp;r</translation>
    </message>
    <message>
        <source>Breathing setup</source>
        <translation>Atemübung einrichten</translation>
    </message>
    <message>
        <source>In %1 s</source>
        <translation>Einatmen %1 s</translation>
    </message>
    <message>
        <source>hold %1 s</source>
        <translation>halten %1 s</translation>
    </message>
    <message>
        <source>out %1 s</source>
        <translation>ausatmen %1 s</translation>
    </message>
    <message>
        <source>%1 breaths a minute</source>
        <translation>%1 Atemzüge pro Minute</translation>
    </message>
</context>
<context>
    <name>BreathingView</name>
    <message>
        <source>Paced breathing</source>
        <translation>Geführtes Atmen</translation>
    </message>
    <message>
        <source>Take a moment before you get up, and stand slowly.</source>
        <translation>Lassen Sie sich einen Moment Zeit, bevor Sie aufstehen, und stehen Sie langsam auf.</translation>
    </message>
    <message>
        <source>Breathing session finished</source>
        <translation>Atemübung beendet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s) in %1</source>
        <translation>
            <numerusform>%n Atemzug in %1</numerusform>
            <numerusform>%n Atemzüge in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop breathing?</source>
        <translation>Atemübung beenden?</translation>
    </message>
    <message>
        <source>A session is running. Stop it and close calmfloor? It will be saved.</source>
        <translation>Eine Sitzung läuft. Beenden und calmfloor schließen? Sie wird gespeichert.</translation>
    </message>
</context>
<context>
    <name>CalendarHeatMap</name>
    <message>
        <source>Practice calendar</source>
        <translation>Übungskalender</translation>
    </message>
    <message>
        <source>no practice</source>
        <translation>nicht geübt</translation>
    </message>
    <message numerus="yes">
        <source>Practised on %1 of the last %n day(s).</source>
        <translation>
            <numerusform>An %1 von %n Tag geübt.</numerusform>
            <numerusform>An %1 der letzten %n Tage geübt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The most in one day: %1, on %2.</source>
        <translation>Am meisten an einem Tag: %1, am %2.</translation>
    </message>
    <message numerus="yes">
        <source>Flares on %n day(s), marked with a ring.</source>
        <translation>
            <numerusform>Schub an %n Tag, mit einem Ring markiert.</numerusform>
            <numerusform>Schübe an %n Tagen, mit einem Ring markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>a flare (%1 of 10)</source>
        <translation>ein Schub (%1 von 10)</translation>
    </message>
</context>
<context>
    <name>ConsistencyPane</name>
    <message>
        <source>Days a week I aim to practise</source>
        <translation>Angestrebte Übungstage pro Woche</translation>
    </message>
    <message>
        <source>Days a week I aim to &amp;practise:</source>
        <translation>Angestrebte Übungs&amp;tage pro Woche:</translation>
    </message>
    <message>
        <source>The last 26 weeks: the stronger the colour, the more minutes</source>
        <translation>Die letzten 26 Wochen: Je kräftiger die Farbe, desto mehr Minuten</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n Tag in Folge</numerusform>
            <numerusform>%n Tage in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>A new streak starts with your next session</source>
        <translation>Mit Ihrer nächsten Sitzung beginnt eine neue Serie</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s) this week</source>
        <translation>
            <numerusform>%1 von %n Tag diese Woche</numerusform>
            <numerusform>%1 von %n Tagen diese Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>you reached your goal. Well done.</source>
        <translation>Sie haben Ihr Ziel erreicht. Gut gemacht.</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Seconds left in this phase</source>
        <translation>Verbleibende Sekunden in dieser Phase</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sound is off: the audio library is missing on this computer. Follow the cues on screen.</source>
        <translation>Der Ton ist aus: Auf diesem Computer fehlt die Audio-Bibliothek. Folgen Sie den Hinweisen auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Sound is off: no audio output was found. Follow the cues on screen.</source>
        <translation>Der Ton ist aus: Es wurde keine Audioausgabe gefunden. Folgen Sie den Hinweisen auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Sound is off: a cue sound file is missing; reinstalling calmfloor should fix this. Follow the cues on screen.</source>
        <translation>Der Ton ist aus: Eine Klangdatei fehlt; calmfloor neu zu installieren sollte das beheben. Folgen Sie den Hinweisen auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Sound is off: the cue sounds could not be played. Follow the cues on screen.</source>
        <translation>Der Ton ist aus: Die Signaltöne ließen sich nicht abspielen. Folgen Sie den Hinweisen auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>DurationWords</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlareDialog</name>
    <message>
        <source>Flare plan</source>
        <translation>Schubplan</translation>
    </message>
    <message>
        <source>Go gently. Do these in order, as far as they help; stop anything that raises the pain. Every heat-pack rule still applies.</source>
        <translation>Gehen Sie behutsam vor. Machen Sie diese Schritte der Reihe nach, soweit sie helfen; brechen Sie alles ab, was den Schmerz verstärkt. Alle Regeln für das Wärmekissen gelten weiter.</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>When to call the clinic: %1</source>
        <translation>Wann Sie die Praxis anrufen sollten: %1</translation>
    </message>
    <message>
        <source>Call your clinic or doctor if the pain is severe, keeps rising, or comes with fever, numbness or trouble passing water.</source>
        <translation>Rufen Sie Ihre Praxis oder Ihre Ärztin bzw. Ihren Arzt an, wenn der Schmerz stark ist, weiter zunimmt oder mit Fieber, Taubheit oder Problemen beim Wasserlassen einhergeht.</translation>
    </message>
    <message>
        <source>Note this flare</source>
        <translation>Diesen Schub notieren</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Wie stark</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>am schlimmsten</translation>
    </message>
    <message>
        <source>What may have set it off (optional)</source>
        <translation>Was ihn ausgelöst haben könnte (freiwillig)</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Save to the flare log</source>
        <translation>Im Schubprotokoll speichern</translation>
    </message>
    <message>
        <source>The flare could not be saved just now.</source>
        <translation>Der Schub konnte gerade nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved to your flare log.</source>
        <translation>Im Schubprotokoll gespeichert.</translation>
    </message>
</context>
<context>
    <name>HeatAlarmBanner</name>
    <message>
        <source>Time&apos;s up: take the heat pack off now</source>
        <translation>Die Zeit ist um: Nehmen Sie das Wärmekissen jetzt ab</translation>
    </message>
    <message>
        <source>The sound repeats until you press the button.</source>
        <translation>Der Ton wiederholt sich, bis Sie den Knopf drücken.</translation>
    </message>
    <message>
        <source>I&apos;ve removed the pack</source>
        <translation>Kissen abgenommen</translation>
    </message>
    <message>
        <source>Stops the alarm and ends the heat session</source>
        <translation>Beendet den Alarm und die Wärmeanwendung</translation>
    </message>
    <message>
        <source>Heat pack alarm</source>
        <translation>Wärmekissen-Alarm</translation>
    </message>
</context>
<context>
    <name>HeatAreaChoice</name>
    <message>
        <source>Where will the pack go?</source>
        <translation>Wohin kommt das Kissen?</translation>
    </message>
    <message>
        <source>Where the heat pack goes</source>
        <translation>Stelle für das Wärmekissen</translation>
    </message>
</context>
<context>
    <name>HeatChecklist</name>
    <message>
        <source>Before you use heat</source>
        <translation>Bevor Sie Wärme anwenden</translation>
    </message>
    <message>
        <source>Ask your doctor or physiotherapist before using heat if:</source>
        <translation>Holen Sie vorher ärztlichen oder physiotherapeutischen Rat ein, wenn:</translation>
    </message>
    <message>
        <source>some areas feel numb, or you have nerve damage (for example from diabetes)</source>
        <translation>sich manche Stellen taub anfühlen oder Sie Nervenschäden haben (zum Beispiel durch Diabetes)</translation>
    </message>
    <message>
        <source>the skin there is broken, or has had radiotherapy recently</source>
        <translation>die Haut dort verletzt ist oder vor Kurzem bestrahlt wurde</translation>
    </message>
    <message>
        <source>you have heart or circulation problems</source>
        <translation>Sie Herz- oder Kreislaufprobleme haben</translation>
    </message>
    <message>
        <source>you have a fever or an infection</source>
        <translation>Sie Fieber oder eine Infektion haben</translation>
    </message>
    <message>
        <source>you are pregnant (do not put heat on your belly)</source>
        <translation>Sie schwanger sind (keine Wärme auf den Bauch)</translation>
    </message>
    <message>
        <source>the area has a fresh injury, such as a new sprain or bruise</source>
        <translation>die Stelle frisch verletzt ist, etwa durch eine Verstauchung oder Prellung</translation>
    </message>
    <message>
        <source>you find instructions like these hard to follow</source>
        <translation>Ihnen solche Anleitungen schwer fallen</translation>
    </message>
    <message>
        <source>I&apos;ve read this: none of these apply to me, or my clinician said heat is fine</source>
        <translation>Gelesen: Nichts davon gilt für mich, oder mein Behandlungsteam erlaubt Wärme</translation>
    </message>
    <message>
        <source>When to ask a clinician first</source>
        <translation>Wann Sie vorher Rat einholen sollten</translation>
    </message>
    <message>
        <source>Show when to ask a clinician before using heat</source>
        <translation>Zeigen, wann Sie vor der Wärmeanwendung Rat einholen sollten</translation>
    </message>
</context>
<context>
    <name>HeatDonePane</name>
    <message>
        <source>Skin red or blistered?</source>
        <translation>Haut rot oder Blasen?</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done, back to the heat pack setup</source>
        <translation>Fertig, zurück zur Einstellung des Wärmekissens</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Zeit ist um</translation>
    </message>
    <message>
        <source>Take the heat pack off now.</source>
        <translation>Nehmen Sie das Wärmekissen jetzt ab.</translation>
    </message>
    <message>
        <source>Then press “I&apos;ve removed the pack” at the top of the window.</source>
        <translation>Drücken Sie dann oben im Fenster auf „Kissen abgenommen“.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of heat</source>
        <translation>
            <numerusform>%n Minute Wärme</numerusform>
            <numerusform>%n Minuten Wärme</numerusform>
        </translation>
    </message>
    <message>
        <source>Less than a minute of heat</source>
        <translation>Weniger als eine Minute Wärme</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n skin check(s)</source>
        <translation>
            <numerusform>%1 von %n Hautkontrolle</numerusform>
            <numerusform>%1 von %n Hautkontrollen</numerusform>
        </translation>
    </message>
    <message>
        <source>Well done: the pack is off</source>
        <translation>Gut gemacht: Das Kissen ist ab</translation>
    </message>
    <message>
        <source>The pack is off</source>
        <translation>Das Kissen ist ab</translation>
    </message>
    <message>
        <source>Let your skin rest. Wait at least 2 hours before you use heat on this area again.</source>
        <translation>Gönnen Sie Ihrer Haut Ruhe. Warten Sie mindestens 2 Stunden, bevor Sie diese Stelle wieder wärmen.</translation>
    </message>
    <message>
        <source>This session could not be saved to your history.</source>
        <translation>Diese Sitzung konnte nicht im Verlauf gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>HeatNotifier</name>
    <message>
        <source>Heat pack: time&apos;s up</source>
        <translation>Wärmekissen: Die Zeit ist um</translation>
    </message>
    <message>
        <source>Take the heat pack off now.</source>
        <translation>Nehmen Sie das Wärmekissen jetzt ab.</translation>
    </message>
    <message>
        <source>Heat pack: check your skin</source>
        <translation>Wärmekissen: Haut kontrollieren</translation>
    </message>
    <message>
        <source>Lift the pack and look. Red patches, blisters or burning? Take it off.</source>
        <translation>Heben Sie das Kissen an und schauen Sie nach. Rote Flecken, Blasen oder Brennen? Dann nehmen Sie es ab.</translation>
    </message>
</context>
<context>
    <name>HeatRunningPane</name>
    <message>
        <source>Heat pack on</source>
        <translation>Stelle des Wärmekissens</translation>
    </message>
    <message>
        <source>Heat time left</source>
        <translation>Verbleibende Wärmedauer</translation>
    </message>
    <message>
        <source>Next skin check</source>
        <translation>Nächste Hautkontrolle</translation>
    </message>
    <message>
        <source>Pause (pack off)</source>
        <translation>Pause (Kissen ab)</translation>
    </message>
    <message>
        <source>I&apos;ve removed the pack</source>
        <translation>Kissen abgenommen</translation>
    </message>
    <message>
        <source>Ends the heat session now</source>
        <translation>Beendet die Wärmeanwendung jetzt</translation>
    </message>
    <message>
        <source>Time to check your skin: lift the pack and look. Red patches, blisters or burning? Take it off.</source>
        <translation>Zeit für eine Hautkontrolle: Heben Sie das Kissen an und schauen Sie nach. Rote Flecken, Blasen oder Brennen? Dann nehmen Sie es ab.</translation>
    </message>
    <message>
        <source>Skin looks fine</source>
        <translation>Haut sieht gut aus</translation>
    </message>
    <message>
        <source>I checked my skin under the pack</source>
        <translation>Ich habe die Haut unter dem Kissen kontrolliert</translation>
    </message>
    <message>
        <source>Resume (pack back on)</source>
        <translation>Weiter (Kissen wieder auf)</translation>
    </message>
    <message>
        <source>Paused: the pack is off. Time stops until you resume.</source>
        <translation>Pausiert: Das Kissen ist ab. Die Zeit steht still, bis Sie fortsetzen.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Ends at %1</source>
        <translation>Endet um %1</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Next skin check in %1</source>
        <translation>Nächste Hautkontrolle in %1</translation>
    </message>
    <message numerus="yes">
        <source>In about %n minute(s)</source>
        <translation>
            <numerusform>In etwa %n Minute</numerusform>
            <numerusform>In etwa %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatSafetyPanel</name>
    <message>
        <source>While the pack is on</source>
        <translation>Solange das Kissen aufliegt</translation>
    </message>
    <message>
        <source>Wrap the pack in a cloth: never on bare skin.</source>
        <translation>Wickeln Sie das Kissen in ein Tuch: nie direkt auf die Haut.</translation>
    </message>
    <message>
        <source>Don&apos;t lie on the pack.</source>
        <translation>Legen Sie sich nicht auf das Kissen.</translation>
    </message>
    <message>
        <source>Don&apos;t fall asleep with it on.</source>
        <translation>Schlafen Sie damit nicht ein.</translation>
    </message>
    <message>
        <source>Check your skin now and then.</source>
        <translation>Schauen Sie zwischendurch nach Ihrer Haut.</translation>
    </message>
    <message>
        <source>Skin red or blistered?</source>
        <translation>Haut rot oder Blasen?</translation>
    </message>
</context>
<context>
    <name>HeatSetupPane</name>
    <message>
        <source>Heat pack</source>
        <translation>Wärmekissen</translation>
    </message>
    <message>
        <source>Warmth can ease tight muscles. The timer keeps counting while you use the rest of calmfloor, and tells you when to take the pack off.</source>
        <translation>Wärme kann verspannte Muskeln lockern. Der Timer läuft weiter, während Sie den Rest von calmfloor nutzen, und sagt Ihnen, wann Sie das Kissen abnehmen sollen.</translation>
    </message>
    <message>
        <source>Start the heat timer</source>
        <translation>Wärme-Timer starten</translation>
    </message>
    <message>
        <source>Put the wrapped pack on, then start</source>
        <translation>Legen Sie das eingewickelte Kissen auf, dann starten Sie</translation>
    </message>
    <message>
        <source>Time and skin checks</source>
        <translation>Dauer und Hautkontrollen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Heat time in minutes</source>
        <translation>Wärmedauer in Minuten</translation>
    </message>
    <message>
        <source>Never more than %1 minutes on one area.</source>
        <translation>Nie länger als %1 Minuten an einer Stelle.</translation>
    </message>
    <message>
        <source>Heat &amp;time</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>Remind me to &amp;check my skin</source>
        <translation>An &amp;Hautkontrolle erinnern</translation>
    </message>
    <message>
        <source>Check my skin every, in minutes</source>
        <translation>Abstand der Hautkontrollen in Minuten</translation>
    </message>
    <message>
        <source>Check &amp;every</source>
        <translation>Kontrolle a&amp;lle</translation>
    </message>
    <message>
        <source>Some of these are managed by your clinic.</source>
        <translation>Einiges davon legt Ihre Praxis fest.</translation>
    </message>
    <message>
        <source>No reminders: lift the pack and look at your skin now and then.</source>
        <translation>Keine Erinnerungen: Heben Sie zwischendurch das Kissen an und schauen Sie nach Ihrer Haut.</translation>
    </message>
    <message>
        <source>No reminder falls within this time: look at your skin when you take the pack off.</source>
        <translation>In dieser Zeit kommt keine Erinnerung: Schauen Sie nach Ihrer Haut, wenn Sie das Kissen abnehmen.</translation>
    </message>
    <message numerus="yes">
        <source>You will be reminded %n time(s).</source>
        <translation>
            <numerusform>Sie werden %n-mal erinnert.</numerusform>
            <numerusform>Sie werden %n-mal erinnert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please read the list above and confirm it first.</source>
        <translation>Bitte lesen Sie zuerst die Liste oben und bestätigen Sie sie.</translation>
    </message>
    <message>
        <source>Choose where the pack will go.</source>
        <translation>Wählen Sie, wohin das Kissen kommt.</translation>
    </message>
</context>
<context>
    <name>HeatSkinHelp</name>
    <message>
        <source>If your skin is red, blistered or burning</source>
        <translation>Wenn Ihre Haut rot ist, Blasen hat oder brennt</translation>
    </message>
    <message>
        <source>Take the pack off.</source>
        <translation>Nehmen Sie das Kissen ab.</translation>
    </message>
    <message>
        <source>Cool the skin under cool running water for 20 minutes.</source>
        <translation>Kühlen Sie die Haut 20 Minuten lang unter kühlem, fließendem Wasser.</translation>
    </message>
    <message>
        <source>Don&apos;t use ice.</source>
        <translation>Verwenden Sie kein Eis.</translation>
    </message>
    <message>
        <source>Get medical care for blisters, or if the burn is large or very painful.</source>
        <translation>Lassen Sie Blasen ärztlich versorgen, ebenso eine große oder sehr schmerzhafte Verbrennung.</translation>
    </message>
    <message>
        <source>Don&apos;t use heat there again until the skin has healed.</source>
        <translation>Verwenden Sie dort erst wieder Wärme, wenn die Haut verheilt ist.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the skin advice</source>
        <translation>Hinweise zur Haut schließen</translation>
    </message>
</context>
<context>
    <name>HeatStatusChip</name>
    <message>
        <source>Heat time left</source>
        <translation>Verbleibende Wärmedauer</translation>
    </message>
    <message>
        <source>Heat pack timer</source>
        <translation>Wärmekissen-Timer</translation>
    </message>
    <message>
        <source>Heat %1</source>
        <translation>Wärme %1</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Zeit ist um</translation>
    </message>
    <message>
        <source>Take the pack off</source>
        <translation>Kissen abnehmen</translation>
    </message>
    <message>
        <source>Heat paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Check your skin</source>
        <translation>Haut prüfen</translation>
    </message>
    <message>
        <source>Time&apos;s up: take the heat pack off now.</source>
        <translation>Die Zeit ist um: Nehmen Sie das Wärmekissen jetzt ab.</translation>
    </message>
    <message>
        <source>Paused. %1.</source>
        <translation>Pausiert. %1.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to check your skin.</source>
        <translation>Zeit für eine Hautkontrolle.</translation>
    </message>
</context>
<context>
    <name>HeatView</name>
    <message>
        <source>Heat pack</source>
        <translation>Wärmekissen</translation>
    </message>
    <message>
        <source>Heat pack setup</source>
        <translation>Wärmekissen einrichten</translation>
    </message>
    <message>
        <source>Heat pack in use</source>
        <translation>Wärmekissen liegt auf</translation>
    </message>
    <message>
        <source>Heat pack session finished</source>
        <translation>Wärmeanwendung beendet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Your last heat session on this area ended just now.</source>
        <translation>Ihre letzte Wärmeanwendung an dieser Stelle ist gerade erst zu Ende gegangen.</translation>
    </message>
    <message>
        <source>Your last heat session on this area ended %1 ago.</source>
        <translation>Ihre letzte Wärmeanwendung an dieser Stelle endete vor %1.</translation>
    </message>
    <message>
        <source>Leave at least 2 hours between sessions so your skin can recover.</source>
        <translation>Lassen Sie mindestens 2 Stunden Abstand, damit sich Ihre Haut erholen kann.</translation>
    </message>
    <message numerus="yes">
        <source>You have already had %n heat session(s) on this area today.</source>
        <translation>
            <numerusform>Sie hatten heute schon %n Wärmeanwendung an dieser Stelle.</numerusform>
            <numerusform>Sie hatten heute schon %n Wärmeanwendungen an dieser Stelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to 3 a day is usual.</source>
        <translation>Üblich sind bis zu 3 am Tag.</translation>
    </message>
    <message>
        <source>Heat on this area again?</source>
        <translation>Noch einmal Wärme an dieser Stelle?</translation>
    </message>
    <message>
        <source>%1: give your skin a rest?</source>
        <translation>%1: Der Haut eine Pause gönnen?</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>Trotzdem starten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Close calmfloor?</source>
        <translation>calmfloor schließen?</translation>
    </message>
    <message>
        <source>The heat timer stops when calmfloor closes.</source>
        <translation>Der Wärme-Timer stoppt, wenn calmfloor geschlossen wird.</translation>
    </message>
    <message>
        <source>Take the heat pack off before you close calmfloor, so it cannot stay on too long.</source>
        <translation>Nehmen Sie das Wärmekissen ab, bevor Sie calmfloor schließen, damit es nicht zu lange aufliegt.</translation>
    </message>
    <message>
        <source>I&apos;ve removed the pack, close</source>
        <translation>Kissen abgenommen, schließen</translation>
    </message>
    <message>
        <source>Keep calmfloor open</source>
        <translation>calmfloor offen lassen</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours, then minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Charts and sessions</source>
        <translation>Diagramme und Sitzungen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übungszeit</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Regelmäßigkeit</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>History is not available this time. Your sessions are not being recorded.</source>
        <translation>Der Verlauf ist diesmal nicht verfügbar. Ihre Sitzungen werden nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>History is open read-only: sessions can be viewed but not deleted.</source>
        <translation>Der Verlauf ist schreibgeschützt geöffnet: Sitzungen lassen sich ansehen, aber nicht löschen.</translation>
    </message>
    <message numerus="yes">
        <source>Not shown: %n session(s) in your history that could not be read; each stays untouched in the file.</source>
        <translation>
            <numerusform>Nicht angezeigt: %n Sitzung in Ihrem Verlauf, die sich nicht lesen ließ; sie bleibt unverändert in der Datei.</numerusform>
            <numerusform>Nicht angezeigt: %n Sitzungen in Ihrem Verlauf, die sich nicht lesen ließen; jede bleibt unverändert in der Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read just now. Try again later.</source>
        <translation>Der Verlauf konnte gerade nicht gelesen werden. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>No sessions yet. Your practice will appear here.</source>
        <translation>Noch keine Sitzungen. Ihre Übungen erscheinen hier.</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
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
        <translation>Beenden und neu beginnen</translation>
    </message>
    <message>
        <source>Forgets everything and shows the welcome screen for the next person.</source>
        <translation>Vergisst alles und zeigt den Begrüßungsbildschirm für die nächste Person.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>The new language is used when this session ends.</source>
        <translation>Die neue Sprache gilt, sobald diese Sitzung endet.</translation>
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
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message numerus="yes">
        <source>calmfloor closed unexpectedly last time; %n session(s) saved as interrupted.</source>
        <translation>
            <numerusform>calmfloor wurde beim letzten Mal unerwartet beendet; %n Sitzung als unterbrochen gespeichert.</numerusform>
            <numerusform>calmfloor wurde beim letzten Mal unerwartet beendet; %n Sitzungen als unterbrochen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish the session that is running first.</source>
        <translation>Beenden Sie zuerst die laufende Übung.</translation>
    </message>
    <message>
        <source>There is no pattern called “%1”; the chosen one is used instead.</source>
        <translation>Es gibt kein Atemmuster namens „%1“; stattdessen wird das gewählte verwendet.</translation>
    </message>
    <message>
        <source>There is no routine “%1” here; import it on this page first.</source>
        <translation>Das Übungsprogramm „%1“ ist hier nicht vorhanden; importieren Sie es zuerst auf dieser Seite.</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>your settings</source>
        <translation>Ihre Einstellungen</translation>
    </message>
    <message>
        <source>your breathing patterns</source>
        <translation>Ihre Atemmuster</translation>
    </message>
    <message>
        <source>Time for the heat pack. Press “Start the heat timer” when it is in place; the routine goes on when you come back to Relax.</source>
        <translation>Zeit für das Wärmekissen. Drücken Sie auf „Wärme-Timer starten“, sobald es liegt; das Programm geht weiter, wenn Sie zu „Entspannen“ zurückkehren.</translation>
    </message>
    <message>
        <source>The routine suggests %1 minutes; on this computer a heat pack is timed for at most %2 minutes.</source>
        <translation>Das Programm sieht %1 Minuten vor; auf diesem Computer läuft ein Wärmekissen höchstens %2 Minuten.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>PacerWidget</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Atem-Taktgeber</translation>
    </message>
    <message>
        <source>A circle that grows as you breathe in and shrinks as you breathe out.</source>
        <translation>Ein Kreis, der beim Einatmen wächst und beim Ausatmen kleiner wird.</translation>
    </message>
</context>
<context>
    <name>PatternDialog</name>
    <message>
        <source>Edit breathing pattern</source>
        <translation>Atemmuster bearbeiten</translation>
    </message>
    <message>
        <source>New breathing pattern</source>
        <translation>Neues Atemmuster</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A name no other pattern uses.</source>
        <translation>Ein Name, den kein anderes Muster trägt.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Seconds breathing in.</source>
        <translation>Sekunden einatmen.</translation>
    </message>
    <message>
        <source>Hold after in</source>
        <translation>Halten nach dem Einatmen</translation>
    </message>
    <message>
        <source>Seconds of rest with full lungs. Zero for none.</source>
        <translation>Sekunden Pause mit voller Lunge. Null für keine.</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Seconds breathing out.</source>
        <translation>Sekunden ausatmen.</translation>
    </message>
    <message>
        <source>Hold after out</source>
        <translation>Halten nach dem Ausatmen</translation>
    </message>
    <message>
        <source>Seconds of rest with empty lungs. Zero for none.</source>
        <translation>Sekunden Pause mit leerer Lunge. Null für keine.</translation>
    </message>
    <message>
        <source>Holds are optional. Never strain to hold your breath.</source>
        <translation>Das Halten ist freiwillig. Halten Sie den Atem nie mit Mühe an.</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Optional. One line to remind you what this pattern is for.</source>
        <translation>Freiwillig. Eine Zeile zur Erinnerung, wofür dieses Muster gedacht ist.</translation>
    </message>
    <message>
        <source>Words for the in-breath</source>
        <translation>Worte beim Einatmen</translation>
    </message>
    <message>
        <source>Optional. Shown, and read by screen readers, as each in-breath begins.</source>
        <translation>Freiwillig. Erscheint zu Beginn jedes Einatmens und wird vom Screenreader vorgelesen.</translation>
    </message>
    <message>
        <source>Words for the out-breath</source>
        <translation>Worte beim Ausatmen</translation>
    </message>
    <message>
        <source>Optional. Shown, and read by screen readers, as each out-breath begins.</source>
        <translation>Freiwillig. Erscheint zu Beginn jedes Ausatmens und wird vom Screenreader vorgelesen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save pattern</source>
        <translation>Muster speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Give the pattern a name.</source>
        <translation>Geben Sie dem Muster einen Namen.</translation>
    </message>
    <message>
        <source>There is already a pattern called “%1”. Choose another name.</source>
        <translation>Es gibt schon ein Muster namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1: choose from %2 to %3 seconds.</source>
        <translation>%1: Wählen Sie %2 bis %3 Sekunden.</translation>
    </message>
    <message>
        <source>%1: use whole or half seconds, such as 4 or 4.5.</source>
        <translation>%1: Nur ganze oder halbe Sekunden, etwa 4 oder 4,5.</translation>
    </message>
    <message>
        <source>The pattern could not be saved. Try another name.</source>
        <translation>Das Muster konnte nicht gespeichert werden. Versuchen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 breaths a minute · one breath lasts %2 s</source>
        <translation>%1 Atemzüge pro Minute · ein Atemzug dauert %2 s</translation>
    </message>
    <message>
        <source>Delete pattern</source>
        <translation>Muster löschen</translation>
    </message>
    <message>
        <source>Delete the pattern “%1”? This cannot be undone.</source>
        <translation>Das Muster „%1“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>PelvisFigureWidget</name>
    <message>
        <source>Diaphragm and pelvic floor</source>
        <translation>Zwerchfell und Beckenboden</translation>
    </message>
    <message>
        <source>A side view of the body. Breathing in, the diaphragm and the pelvic floor both move down; breathing out, both gently rise again.</source>
        <translation>Der Körper von der Seite. Beim Einatmen senken sich Zwerchfell und Beckenboden; beim Ausatmen heben sich beide sanft wieder.</translation>
    </message>
    <message>
        <source>Diaphragm</source>
        <translation>Zwerchfell</translation>
    </message>
    <message>
        <source>Pelvic floor</source>
        <translation>Beckenboden</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <source>This kiosk has no staff PIN, so anyone can leave it. To protect it, set a staff PIN in the clinic policy.</source>
        <translation>Dieser Kiosk hat keine Personal-PIN, daher kann ihn jede Person verlassen. Um ihn zu schützen, legen Sie in der Richtliniendatei der Praxis eine Personal-PIN fest.</translation>
    </message>
    <message>
        <source>This computer has no staff PIN set; ask your IT team.</source>
        <translation>Auf diesem Computer ist keine Personal-PIN festgelegt; fragen Sie Ihr IT-Team.</translation>
    </message>
    <message>
        <source>Enter the staff PIN to leave kiosk mode.</source>
        <translation>Geben Sie die Personal-PIN ein, um den Kioskmodus zu verlassen.</translation>
    </message>
    <message>
        <source>Digits only; the digits are hidden.</source>
        <translation>Nur Ziffern; die Ziffern werden verborgen.</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>PIN-Status</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Kiosk verlassen</translation>
    </message>
    <message>
        <source>Try again in %1 s</source>
        <translation>Erneut versuchen in %1 s</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
</context>
<context>
    <name>PracticeChart</name>
    <message>
        <source>Practice chart</source>
        <translation>Übungsdiagramm</translation>
    </message>
    <message>
        <source>Minutes practised each week</source>
        <translation>Übungsminuten pro Woche</translation>
    </message>
    <message>
        <source>Minutes practised each day</source>
        <translation>Übungsminuten pro Tag</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No practice</source>
        <translation>Nicht geübt</translation>
    </message>
    <message>
        <source>Minutes practised each week, from the week of %1 to the week of %2.</source>
        <translation>Übungsminuten pro Woche, von der Woche vom %1 bis zur Woche vom %2.</translation>
    </message>
    <message>
        <source>Minutes practised each day, from %1 to %2.</source>
        <translation>Übungsminuten pro Tag, vom %1 bis %2.</translation>
    </message>
    <message>
        <source>In all: %1.</source>
        <translation>Insgesamt: %1.</translation>
    </message>
    <message>
        <source>The most in one week: %1, the week of %2.</source>
        <translation>Am meisten in einer Woche: %1, in der Woche vom %2.</translation>
    </message>
    <message>
        <source>The most in one day: %1, on %2.</source>
        <translation>Am meisten an einem Tag: %1, am %2.</translation>
    </message>
</context>
<context>
    <name>ProgrammePane</name>
    <message>
        <source>Programme and flares</source>
        <translation>Programm und Schübe</translation>
    </message>
    <message>
        <source>Nothing here for this period: no programme, flare, region skipped because it hurt, or heat-pack use. A physiotherapist&apos;s programme is imported on Today.</source>
        <translation>Für diesen Zeitraum gibt es hier nichts: kein Programm, keinen Schub, keine wegen Schmerzen ausgelassene Körperregion und kein Wärmekissen. Ein Programm Ihrer Physiotherapie importieren Sie unter „Heute“.</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Show the last 7 days</source>
        <translation>Die letzten 7 Tage zeigen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Show the last 30 days</source>
        <translation>Die letzten 30 Tage zeigen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>Show the last 3 months</source>
        <translation>Die letzten 3 Monate zeigen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Show the last year</source>
        <translation>Das letzte Jahr zeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show all your history</source>
        <translation>Den ganzen Verlauf zeigen</translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>%1: %2 out of 10</source>
        <translation>%1: %2 von 10</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Anspannung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>very tense</source>
        <translation>stärkste</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>stärkster</translation>
    </message>
</context>
<context>
    <name>RelaxDonePane</name>
    <message>
        <source>Sit for a moment before you stand up, and stand slowly.</source>
        <translation>Bleiben Sie einen Moment sitzen, bevor Sie aufstehen, und stehen Sie langsam auf.</translation>
    </message>
    <message>
        <source>Routine finished</source>
        <translation>Übungsprogramm beendet</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Routine stopped</source>
        <translation>Programm beendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) in %2</source>
        <translation>
            <numerusform>%1 von %n Schritt in %2</numerusform>
            <numerusform>%1 von %n Schritten in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ausgelassen</numerusform>
            <numerusform>%n ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Do this again in about an hour.</source>
        <translation>Wiederholen Sie das in etwa einer Stunde.</translation>
    </message>
    <message>
        <source>Remind me again in an hour</source>
        <translation>In einer Stunde erinnern</translation>
    </message>
    <message>
        <source>Do this again in about %1 hours.</source>
        <translation>Wiederholen Sie das in etwa %1 Stunden.</translation>
    </message>
    <message>
        <source>Remind me again in %1 hours</source>
        <translation>In %1 Stunden erinnern</translation>
    </message>
    <message>
        <source>I&apos;ll remind you at %1.</source>
        <translation>Ich erinnere Sie um %1.</translation>
    </message>
</context>
<context>
    <name>RelaxRunPane</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Left arrow: start this step again, or go back one step</source>
        <translation>Pfeiltaste links: diesen Schritt neu beginnen oder einen Schritt zurück</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Diesen Schritt auslassen</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Pfeiltaste rechts</translation>
    </message>
    <message>
        <source>Skip, this hurts</source>
        <translation>Tut weh, auslassen</translation>
    </message>
    <message>
        <source>Skip this step and note in your history that it hurt</source>
        <translation>Diesen Schritt auslassen und im Verlauf vermerken, dass es wehtat</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Programm beenden</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc-Taste</translation>
    </message>
    <message>
        <source>Routine in progress</source>
        <translation>Übungsprogramm läuft</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Restzeit des Programms</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>%1 left in this routine</source>
        <translation>Noch %1 in diesem Programm</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelaxSetupPane</name>
    <message>
        <source>Muscle relaxation and stretches</source>
        <translation>Muskelentspannung und Dehnübungen</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Tense gently, about 70 % of your strength, and never into pain.</source>
        <translation>Spannen Sie sanft an, mit etwa 70 % Ihrer Kraft, und nie bis in den Schmerz.</translation>
    </message>
    <message>
        <source>Skip any area that hurts: every step has a “Skip, this hurts” button.</source>
        <translation>Lassen Sie jede Stelle aus, die wehtut: Jeder Schritt hat den Knopf „Tut weh, auslassen“.</translation>
    </message>
    <message>
        <source>Stop if the pain rises.</source>
        <translation>Hören Sie auf, wenn der Schmerz zunimmt.</translation>
    </message>
    <message>
        <source>When you finish, sit for a moment before you stand up.</source>
        <translation>Bleiben Sie am Ende einen Moment sitzen, bevor Sie aufstehen.</translation>
    </message>
    <message>
        <source>With your eyes closed: two soft low bells mean get ready, two quick wooden notes tense, falling bells let go, a slow rising pair rest. The Down arrow skips a step that hurts. Settings has “Hear the sounds” and a voice that speaks the steps.</source>
        <translation>Mit geschlossenen Augen: Zwei leise, tiefe Glocken bedeuten bereit machen, zwei schnelle Holztöne anspannen, fallende Glocken loslassen, zwei langsam steigende Töne ausruhen. Die Pfeiltaste nach unten überspringt einen Schritt, der weh tut. In den Einstellungen finden Sie „Klänge anhören“ und eine Stimme, die die Schritte ansagt.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>I understand the caution</source>
        <translation>Ich habe die Hinweise verstanden</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Übungsprogramm</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Übungsprogramme</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>&amp;Let go without tensing first</source>
        <translation>Nur &amp;loslassen, ohne vorher anzuspannen</translation>
    </message>
    <message>
        <source>Every step skips the tensing and only lets go.</source>
        <translation>Jeder Schritt lässt das Anspannen weg und lässt nur los.</translation>
    </message>
    <message>
        <source>Managed by your clinic</source>
        <translation>Von Ihrer Praxis festgelegt</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Programm starten</translation>
    </message>
    <message>
        <source>Space starts, pauses and resumes</source>
        <translation>Leertaste: starten, pausieren, weiter</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Im&amp;portieren…</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>Übungsprogramm aus einer Datei importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export this routine to a file</source>
        <translation>Dieses Übungsprogramm in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Record my &amp;voice…</source>
        <translation>Meine &amp;Stimme aufnehmen…</translation>
    </message>
    <message>
        <source>Record this routine&apos;s instructions in your own voice, step by step</source>
        <translation>Die Anleitungen dieser Übungsfolge Schritt für Schritt mit Ihrer eigenen Stimme aufnehmen</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Übungsprogramm wählen</translation>
    </message>
    <message>
        <source>Tensing the pelvic floor is switched on in Settings. Tense it only very gently, and switch it off again if it hurts.</source>
        <translation>Das Anspannen des Beckenbodens ist in den Einstellungen eingeschaltet. Spannen Sie ihn nur ganz sanft an, und schalten Sie es wieder aus, wenn es wehtut.</translation>
    </message>
    <message>
        <source>On this computer, routines include gently tensing the pelvic floor. Tense it only very gently, and simply let go instead if it hurts.</source>
        <translation>Auf diesem Computer gehört sanftes Anspannen des Beckenbodens zu den Programmen. Spannen Sie ihn nur ganz sanft an, und lassen Sie stattdessen einfach los, wenn es wehtut.</translation>
    </message>
    <message>
        <source>The pelvic floor only lets go here; it is never squeezed. A tight pelvic floor needs letting go, not more tension. Tensing it can be switched on in Settings, but only if your physiotherapist advises it.</source>
        <translation>Den Beckenboden lassen Sie hier nur los; er wird nie angespannt. Ein verspannter Beckenboden braucht Loslassen, nicht noch mehr Spannung. Das Anspannen lässt sich in den Einstellungen einschalten, aber nur, wenn Ihre Physiotherapeutin oder Ihr Physiotherapeut es empfiehlt.</translation>
    </message>
    <message>
        <source>The pelvic floor only lets go here; it is never squeezed. A tight pelvic floor needs letting go, not more tension.</source>
        <translation>Den Beckenboden lassen Sie hier nur los; er wird nie angespannt. Ein verspannter Beckenboden braucht Loslassen, nicht noch mehr Spannung.</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>From your clinic</source>
        <translation>Von Ihrer Praxis</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>No routine is available.</source>
        <translation>Kein Übungsprogramm verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Etwa %n Minute</numerusform>
            <numerusform>Etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1 · version %2</source>
        <translation>Von %1 · Version %2</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Zuerst: %1</translation>
    </message>
</context>
<context>
    <name>RelaxView</name>
    <message>
        <source>Muscle relaxation and stretches</source>
        <translation>Muskelentspannung und Dehnübungen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation>Übungsprogramm beenden?</translation>
    </message>
    <message>
        <source>A routine is running. Stop it and close calmfloor? It will be saved.</source>
        <translation>Ein Übungsprogramm läuft. Beenden und calmfloor schließen? Es wird gespeichert.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation>In 15 Minuten</translation>
    </message>
    <message>
        <source>Remind me in 15 minutes</source>
        <translation>In 15 Minuten erinnern</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Practice reminder</source>
        <translation>Erinnerung ans Üben</translation>
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
        <translation>Übungsprogramm importieren</translation>
    </message>
    <message>
        <source>Routine files (*.toml);;All files (*)</source>
        <translation>Übungsprogramme (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace your routine?</source>
        <translation>Ihr Übungsprogramm ersetzen?</translation>
    </message>
    <message>
        <source>You already have “%1” (version %2). Replace it with version %3 from this file?</source>
        <translation>Sie haben „%1“ schon (Version %2). Durch Version %3 aus dieser Datei ersetzen?</translation>
    </message>
    <message>
        <source>“%1” was added to your routines.</source>
        <translation>„%1“ wurde zu Ihren Übungsprogrammen hinzugefügt.</translation>
    </message>
    <message>
        <source>Routine not imported</source>
        <translation>Übungsprogramm nicht importiert</translation>
    </message>
    <message>
        <source>“%1” cannot be used, so nothing was copied. Please fix the following, or ask whoever wrote the file:</source>
        <translation>„%1“ lässt sich nicht verwenden, daher wurde nichts kopiert. Bitte beheben Sie Folgendes, oder fragen Sie die Person, die die Datei geschrieben hat:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details)</source>
        <translation>
            <numerusform>… und %n weiterer Punkt (siehe Details)</numerusform>
            <numerusform>… und %n weitere Punkte (siehe Details)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Übungsprogramm exportieren</translation>
    </message>
    <message>
        <source>Routine files (*.toml)</source>
        <translation>Übungsprogramme (*.toml)</translation>
    </message>
    <message>
        <source>The routine could not be saved to %1.</source>
        <translation>Das Übungsprogramm konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>“%1” was saved to %2.</source>
        <translation>„%1“ wurde unter %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>RoutineLibrary</name>
    <message>
        <source>A routine file could not be used: %1</source>
        <translation>Eine Übungsprogramm-Datei ließ sich nicht verwenden: %1</translation>
    </message>
    <message>
        <source>Your clinic does not offer this routine on this computer.</source>
        <translation>Ihre Praxis bietet dieses Übungsprogramm auf diesem Computer nicht an.</translation>
    </message>
</context>
<context>
    <name>RoutineWords</name>
    <message>
        <source>%1, left side</source>
        <translation>%1, linke Seite</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, rechte Seite</translation>
    </message>
    <message>
        <source>%1, both sides</source>
        <translation>%1, beide Seiten</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Gently, about half effort</source>
        <translation>Sanft, mit etwa halber Kraft</translation>
    </message>
    <message>
        <source>Gently, never into pain</source>
        <translation>Sanft, nie bis in den Schmerz</translation>
    </message>
    <message>
        <source>A gentle stretch, never into pain</source>
        <translation>Sanft dehnen, nie bis in den Schmerz</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Runde %1 von %2</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>How do you feel right now? (optional)</source>
        <translation>Wie fühlen Sie sich gerade? (freiwillig)</translation>
    </message>
    <message>
        <source>How do you feel now? (optional)</source>
        <translation>Wie fühlen Sie sich jetzt? (freiwillig)</translation>
    </message>
    <message>
        <source>Save and finish</source>
        <translation>Speichern und beenden</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Skip the ratings</source>
        <translation>Bewertung auslassen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>This session could not be saved to your history.</source>
        <translation>Diese Sitzung konnte nicht im Verlauf gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Tension before → after</source>
        <translation>Anspannung vorher → nachher</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Schmerz vorher → nachher</translation>
    </message>
    <message>
        <source>Rated from 0 (none) to 10 (worst), before and after the session.</source>
        <translation>Bewertet von 0 (keine) bis 10 (am stärksten), vor und nach der Sitzung.</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 before, %2 after</source>
        <translation>%1 vorher, %2 nachher</translation>
    </message>
    <message>
        <source>Removed early</source>
        <translation>Früher abgenommen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n Atemzug</numerusform>
            <numerusform>%n Atemzüge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n skin check(s)</source>
        <translation>
            <numerusform>%1 von %n Hautkontrolle</numerusform>
            <numerusform>%1 von %n Hautkontrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s)</source>
        <translation>
            <numerusform>%1 von %n Schritt</numerusform>
            <numerusform>%1 von %n Schritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ausgelassen</numerusform>
            <numerusform>%n ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPane</name>
    <message>
        <source>Session history</source>
        <translation>Sitzungsverlauf</translation>
    </message>
    <message>
        <source>One row per session. Choose a column heading to sort by it.</source>
        <translation>Eine Zeile pro Sitzung. Wählen Sie eine Spaltenüberschrift, um danach zu sortieren.</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Sitzung löschen…</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Deletes the selected session from the history, after asking you.</source>
        <translation>Löscht die ausgewählte Sitzung aus dem Verlauf, nach einer Rückfrage.</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>Deletes every session and rating, after asking you. Settings are kept.</source>
        <translation>Löscht nach einer Rückfrage alle Sitzungen und Bewertungen. Die Einstellungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Brings back your history as it was in one of the daily backups, after asking you. Your history as it is now is kept in a file beside it.</source>
        <translation>Stellt nach einer Rückfrage Ihren Verlauf so wieder her, wie er in einer der täglichen Sicherungen war. Ihr jetziger Verlauf wird in einer Datei daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Saves the sessions shown as a spreadsheet file.</source>
        <translation>Speichert die angezeigten Sitzungen als Tabellendatei.</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF-Bericht…</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>Saves a printable report of the time shown, for your physiotherapist.</source>
        <translation>Speichert einen druckbaren Bericht über den angezeigten Zeitraum, für Ihre Physiotherapie.</translation>
    </message>
    <message>
        <source>Name on the report (optional)</source>
        <translation>Name im Bericht (freiwillig)</translation>
    </message>
    <message>
        <source>Name on the report</source>
        <translation>Name im Bericht</translation>
    </message>
    <message>
        <source>Printed at the top of the next PDF report only; calmfloor does not keep it.</source>
        <translation>Steht nur oben im nächsten PDF-Bericht; calmfloor speichert ihn nicht.</translation>
    </message>
    <message>
        <source>History is open read-only, so nothing can be deleted.</source>
        <translation>Der Verlauf ist schreibgeschützt geöffnet, daher lässt sich nichts löschen.</translation>
    </message>
    <message>
        <source>Delete the session of %1 (%2)? This cannot be undone.</source>
        <translation>Die Sitzung vom %1 (%2) löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the session of %1? This cannot be undone.</source>
        <translation>Die Sitzung vom %1 löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The session could not be deleted. Nothing was changed.</source>
        <translation>Die Sitzung konnte nicht gelöscht werden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Delete every session and every rating in your history? This cannot be undone.

Your settings, breathing patterns and routines are kept.</source>
        <translation>Alle Sitzungen und alle Bewertungen in Ihrem Verlauf löschen? Das lässt sich nicht rückgängig machen.

Ihre Einstellungen, Atemmuster und Übungsprogramme bleiben erhalten.</translation>
    </message>
    <message>
        <source>Your history could not be deleted. Nothing was changed.</source>
        <translation>Ihr Verlauf konnte nicht gelöscht werden. Es wurde nichts verändert.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s), ratings included. Your settings are kept.</source>
        <translation>
            <numerusform>%n Sitzung samt Bewertungen gelöscht. Ihre Einstellungen bleiben erhalten.</numerusform>
            <numerusform>%n Sitzungen samt Bewertungen gelöscht. Ihre Einstellungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup yet. calmfloor makes one on each day you use it and before every update of the history.</source>
        <translation>Es gibt noch keine Sicherung. calmfloor legt an jedem Tag, an dem Sie es verwenden, und vor jeder Aktualisierung des Verlaufs eine an.</translation>
    </message>
    <message>
        <source>Backup to bring back:</source>
        <translation>Wiederherzustellende Sicherung:</translation>
    </message>
    <message>
        <source>Replace your history with the backup of %1? Your history as it is now is kept in a file beside it first.</source>
        <translation>Ihren Verlauf durch die Sicherung vom %1 ersetzen? Ihr jetziger Verlauf wird vorher in einer Datei daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>The backup could not be restored. Your history was not changed.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden. Ihr Verlauf wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Restored the backup of %1. Your history as it was is kept as %2.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt. Ihr bisheriger Verlauf wird als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>%1, before an update</source>
        <translation>%1, vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>die CSV-Datei</translation>
    </message>
    <message>
        <source>The history could not be read just now. Try again later.</source>
        <translation>Der Verlauf konnte gerade nicht gelesen werden. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n session(s) to %1.</source>
        <translation>
            <numerusform>%n Sitzung in %1 gespeichert.</numerusform>
            <numerusform>%n Sitzungen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>den Bericht</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Bericht (%n Seite) in %1 gespeichert.</numerusform>
            <numerusform>Bericht (%n Seiten) in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Managed by your clinic</source>
        <translation>Von Ihrer Praxis festgelegt</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Apply %1 (the window is rebuilt)</source>
        <translation>%1 übernehmen (das Fenster wird neu aufgebaut)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Everything calmfloor keeps stays on this computer, in these places:</source>
        <translation>Alles, was calmfloor speichert, bleibt auf diesem Computer, an diesen Orten:</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Sitzungsverlauf</translation>
    </message>
    <message>
        <source>Your breathing patterns</source>
        <translation>Ihre Atemmuster</translation>
    </message>
    <message>
        <source>Your own routines</source>
        <translation>Ihre eigenen Übungsprogramme</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Hear the sounds…</source>
        <translation>Klänge anhören…</translation>
    </message>
    <message>
        <source>Plays each sound and says what it means</source>
        <translation>Spielt jeden Klang ab und sagt, was er bedeutet</translation>
    </message>
    <message>
        <source>Window position and size</source>
        <translation>Fensterposition und -größe</translation>
    </message>
    <message>
        <source>To delete your data, quit calmfloor, then delete these files or the folders that hold them.</source>
        <translation>Um Ihre Daten zu löschen, beenden Sie calmfloor und löschen dann diese Dateien oder die Ordner, in denen sie liegen.</translation>
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
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Everything in calmfloor can be done with these keys.</source>
        <translation>Mit diesen Tasten lässt sich in calmfloor alles bedienen.</translation>
    </message>
    <message>
        <source>List of keyboard shortcuts</source>
        <translation>Liste der Tastenkürzel</translation>
    </message>
    <message>
        <source>Each line gives the keys, then what they do. Read it with the arrow keys.</source>
        <translation>Jede Zeile nennt die Tasten und dann, was sie tun. Lesen Sie sie mit den Pfeiltasten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SoundLegendDialog</name>
    <message>
        <source>One bell: breathe in.</source>
        <translation>Eine Glocke: einatmen.</translation>
    </message>
    <message>
        <source>Two lower bells: breathe out.</source>
        <translation>Zwei tiefere Glocken: ausatmen.</translation>
    </message>
    <message>
        <source>A soft knock: hold the breath, gently.</source>
        <translation>Ein leises Klopfen: den Atem sanft anhalten.</translation>
    </message>
    <message>
        <source>Two soft low bells: get ready, the next muscle is coming.</source>
        <translation>Zwei leise, tiefe Glocken: bereit machen, der nächste Muskel kommt.</translation>
    </message>
    <message>
        <source>Two quick wooden notes: tense gently, never into pain.</source>
        <translation>Zwei schnelle Holztöne: sanft anspannen, nie bis in den Schmerz.</translation>
    </message>
    <message>
        <source>Falling bells: let go.</source>
        <translation>Fallende Glocken: loslassen.</translation>
    </message>
    <message>
        <source>A slow rising pair: rest now.</source>
        <translation>Zwei langsam steigende Töne: jetzt ausruhen.</translation>
    </message>
    <message>
        <source>A slow chord: the session is over.</source>
        <translation>Ein langsamer Akkord: die Übung ist zu Ende.</translation>
    </message>
    <message>
        <source>One high bell: check the skin under the heat pack.</source>
        <translation>Eine hohe Glocke: die Haut unter dem Wärmekissen prüfen.</translation>
    </message>
    <message>
        <source>A rising call, twice: take the heat pack off now.</source>
        <translation>Ein steigender Ruf, zweimal: das Wärmekissen jetzt abnehmen.</translation>
    </message>
    <message>
        <source>Hear the sounds</source>
        <translation>Klänge anhören</translation>
    </message>
    <message>
        <source>Each sound has one meaning, so you can follow with your eyes closed. Press a button to hear it.</source>
        <translation>Jeder Klang hat genau eine Bedeutung, damit Sie mit geschlossenen Augen folgen können. Drücken Sie eine Schaltfläche, um ihn zu hören.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play: %1</source>
        <translation>Abspielen: %1</translation>
    </message>
    <message>
        <source>Play all</source>
        <translation>Alle abspielen</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>This computer is in kiosk mode.</source>
        <translation>Dieser Computer ist im Kioskmodus.</translation>
    </message>
    <message>
        <source>The clinic policy file has these problems:</source>
        <translation>Die Richtliniendatei der Praxis hat diese Fehler:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>The clinic policy in force:</source>
        <translation>Die geltende Richtlinie der Praxis:</translation>
    </message>
    <message>
        <source>Sessions started in kiosk mode, by day (anonymous counts):</source>
        <translation>Im Kioskmodus begonnene Übungen nach Tag (anonyme Zählung):</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Kioskmodus beenden</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>restrictive: the policy cannot be read</source>
        <translation>streng: die Richtlinie ist nicht lesbar</translation>
    </message>
    <message>
        <source>restrictive: see the problems</source>
        <translation>streng: siehe die Probleme</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation>Entspannung</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Heat pack</source>
        <translation>Wärmekissen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Noch keine Übungen.</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <source>Over the last 7 days you practised on %n day(s), %1 in all.</source>
        <translation>
            <numerusform>In den letzten 7 Tagen haben Sie an %n Tag geübt, insgesamt %1.</numerusform>
            <numerusform>In den letzten 7 Tagen haben Sie an %n Tagen geübt, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last 30 days you practised on %n day(s), %1 in all.</source>
        <translation>
            <numerusform>In den letzten 30 Tagen haben Sie an %n Tag geübt, insgesamt %1.</numerusform>
            <numerusform>In den letzten 30 Tagen haben Sie an %n Tagen geübt, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last 3 months you practised on %n day(s), %1 in all.</source>
        <translation>
            <numerusform>In den letzten 3 Monaten haben Sie an %n Tag geübt, insgesamt %1.</numerusform>
            <numerusform>In den letzten 3 Monaten haben Sie an %n Tagen geübt, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last year you practised on %n day(s), %1 in all.</source>
        <translation>
            <numerusform>Im letzten Jahr haben Sie an %n Tag geübt, insgesamt %1.</numerusform>
            <numerusform>Im letzten Jahr haben Sie an %n Tagen geübt, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since %2 you practised on %n day(s), %1 in all.</source>
        <translation>
            <numerusform>Seit %2 haben Sie an %n Tag geübt, insgesamt %1.</numerusform>
            <numerusform>Seit %2 haben Sie an %n Tagen geübt, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not practised in the last 7 days.</source>
        <translation>In den letzten 7 Tagen haben Sie nicht geübt.</translation>
    </message>
    <message>
        <source>You have not practised in the last 30 days.</source>
        <translation>In den letzten 30 Tagen haben Sie nicht geübt.</translation>
    </message>
    <message>
        <source>You have not practised in the last 3 months.</source>
        <translation>In den letzten 3 Monaten haben Sie nicht geübt.</translation>
    </message>
    <message>
        <source>You have not practised in the last year.</source>
        <translation>Im letzten Jahr haben Sie nicht geübt.</translation>
    </message>
    <message>
        <source>You have not practised yet.</source>
        <translation>Sie haben noch nicht geübt.</translation>
    </message>
    <message numerus="yes">
        <source>Tension dropped on average %1 points per session (%n rated session(s)).</source>
        <translation>
            <numerusform>Die Anspannung sank im Schnitt um %1 Punkte pro Sitzung (%n bewertete Sitzung).</numerusform>
            <numerusform>Die Anspannung sank im Schnitt um %1 Punkte pro Sitzung (%n bewertete Sitzungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain dropped on average %1 points per session (%n rated session(s)).</source>
        <translation>
            <numerusform>Der Schmerz sank im Schnitt um %1 Punkte pro Sitzung (%n bewertete Sitzung).</numerusform>
            <numerusform>Der Schmerz sank im Schnitt um %1 Punkte pro Sitzung (%n bewertete Sitzungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tension rose on average %1 points per session (%n rated session(s)).</source>
        <translation>
            <numerusform>Die Anspannung stieg im Schnitt um %1 Punkte pro Sitzung (%n bewertete Sitzung).</numerusform>
            <numerusform>Die Anspannung stieg im Schnitt um %1 Punkte pro Sitzung (%n bewertete Sitzungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain rose on average %1 points per session (%n rated session(s)).</source>
        <translation>
            <numerusform>Der Schmerz stieg im Schnitt um %1 Punkte pro Sitzung (%n bewertete Sitzung).</numerusform>
            <numerusform>Der Schmerz stieg im Schnitt um %1 Punkte pro Sitzung (%n bewertete Sitzungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tension stayed about the same (%n rated session(s)).</source>
        <translation>
            <numerusform>Die Anspannung blieb etwa gleich (%n bewertete Sitzung).</numerusform>
            <numerusform>Die Anspannung blieb etwa gleich (%n bewertete Sitzungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain stayed about the same (%n rated session(s)).</source>
        <translation>
            <numerusform>Der Schmerz blieb etwa gleich (%n bewertete Sitzung).</numerusform>
            <numerusform>Der Schmerz blieb etwa gleich (%n bewertete Sitzungen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SymptomChart</name>
    <message>
        <source>Tension</source>
        <translation>Anspannung</translation>
    </message>
    <message>
        <source>Show tension ratings</source>
        <translation>Bewertungen der Anspannung zeigen</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Shaded: a drop of 2 points or more (or 30 %), a change that matters</source>
        <translation>Schattiert: ein Rückgang um 2 Punkte oder mehr (oder 30 %), eine spürbare Veränderung</translation>
    </message>
    <message>
        <source>%1 before (hollow) and after (filled) each session, 0 to 10</source>
        <translation>%1 vor (leer) und nach (gefüllt) jeder Sitzung, 0 bis 10</translation>
    </message>
    <message>
        <source>Show pain ratings</source>
        <translation>Bewertungen des Schmerzes zeigen</translation>
    </message>
    <message>
        <source>Symptom charts</source>
        <translation>Beschwerde-Diagramme</translation>
    </message>
    <message>
        <source>Change in tension per session, and its average over the last %1 sessions</source>
        <translation>Veränderung der Anspannung je Sitzung und der Schnitt der letzten %1 Sitzungen</translation>
    </message>
    <message>
        <source>Change in pain per session, and its average over the last %1 sessions</source>
        <translation>Veränderung des Schmerzes je Sitzung und der Schnitt der letzten %1 Sitzungen</translation>
    </message>
    <message>
        <source>No session in this time was rated for tension both before and after. You can rate it at the start and end of a session.</source>
        <translation>In diesem Zeitraum wurde die Anspannung in keiner Sitzung vorher und nachher bewertet. Sie können sie am Anfang und am Ende einer Sitzung bewerten.</translation>
    </message>
    <message>
        <source>No session in this time was rated for pain both before and after. You can rate it at the start and end of a session.</source>
        <translation>In diesem Zeitraum wurde der Schmerz in keiner Sitzung vorher und nachher bewertet. Sie können ihn am Anfang und am Ende einer Sitzung bewerten.</translation>
    </message>
    <message>
        <source>%1 ratings chart</source>
        <translation>Diagramm der Bewertungen für %1</translation>
    </message>
    <message>
        <source>Change per session chart</source>
        <translation>Diagramm der Veränderung je Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n rated session(s): on average %2 before and %3 after. Dropped by a change that matters: %4.</source>
        <translation>
            <numerusform>%1 in %n bewerteter Sitzung: im Schnitt %2 vorher und %3 nachher. Spürbarer Rückgang: %4.</numerusform>
            <numerusform>%1 in %n bewerteten Sitzungen: im Schnitt %2 vorher und %3 nachher. Spürbarer Rückgang: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped by %1</source>
        <translation>um %1 gesunken</translation>
    </message>
    <message>
        <source>rose by %1</source>
        <translation>um %1 gestiegen</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>%1: %2 before, %3 after (%4)</source>
        <translation>%1: %2 vorher, %3 nachher (%4)</translation>
    </message>
</context>
<context>
    <name>TimesEdit</name>
    <message>
        <source>Add a time</source>
        <translation>Uhrzeit hinzufügen</translation>
    </message>
    <message>
        <source>Reminder time %1 of %2</source>
        <translation>Erinnerungszeit %1 von %2</translation>
    </message>
    <message>
        <source>Remove reminder time %1</source>
        <translation>Erinnerungszeit %1 entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>That time is already on the list.</source>
        <translation>Diese Uhrzeit steht schon in der Liste.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Flare plan…</source>
        <translation>Schubplan…</translation>
    </message>
    <message>
        <source>What to do now in a flare, when to call the clinic, and the flare log</source>
        <translation>Was jetzt bei einem Schub zu tun ist, wann Sie die Praxis anrufen sollten, und das Schubprotokoll</translation>
    </message>
    <message>
        <source>Import programme…</source>
        <translation>Programm importieren…</translation>
    </message>
    <message>
        <source>Loads a programme file from your physiotherapist; the old one stays in history</source>
        <translation>Lädt eine Programmdatei Ihrer Physiotherapie; das bisherige Programm bleibt im Verlauf</translation>
    </message>
    <message>
        <source>Programmes from your clinic</source>
        <translation>Programme Ihrer Praxis</translation>
    </message>
    <message>
        <source>No programme yet. When your physiotherapist gives you a programme file, import it here; Today then shows what it asks for each day.</source>
        <translation>Noch kein Programm. Wenn Ihre Physiotherapie Ihnen eine Programmdatei gibt, importieren Sie sie hier; „Heute“ zeigt dann, was sie für jeden Tag vorsieht.</translation>
    </message>
    <message>
        <source>Your programme “%1” does not ask for anything today.</source>
        <translation>Ihr Programm „%1“ sieht heute nichts vor.</translation>
    </message>
    <message>
        <source>Everything asked for today is done. Well done.</source>
        <translation>Alles für heute Vorgesehene ist erledigt. Gut gemacht.</translation>
    </message>
    <message>
        <source>Start: %1 (%2)</source>
        <translation>Starten: %1 (%2)</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <source>From %1, %2 to %3</source>
        <translation>Von %1, %2 bis %3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the clinic&apos;s programme folder could not be used; please tell the clinic.</source>
        <translation>
            <numerusform>%n Datei im Programmordner der Praxis konnte nicht verwendet werden; bitte sagen Sie es der Praxis.</numerusform>
            <numerusform>%n Dateien im Programmordner der Praxis konnten nicht verwendet werden; bitte sagen Sie es der Praxis.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Nächster Termin: %1</translation>
    </message>
    <message>
        <source>next at %1</source>
        <translation>nächstes Mal um %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderDialog</name>
    <message>
        <source>Record my voice</source>
        <translation>Meine Stimme aufnehmen</translation>
    </message>
    <message>
        <source>Record my voice: %1</source>
        <translation>Meine Stimme aufnehmen: %1</translation>
    </message>
    <message>
        <source>Read each step&apos;s words aloud, slowly and calmly: a little firmer for tensing, softer for letting go. Your patient hears your voice at each “Get ready”.</source>
        <translation>Lesen Sie die Worte jedes Schritts langsam und ruhig vor: beim Anspannen etwas bestimmter, beim Loslassen weicher. Ihre Patientin oder Ihr Patient hört Ihre Stimme bei jedem „Bereit machen“.</translation>
    </message>
    <message>
        <source>Play back</source>
        <translation>Abspielen</translation>
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
        <source>No microphone was found. Connect one, then open this again.</source>
        <translation>Es wurde kein Mikrofon gefunden. Schließen Sie eines an und öffnen Sie dies erneut.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Aufnahme beenden</translation>
    </message>
    <message>
        <source>Re-take</source>
        <translation>Neu aufnehmen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Recording… read the words above, then press Stop recording.</source>
        <translation>Aufnahme läuft… lesen Sie die Worte oben vor und drücken Sie dann „Aufnahme beenden“.</translation>
    </message>
    <message>
        <source>Recorded. Play it back, or record it again with Re-take.</source>
        <translation>Aufgenommen. Spielen Sie es ab oder nehmen Sie es mit „Neu aufnehmen“ noch einmal auf.</translation>
    </message>
    <message>
        <source>Not recorded yet: the computer&apos;s voice reads this step.</source>
        <translation>Noch nicht aufgenommen: Die Stimme des Computers liest diesen Schritt vor.</translation>
    </message>
    <message>
        <source>The recording could not be saved.</source>
        <translation>Die Aufnahme konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>This kiosk is not protected: no staff PIN is set, so anyone can leave it.</source>
        <translation>Dieser Kiosk ist nicht geschützt: Es ist keine Personal-PIN festgelegt, daher kann ihn jede Person verlassen.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Take a few quiet minutes for yourself. Choose one to begin.</source>
        <translation>Nehmen Sie sich ein paar ruhige Minuten. Wählen Sie etwas aus, um zu beginnen.</translation>
    </message>
    <message>
        <source>Breathe %1 minutes</source>
        <translation>%1 Minuten atmen</translation>
    </message>
    <message>
        <source>Paced breathing; starts at once.</source>
        <translation>Geführtes Atmen; beginnt sofort.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Entspannen</translation>
    </message>
    <message>
        <source>A short guided muscle relaxation.</source>
        <translation>Eine kurze, angeleitete Muskelentspannung.</translation>
    </message>
    <message>
        <source>Nothing you do here is kept. When you are done, the screen starts fresh for the next person.</source>
        <translation>Hier wird nichts gespeichert. Wenn Sie fertig sind, beginnt alles für die nächste Person von vorn.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>For clinic staff: asks for the PIN.</source>
        <translation>Für das Praxispersonal: fragt nach der PIN.</translation>
    </message>
    <message>
        <source>Please use the headphones, so the sound does not disturb others.</source>
        <translation>Bitte benutzen Sie die Kopfhörer, damit der Ton niemanden stört.</translation>
    </message>
    <message>
        <source>Sound is on</source>
        <translation>Ton ist an</translation>
    </message>
    <message>
        <source>Please use the headphones — sound is off unless you turn it on.</source>
        <translation>Bitte benutzen Sie die Kopfhörer – der Ton ist aus, bis Sie ihn einschalten.</translation>
    </message>
    <message>
        <source>Sound is off</source>
        <translation>Ton ist aus</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The clinic settings file has problems; please tell your IT team.</source>
        <translation>Die Einstellungsdatei der Praxis hat Fehler; bitte sagen Sie Ihrem IT-Team Bescheid.</translation>
    </message>
    <message>
        <source>There is no pattern called “%1”; the chosen one is used instead.</source>
        <translation>Es gibt kein Muster namens „%1“; stattdessen wird das gewählte verwendet.</translation>
    </message>
</context>
<context>
    <name>breathing</name>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>&amp;Breathe</source>
        <translation>&amp;Atmen</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>diese Sitzung</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <source>to %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your clinic has turned history off on this computer. Sessions are not recorded.</source>
        <translation>Ihre Praxis hat den Verlauf auf diesem Computer ausgeschaltet. Sitzungen werden nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>breathing patterns</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <source>Some of your breathing patterns could not be read and were skipped: %1.</source>
        <translation>Einige Ihrer Atemmuster ließen sich nicht lesen und wurden übersprungen: %1.</translation>
    </message>
</context>
<context>
    <name>heat</name>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Lower belly</source>
        <translation>Unterbauch</translation>
    </message>
    <message>
        <source>Left buttock</source>
        <translation>Linke Gesäßhälfte</translation>
    </message>
    <message>
        <source>Right buttock</source>
        <translation>Rechte Gesäßhälfte</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>H&amp;eat pack</source>
        <translation>&amp;Wärmekissen</translation>
    </message>
    <message>
        <source>this heat session</source>
        <translation>diese Wärmeanwendung</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Breathing</source>
        <translation>Atemübung</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <translation>Entspannung</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Heat pack</source>
        <translation>Wärmekissen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>the folder is read-only</source>
        <translation>der Ordner schreibgeschützt ist</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger voll ist</translation>
    </message>
    <message>
        <source>permission was refused</source>
        <translation>der Zugriff verweigert wurde</translation>
    </message>
    <message>
        <source>part of the folder path is a file</source>
        <translation>ein Teil des Ordnerpfads eine Datei ist</translation>
    </message>
    <message>
        <source>the file is from a newer calmfloor</source>
        <translation>die Datei von einer neueren calmfloor-Version stammt</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>ein anderes Programm die Datei benutzt</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>der Datenträger einen Fehler gemeldet hat</translation>
    </message>
    <message>
        <source>the file there could not be read, so it is left as it is</source>
        <translation>sich die dortige Datei nicht lesen ließ und deshalb unverändert bleibt</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>ein Ordner diesen Namen trägt</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner nicht existiert</translation>
    </message>
    <message>
        <source>something unexpected went wrong</source>
        <translation>etwas Unerwartetes schiefgegangen ist</translation>
    </message>
    <message>
        <source>Your history file was damaged and could not be read. It was kept as %1 and a new history has been started.</source>
        <translation>Ihre Verlaufsdatei war beschädigt und ließ sich nicht lesen. Sie wurde als %1 aufbewahrt, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>Your history file %1 is damaged. Sessions will not be saved this time.</source>
        <translation>Ihre Verlaufsdatei %1 ist beschädigt. Sitzungen werden diesmal nicht gespeichert.</translation>
    </message>
    <message>
        <source>The file where your history belongs was made by another program. It was moved, untouched, to %1 and a new history has been started.</source>
        <translation>Die Datei am Ort Ihres Verlaufs stammt von einem anderen Programm. Sie wurde unverändert nach %1 verschoben, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The file %1 where your history belongs was made by another program. It has been left untouched; sessions will not be saved this time.</source>
        <translation>Die Datei %1 am Ort Ihres Verlaufs stammt von einem anderen Programm. Sie bleibt unverändert; Sitzungen werden dieses Mal nicht gespeichert.</translation>
    </message>
    <message>
        <source>A leftover journal file that does not belong to your history was found and moved aside to %1, so that it could not overwrite your sessions. Your history is shown as it was saved.</source>
        <translation>Eine übrig gebliebene Journaldatei, die nicht zu Ihrem Verlauf gehört, wurde gefunden und nach %1 beiseitegelegt, damit sie Ihre Sitzungen nicht überschreiben kann. Ihr Verlauf wird so angezeigt, wie er gespeichert wurde.</translation>
    </message>
    <message>
        <source>A leftover journal file beside your history (%1) does not belong to it and could not be moved aside. History is off this time so that your sessions are not overwritten.</source>
        <translation>Eine übrig gebliebene Journaldatei neben Ihrem Verlauf (%1) gehört nicht zu ihm und konnte nicht beiseitegelegt werden. Der Verlauf ist dieses Mal ausgeschaltet, damit Ihre Sitzungen nicht überschrieben werden.</translation>
    </message>
    <message>
        <source>Today&apos;s backup copy of your history could not be made (%1). Your history itself is fine.</source>
        <translation>Die heutige Sicherungskopie Ihres Verlaufs konnte nicht angelegt werden (%1). Ihr Verlauf selbst ist in Ordnung.</translation>
    </message>
    <message>
        <source>Your history (%1) was saved by a newer version of calmfloor. It has been left untouched; please update calmfloor. Sessions will not be saved this time.</source>
        <translation>Ihr Verlauf (%1) wurde von einer neueren calmfloor-Version gespeichert. Er bleibt unverändert; bitte aktualisieren Sie calmfloor. Sitzungen werden diesmal nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your history can be shown but not added to (%1). Sessions will not be saved this time.</source>
        <translation>Ihr Verlauf lässt sich anzeigen, aber nicht ergänzen, weil %1. Sitzungen werden diesmal nicht gespeichert.</translation>
    </message>
    <message>
        <source>History is not available (%1): sessions will not be saved this time.</source>
        <translation>Der Verlauf ist nicht verfügbar, weil %1. Sitzungen werden diesmal nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your %1 file is not an ordinary file (or is far too large), so it was not read. It was moved to %2 and defaults are in use.</source>
        <translation>Die Datei Ihrer %1 ist keine gewöhnliche Datei (oder viel zu groß) und wurde daher nicht gelesen. Sie wurde nach %2 verschoben; es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>Your %1 could not be read. It was kept as %2 and defaults are in use.</source>
        <translation>Ihre %1 ließen sich nicht lesen. Die Datei wurde als %2 aufbewahrt; es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>Your %1 could not be read; defaults are in use.</source>
        <translation>Ihre %1 ließen sich nicht lesen; es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>Your %1 were saved by a newer calmfloor. They are left untouched; defaults are in use and changes will not be saved.</source>
        <translation>Ihre %1 wurden von einer neueren calmfloor-Version gespeichert. Sie bleiben unverändert; es gelten die Standardwerte, und Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your %1 could not be read; defaults are in use and changes will not be saved.</source>
        <translation>Ihre %1 ließen sich nicht lesen; es gelten die Standardwerte, und Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Could not save %1 because %2. Nothing saved earlier was lost.</source>
        <translation>calmfloor konnte %1 nicht speichern, weil %2. Früher Gespeichertes ist nicht verloren.</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>Keys (F1)</source>
        <translation>Tasten (F1)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Shows every key of calmfloor</source>
        <translation>Zeigt alle Tasten von calmfloor</translation>
    </message>
    <message>
        <source>Shortcut %1</source>
        <translation>Tastenkürzel %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>patterns</name>
    <message>
        <source>Resonance</source>
        <translation>Resonanz</translation>
    </message>
    <message>
        <source>About 5.5 breaths a minute: the slow, even rate most studies use.</source>
        <translation>Etwa 5,5 Atemzüge pro Minute: das langsame, gleichmäßige Tempo der meisten Studien.</translation>
    </message>
    <message>
        <source>Slow 6 a minute</source>
        <translation>Langsam, 6 pro Minute</translation>
    </message>
    <message>
        <source>Six easy breaths a minute, in and out the same length.</source>
        <translation>Sechs ruhige Atemzüge pro Minute, Ein- und Ausatmen gleich lang.</translation>
    </message>
    <message>
        <source>Longer out-breath</source>
        <translation>Länger ausatmen</translation>
    </message>
    <message>
        <source>Breathing out for longer than in helps the body settle.</source>
        <translation>Länger aus- als einatmen hilft dem Körper, zur Ruhe zu kommen.</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <source>A short rest when full, then a long, slow out-breath.</source>
        <translation>Eine kurze Pause mit voller Lunge, dann lange und langsam ausatmen.</translation>
    </message>
    <message>
        <source>4-7-8</source>
        <translation>4-7-8</translation>
    </message>
    <message>
        <source>A wind-down pattern with a long hold. Shorten the hold if it strains.</source>
        <translation>Ein Muster zum Abschalten, mit langem Halten. Kürzen Sie das Halten, wenn es anstrengt.</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box-Atmung</translation>
    </message>
    <message>
        <source>Four even sides with rests; steadying when thoughts race.</source>
        <translation>Vier gleich lange Seiten mit Pausen; gibt Halt, wenn die Gedanken rasen.</translation>
    </message>
    <message>
        <source>Pelvic-floor drop</source>
        <translation>Beckenboden sinken lassen</translation>
    </message>
    <message>
        <source>Let the pelvic floor soften as you breathe in and return as you breathe out. No squeezing.</source>
        <translation>Den Beckenboden beim Einatmen weich werden und beim Ausatmen zurückkommen lassen. Nicht anspannen.</translation>
    </message>
    <message>
        <source>Let the pelvic floor drop and widen</source>
        <translation>Beckenboden sinken und weit werden lassen</translation>
    </message>
    <message>
        <source>Let it gently return</source>
        <translation>Sanft zurückkommen lassen</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>History and export</source>
        <translation>Verlauf und Export</translation>
    </message>
    <message>
        <source>Heat pack limit</source>
        <translation>Grenze für das Wärmekissen</translation>
    </message>
    <message>
        <source>What is offered</source>
        <translation>Was angeboten wird</translation>
    </message>
    <message>
        <source>Staff and language</source>
        <translation>Personal und Sprache</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Lock: patients cannot change this setting</source>
        <translation>Sperren: Patientinnen und Patienten können diese Einstellung nicht ändern</translation>
    </message>
    <message>
        <source>Lock every setting</source>
        <translation>Alle Einstellungen sperren</translation>
    </message>
    <message>
        <source>Enabled: patients cannot change any setting; each keeps the clinic&apos;s value or its default.</source>
        <translation>Aktiviert: Patientinnen und Patienten können keine Einstellung ändern; jede behält den Wert der Praxis oder ihren Standardwert.</translation>
    </message>
    <message>
        <source>Enabled: the clinic&apos;s value is used. With the lock ticked, patients cannot change it; without it, they can. Disabled or not configured: the patient&apos;s own choice.</source>
        <translation>Aktiviert: Der Wert der Praxis gilt. Mit Sperre können Patientinnen und Patienten ihn nicht ändern, ohne Sperre schon. Deaktiviert oder nicht konfiguriert: die eigene Wahl der Person.</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2.</source>
        <translation>Erlaubt: %1 bis %2.</translation>
    </message>
    <message>
        <source>One entry per line.</source>
        <translation>Ein Eintrag pro Zeile.</translation>
    </message>
    <message>
        <source>Run as a waiting-room kiosk</source>
        <translation>Als Wartezimmer-Kiosk ausführen</translation>
    </message>
    <message>
        <source>Enabled: calmfloor runs full screen as a kiosk, forgets each guest and keeps no history. Disabled or not configured: the normal window.</source>
        <translation>Aktiviert: calmfloor läuft im Vollbild als Kiosk, vergisst jeden Gast und führt keinen Verlauf. Deaktiviert oder nicht konfiguriert: das normale Fenster.</translation>
    </message>
    <message>
        <source>Kiosk: start over after minutes without input</source>
        <translation>Kiosk: nach Minuten ohne Eingabe neu beginnen</translation>
    </message>
    <message>
        <source>Minutes without input before the kiosk forgets the guest and shows the welcome screen. Not configured: 3 minutes.</source>
        <translation>Minuten ohne Eingabe, bevor der Kiosk den Gast vergisst und den Begrüßungsbildschirm zeigt. Nicht konfiguriert: 3 Minuten.</translation>
    </message>
    <message>
        <source>Kiosk: sound cues on</source>
        <translation>Kiosk: Tonsignale an</translation>
    </message>
    <message>
        <source>Enabled: kiosk sessions start with sound. Otherwise they start silent.</source>
        <translation>Aktiviert: Kiosk-Übungen beginnen mit Ton. Sonst beginnen sie stumm.</translation>
    </message>
    <message>
        <source>Kiosk: count sessions anonymously</source>
        <translation>Kiosk: Übungen anonym zählen</translation>
    </message>
    <message>
        <source>Enabled: the kiosk keeps only the number of sessions of each kind per day, shown to staff. Otherwise nothing is counted.</source>
        <translation>Aktiviert: Der Kiosk speichert nur die Zahl der Übungen jeder Art pro Tag, sichtbar für das Personal. Sonst wird nichts gezählt.</translation>
    </message>
    <message>
        <source>Keep a history of sessions</source>
        <translation>Verlauf der Übungen führen</translation>
    </message>
    <message>
        <source>Disabled: no history is kept or shown. Enabled or not configured: each user&apos;s sessions are kept on this computer.</source>
        <translation>Deaktiviert: Es wird kein Verlauf geführt oder gezeigt. Aktiviert oder nicht konfiguriert: Die Übungen jeder Person werden auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Allow exporting the history</source>
        <translation>Export des Verlaufs erlauben</translation>
    </message>
    <message>
        <source>Disabled: no CSV or PDF export of the history. Enabled or not configured: allowed.</source>
        <translation>Deaktiviert: kein CSV- oder PDF-Export des Verlaufs. Aktiviert oder nicht konfiguriert: erlaubt.</translation>
    </message>
    <message>
        <source>Longest heat-pack session (minutes)</source>
        <translation>Längste Anwendung des Wärmekissens (Minuten)</translation>
    </message>
    <message>
        <source>The longest heat-pack session allowed. It can only lower the built-in limit of 20 minutes.</source>
        <translation>Die längste erlaubte Anwendung des Wärmekissens. Sie kann die eingebaute Grenze von 20 Minuten nur senken.</translation>
    </message>
    <message>
        <source>Breathing patterns offered</source>
        <translation>Angebotene Atemmuster</translation>
    </message>
    <message>
        <source>The names of the built-in breathing patterns offered, such as Resonance. Not configured: all patterns, and the patient&apos;s own.</source>
        <translation>Die Namen der angebotenen eingebauten Atemmuster, etwa Resonance. Nicht konfiguriert: alle Muster und die eigenen der Person.</translation>
    </message>
    <message>
        <source>Routines offered</source>
        <translation>Angebotene Abläufe</translation>
    </message>
    <message>
        <source>The ids of the routines offered, such as release-only. Not configured: all routines.</source>
        <translation>Die Kennungen der angebotenen Abläufe, etwa release-only. Nicht konfiguriert: alle Abläufe.</translation>
    </message>
    <message>
        <source>Folder of the clinic&apos;s routines</source>
        <translation>Ordner mit den Abläufen der Praxis</translation>
    </message>
    <message>
        <source>A full path to a folder of routine files the clinic provides, offered next to the built-in ones.</source>
        <translation>Ein vollständiger Pfad zu einem Ordner mit Ablauf-Dateien der Praxis, die neben den eingebauten angeboten werden.</translation>
    </message>
    <message>
        <source>Folder of the clinic&apos;s voice packs</source>
        <translation>Ordner mit den Sprachpaketen der Praxis</translation>
    </message>
    <message>
        <source>A full path to a folder of voice packs (recorded spoken guidance) the clinic provides; they are used before the computer&apos;s own voice.</source>
        <translation>Ein vollständiger Pfad zu einem Ordner mit Sprachpaketen (aufgenommene gesprochene Anleitung), die die Praxis bereitstellt; sie werden vor der Computerstimme verwendet.</translation>
    </message>
    <message>
        <source>Folder of the clinic&apos;s programmes</source>
        <translation>Ordner mit den Programmen der Praxis</translation>
    </message>
    <message>
        <source>A full path to a folder of programme files (.toml) the clinic&apos;s physiotherapists wrote; patients choose theirs on the Today page. Never shown in kiosk mode.</source>
        <translation>Ein vollständiger Pfad zu einem Ordner mit Programmdateien (.toml), die die Physiotherapeutinnen und Physiotherapeuten der Praxis geschrieben haben; Patientinnen und Patienten wählen ihres auf der Seite „Heute“. Im Kioskmodus nie angezeigt.</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <source>A language code such as en, de or fa. Not configured: the system language, and patients may choose.</source>
        <translation>Ein Sprachcode wie en, de oder fa. Nicht konfiguriert: die Systemsprache, und Patientinnen und Patienten können wählen.</translation>
    </message>
    <message>
        <source>Staff PIN hash</source>
        <translation>Hash der Personal-PIN</translation>
    </message>
    <message>
        <source>The line printed by calmfloor admin hash-pin; never the PIN itself. It ends kiosk mode and opens the staff page.</source>
        <translation>Die Zeile, die calmfloor admin hash-pin ausgibt, nie die PIN selbst. Sie beendet den Kioskmodus und öffnet die Personalseite.</translation>
    </message>
    <message>
        <source>calmfloor, policy version 1 and later</source>
        <translation>calmfloor, Richtlinienversion 1 und neuer</translation>
    </message>
    <message>
        <source>Settings and limits for calmfloor on the computers of a clinic.</source>
        <translation>Einstellungen und Grenzen für calmfloor auf den Computern einer Praxis.</translation>
    </message>
    <message>
        <source>Recommended (patients may change)</source>
        <translation>Empfohlen (Patientinnen und Patienten können ändern)</translation>
    </message>
    <message>
        <source>Enabled: this value replaces the built-in default, and patients may change it. A value set in the mandatory policy wins.</source>
        <translation>Aktiviert: Dieser Wert ersetzt den eingebauten Standard, und Patientinnen und Patienten können ihn ändern. Ein Wert der verbindlichen Richtlinie hat Vorrang.</translation>
    </message>
</context>
<context>
    <name>programme</name>
    <message>
        <source>Heat pack</source>
        <translation>Wärmekissen</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>as needed (%1 today)</source>
        <translation>bei Bedarf (heute %1)</translation>
    </message>
    <message>
        <source>%1 of %2 today</source>
        <translation>heute %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 this week</source>
        <translation>diese Woche %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 in these %3 days</source>
        <translation>%1 von %2 in diesen %3 Tagen</translation>
    </message>
    <message>
        <source>&amp;Flare plan</source>
        <translation>&amp;Schubplan</translation>
    </message>
    <message>
        <source>What to do in a flare, when to call the clinic, and the flare log</source>
        <translation>Was bei einem Schub zu tun ist, wann Sie die Praxis anrufen sollten, und das Schubprotokoll</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Import programme</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <source>Programme files (*.toml)</source>
        <translation>Programmdateien (*.toml)</translation>
    </message>
    <message>
        <source>the programme</source>
        <translation>das Programm</translation>
    </message>
    <message>
        <source>This programme file could not be used:</source>
        <translation>Diese Programmdatei konnte nicht verwendet werden:</translation>
    </message>
</context>
<context>
    <name>relax</name>
    <message>
        <source>&amp;Relax</source>
        <translation>&amp;Entspannen</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>diese Sitzung</translation>
    </message>
    <message>
        <source>your routines</source>
        <translation>Ihre Übungsprogramme</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Time for a few minutes of practice.</source>
        <translation>Zeit für ein paar Minuten Übung.</translation>
    </message>
    <message>
        <source>Time for your %1 again.</source>
        <translation>Es ist wieder Zeit für: %1.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>calmfloor practice report</source>
        <translation>calmfloor-Übungsbericht</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <source>Made on %1 with calmfloor.</source>
        <translation>Erstellt am %1 mit calmfloor.</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Keine Sitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>calves</source>
        <translation>Waden</translation>
    </message>
    <message>
        <source>thighs</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>buttocks</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>Hüften</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>belly</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>pelvic floor</source>
        <translation>Beckenboden</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <source>forearms</source>
        <translation>Unterarme</translation>
    </message>
    <message>
        <source>upper arms</source>
        <translation>Oberarme</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>whole body</source>
        <translation>ganzer Körper</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Programm: %1</translation>
    </message>
    <message>
        <source>Prescribed sessions done: %1 (averaged over the days). Days fully done: %2 (%3 of %4).</source>
        <translation>Verordnete Einheiten erledigt: %1 (gemittelt über die Tage). Vollständig erledigte Tage: %2 (%3 von %4).</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, ab %2</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Sessions asked</source>
        <translation>Einheiten verordnet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% erledigt</translation>
    </message>
    <message>
        <source>Minutes asked</source>
        <translation>Minuten verordnet</translation>
    </message>
    <message>
        <source>Minutes done</source>
        <translation>Minuten erledigt</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Einheiten erledigt</translation>
    </message>
    <message>
        <source>Days fully done</source>
        <translation>Vollständig erledigte Tage</translation>
    </message>
    <message>
        <source>Change in ratings by kind of practice</source>
        <translation>Veränderung der Bewertungen nach Übungsart</translation>
    </message>
    <message>
        <source>Rated before and after</source>
        <translation>Vorher und nachher bewertet</translation>
    </message>
    <message>
        <source>Tension change</source>
        <translation>Veränderung der Anspannung</translation>
    </message>
    <message>
        <source>Pain change</source>
        <translation>Veränderung des Schmerzes</translation>
    </message>
    <message>
        <source>Skipped because it hurt</source>
        <translation>Wegen Schmerzen ausgelassen</translation>
    </message>
    <message>
        <source>Heat pack (not counted as practice)</source>
        <translation>Wärmekissen (nicht als Übung gezählt)</translation>
    </message>
    <message>
        <source>%1 sessions, %2 minutes.</source>
        <translation>%1 Anwendungen, %2 Minuten.</translation>
    </message>
    <message>
        <source>%1: on %2 s after the alarm</source>
        <translation>%1: %2 s nach dem Alarm noch aufgelegt</translation>
    </message>
    <message>
        <source>Left on past the alarm: %1.</source>
        <translation>Über den Alarm hinaus aufgelegt: %1.</translation>
    </message>
    <message>
        <source>Flares</source>
        <translation>Schmerzschübe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>How bad (0–10)</source>
        <translation>Wie stark (0–10)</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Programme and flares</source>
        <translation>Programm und Schübe</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Minutes practised</source>
        <translation>Geübte Minuten</translation>
    </message>
    <message>
        <source>Days practised</source>
        <translation>Übungstage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Rated from 0 (none) to 10 (worst), before and after a session.</source>
        <translation>Bewertet von 0 (keine) bis 10 (am stärksten), vor und nach einer Sitzung.</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Anspannung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>%1: not rated before and after any session.</source>
        <translation>%1: bei keiner Sitzung vorher und nachher bewertet.</translation>
    </message>
    <message>
        <source>%1: on average %2 before and %3 after a session (change %4) over %5 sessions rated both times; a clear drop (2 points or 30 %) in %6.</source>
        <translation>%1: im Schnitt %2 vor und %3 nach einer Sitzung (Veränderung %4), über %5 vorher und nachher bewertete Sitzungen; ein deutlicher Rückgang (2 Punkte oder 30 %) bei %6.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient/in: %1</translation>
    </message>
    <message>
        <source>Tension before → after</source>
        <translation>Anspannung vorher → nachher</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Schmerz vorher → nachher</translation>
    </message>
    <message>
        <source>Ratings, session by session</source>
        <translation>Bewertungen, Sitzung für Sitzung</translation>
    </message>
    <message>
        <source>calmfloor practice report, page %1 of %2</source>
        <translation>calmfloor-Übungsbericht, Seite %1 von %2</translation>
    </message>
    <message>
        <source>Minutes of practice per day</source>
        <translation>Übungsminuten pro Tag</translation>
    </message>
    <message>
        <source>Minutes of practice per week</source>
        <translation>Übungsminuten pro Woche</translation>
    </message>
    <message>
        <source>Tension before and after each session</source>
        <translation>Anspannung vor und nach jeder Sitzung</translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation>Schmerz vor und nach jeder Sitzung</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>average of the last 7, before</source>
        <translation>Schnitt der letzten 7, vorher</translation>
    </message>
    <message>
        <source>average of the last 7, after</source>
        <translation>Schnitt der letzten 7, nachher</translation>
    </message>
    <message>
        <source>Not rated in this period.</source>
        <translation>In diesem Zeitraum nicht bewertet.</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>Feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>Waden</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Hüften</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Belly</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>Pelvic floor</source>
        <translation>Beckenboden</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <source>Forearms</source>
        <translation>Unterarme</translation>
    </message>
    <message>
        <source>Upper arms</source>
        <translation>Oberarme</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>Whole body</source>
        <translation>Ganzer Körper</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Anspannen</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ruhen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Übung</translation>
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
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Tense and let go</source>
        <translation>Anspannen und loslassen</translation>
    </message>
    <message>
        <source>Gentle tense and let go</source>
        <translation>Sanft anspannen und loslassen</translation>
    </message>
    <message>
        <source>Let go only</source>
        <translation>Nur loslassen</translation>
    </message>
    <message>
        <source>Hold a stretch</source>
        <translation>Dehnung halten</translation>
    </message>
    <message>
        <source>Stretch, press and relax</source>
        <translation>Dehnen, drücken, entspannen</translation>
    </message>
    <message>
        <source>Timed activity</source>
        <translation>Übung mit fester Dauer</translation>
    </message>
    <message>
        <source>Let go as you breathe out</source>
        <translation>Beim Ausatmen loslassen</translation>
    </message>
    <message>
        <source>As you breathe in, let the pelvic floor drop and widen</source>
        <translation>Beim Einatmen den Beckenboden sinken und weit werden lassen</translation>
    </message>
    <message>
        <source>Heat pack</source>
        <translation>Wärmekissen</translation>
    </message>
    <message>
        <source>Gentle self-massage</source>
        <translation>Sanfte Selbstmassage</translation>
    </message>
    <message>
        <source>Gentle movement</source>
        <translation>Sanfte Bewegung</translation>
    </message>
    <message>
        <source>Muscle relaxation</source>
        <translation>Muskelentspannung</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Dehnübungen</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Muscle relaxation</source>
        <translation>Muskelentspannung</translation>
    </message>
    <message>
        <source>Heat pack</source>
        <translation>Wärmekissen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>Gesprochene Anleitung</translation>
    </message>
    <message>
        <source>Follow system uses your computer&apos;s language when calmfloor has it, else English.</source>
        <translation>„Wie das System“ nutzt die Sprache Ihres Computers, wenn calmfloor sie kennt, sonst Englisch.</translation>
    </message>
    <message>
        <source>Session length in</source>
        <translation>Einheit der Sitzungsdauer</translation>
    </message>
    <message>
        <source>Choose the length of a session in minutes or in breaths.</source>
        <translation>Legen Sie die Sitzungsdauer in Minuten oder in Atemzügen fest.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>Session length (minutes)</source>
        <translation>Sitzungsdauer (Minuten)</translation>
    </message>
    <message>
        <source>How long a breathing session lasts.</source>
        <translation>Wie lange eine Atemübung dauert.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Session length (breaths)</source>
        <translation>Sitzungsdauer (Atemzüge)</translation>
    </message>
    <message>
        <source>How many breaths a session lasts.</source>
        <translation>Wie viele Atemzüge eine Sitzung dauert.</translation>
    </message>
    <message>
        <source>Slow down gradually</source>
        <translation>Allmählich langsamer werden</translation>
    </message>
    <message>
        <source>Start at a comfortable pace and slow gently to the pattern&apos;s pace.</source>
        <translation>Mit einem angenehmen Tempo beginnen und sanft bis zum Tempo des Musters langsamer werden.</translation>
    </message>
    <message>
        <source>Starting pace (breaths a minute)</source>
        <translation>Anfangstempo (Atemzüge pro Minute)</translation>
    </message>
    <message>
        <source>The pace of the first breaths when slowing down gradually.</source>
        <translation>Das Tempo der ersten Atemzüge, wenn Sie allmählich langsamer werden.</translation>
    </message>
    <message>
        <source>Slow down over (minutes)</source>
        <translation>Verlangsamen über (Minuten)</translation>
    </message>
    <message>
        <source>How long the gradual slow-down takes.</source>
        <translation>Wie lange das allmähliche Verlangsamen dauert.</translation>
    </message>
    <message>
        <source>Let go without tensing first</source>
        <translation>Nur loslassen, ohne vorher anzuspannen</translation>
    </message>
    <message>
        <source>Every routine skips the tensing and only lets go. Choose this if tensing makes your spasms worse.</source>
        <translation>Jedes Übungsprogramm lässt das Anspannen weg und lässt nur los. Wählen Sie das, wenn Anspannen Ihre Krämpfe verschlimmert.</translation>
    </message>
    <message>
        <source>Also tense the pelvic floor</source>
        <translation>Auch den Beckenboden anspannen</translation>
    </message>
    <message>
        <source>Off on purpose: a tight pelvic floor needs letting go, not squeezing, so the pelvic floor step only lets go. Turn this on only if your physiotherapist advises it.</source>
        <translation>Mit Absicht aus: Ein verspannter Beckenboden braucht Loslassen, nicht Anspannen, daher wird er nur losgelassen. Schalten Sie das nur ein, wenn Ihre Physiotherapeutin oder Ihr Physiotherapeut es empfiehlt.</translation>
    </message>
    <message>
        <source>Heat pack time</source>
        <translation>Wärmedauer</translation>
    </message>
    <message>
        <source>How long a heat pack stays on. Never more than 20 minutes on one area.</source>
        <translation>Wie lange das Wärmekissen aufliegt. Nie länger als 20 Minuten an einer Stelle.</translation>
    </message>
    <message>
        <source>Remind me to check my skin</source>
        <translation>An Hautkontrolle erinnern</translation>
    </message>
    <message>
        <source>A gentle reminder to lift the pack and look at your skin.</source>
        <translation>Eine sanfte Erinnerung, das Kissen anzuheben und nach der Haut zu schauen.</translation>
    </message>
    <message>
        <source>Check my skin every</source>
        <translation>Haut kontrollieren alle</translation>
    </message>
    <message>
        <source>Check more often if you feel heat or touch less than usual.</source>
        <translation>Kontrollieren Sie öfter, wenn Sie Wärme oder Berührung schwächer spüren als sonst.</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Tonsignale</translation>
    </message>
    <message>
        <source>One tone for breathing in, two for breathing out, so eyes can stay closed.</source>
        <translation>Ein Ton zum Einatmen, zwei zum Ausatmen, damit die Augen geschlossen bleiben können.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>How loud the cues are.</source>
        <translation>Wie laut die Signale sind.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Soft sound at holds</source>
        <translation>Leiser Ton beim Halten</translation>
    </message>
    <message>
        <source>A quiet tone when a hold begins.</source>
        <translation>Ein leiser Ton, wenn das Halten beginnt.</translation>
    </message>
    <message>
        <source>Chime at the end</source>
        <translation>Klang am Ende</translation>
    </message>
    <message>
        <source>A gentle chime when the session is over.</source>
        <translation>Ein sanfter Klang, wenn die Sitzung vorbei ist.</translation>
    </message>
    <message>
        <source>Speak the steps</source>
        <translation>Schritte ansagen</translation>
    </message>
    <message>
        <source>A calm voice names each muscle and says what to do, so eyes can stay closed.</source>
        <translation>Eine ruhige Stimme nennt jeden Muskel und sagt, was zu tun ist, damit die Augen geschlossen bleiben können.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Recorded clips are used where they exist; otherwise the computer speaks.</source>
        <translation>Aufnahmen werden verwendet, wo es sie gibt; sonst spricht der Computer.</translation>
    </message>
    <message>
        <source>Recorded voice, else the computer&apos;s</source>
        <translation>Aufgenommene Stimme, sonst die des Computers</translation>
    </message>
    <message>
        <source>Recorded voice only</source>
        <translation>Nur aufgenommene Stimme</translation>
    </message>
    <message>
        <source>The computer&apos;s voice</source>
        <translation>Die Stimme des Computers</translation>
    </message>
    <message>
        <source>Speaking speed</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>0 is the voice&apos;s normal speed; below 0 is slower.</source>
        <translation>0 ist das normale Tempo der Stimme; unter 0 ist langsamer.</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Lautstärke der Stimme</translation>
    </message>
    <message>
        <source>How loud the voice is.</source>
        <translation>Wie laut die Stimme ist.</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>Show the pace with less movement on screen.</source>
        <translation>Das Atemtempo mit weniger Bewegung auf dem Bildschirm zeigen.</translation>
    </message>
    <message>
        <source>Light, dark or high-contrast colours. Follow system matches your computer.</source>
        <translation>Helle, dunkle oder kontrastreiche Farben. „Wie das System“ richtet sich nach Ihrem Computer.</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Make all text larger.</source>
        <translation>Alle Texte größer darstellen.</translation>
    </message>
    <message>
        <source>Ask how I feel before and after</source>
        <translation>Vorher und nachher nach meinem Befinden fragen</translation>
    </message>
    <message>
        <source>Rate tension and pain from 0 to 10 before and after each session.</source>
        <translation>Anspannung und Schmerz vor und nach jeder Sitzung von 0 bis 10 bewerten.</translation>
    </message>
    <message>
        <source>Days a week I aim to practise</source>
        <translation>Angestrebte Übungstage pro Woche</translation>
    </message>
    <message>
        <source>A gentle goal for the week. History shows how many days you managed.</source>
        <translation>Ein sanftes Ziel für die Woche. Der Verlauf zeigt, an wie vielen Tagen Sie es geschafft haben.</translation>
    </message>
    <message>
        <source>Remind me to practise</source>
        <translation>Ans Üben erinnern</translation>
    </message>
    <message>
        <source>A quiet reminder at the times below. None comes while you practise, or if you practised shortly before.</source>
        <translation>Eine leise Erinnerung zu den Uhrzeiten unten. Sie kommt nicht, während Sie üben oder wenn Sie kurz vorher geübt haben.</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>Erinnern um</translation>
    </message>
    <message>
        <source>Up to six times a day.</source>
        <translation>Bis zu sechsmal am Tag.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>E&amp;instellungen</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Relax</source>
        <translation>Entspannen</translation>
    </message>
    <message>
        <source>Heat pack</source>
        <translation>Wärmekissen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>For clinic staff</source>
        <translation>Für das Praxispersonal</translation>
    </message>
    <message>
        <source>Show this list of keys</source>
        <translation>Diese Tastenliste zeigen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Today: your programme</source>
        <translation>Heute: Ihr Programm</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Vollbild ein oder aus</translation>
    </message>
    <message>
        <source>Move to the next or the previous control</source>
        <translation>Zum nächsten oder vorigen Bedienelement</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Press the button or tick the box that has the focus</source>
        <translation>Den ausgewählten Knopf drücken oder das Kästchen ankreuzen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Move within a row of choices: the pages, a 0 to 10 rating, the time shown</source>
        <translation>In einer Reihe von Auswahlen wechseln: die Seiten, eine Bewertung von 0 bis 10, der Zeitraum</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Press that button or go to that field</source>
        <translation>Diesen Knopf drücken oder zu diesem Feld gehen</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + der unterstrichene Buchstabe</translation>
    </message>
    <message>
        <source>Start, pause or go on breathing</source>
        <translation>Atemübung starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop; on the last screen, finish without rating</source>
        <translation>Beenden; auf der letzten Seite ohne Bewertung abschließen</translation>
    </message>
    <message>
        <source>Start, pause or go on with the routine</source>
        <translation>Übungsprogramm starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Diesen Schritt auslassen</translation>
    </message>
    <message>
        <source>Skip, this hurts (noted in your history)</source>
        <translation>Überspringen, das tut weh (wird im Verlauf vermerkt)</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <source>When time is up: say the pack is off (stops the alarm)</source>
        <translation>Wenn die Zeit um ist: Kissen abgenommen (beendet den Alarm)</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Leertaste oder Eingabetaste</translation>
    </message>
    <message>
        <source>In the list of sessions: delete the chosen one (asks first)</source>
        <translation>In der Sitzungsliste: die ausgewählte löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>In a reminder: not now (it does not come back)</source>
        <translation>In einer Erinnerung: jetzt nicht (sie kommt nicht wieder)</translation>
    </message>
    <message>
        <source>Leave kiosk mode (asks for the staff PIN)</source>
        <translation>Kioskmodus verlassen (fragt nach der Personal-PIN)</translation>
    </message>
    <message>
        <source>On the welcome screen: leave kiosk mode (asks for the staff PIN)</source>
        <translation>Auf dem Begrüßungsbildschirm: Kioskmodus verlassen (fragt nach der Personal-PIN)</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
</context>
<context>
    <name>voice</name>
    <message>
        <source>Find a comfortable position. Tense only gently, never into pain, and skip any part that hurts.</source>
        <translation>Suchen Sie sich eine bequeme Position. Spannen Sie nur sanft an, nie bis in den Schmerz, und lassen Sie jeden Teil aus, der weh tut.</translation>
    </message>
    <message>
        <source>Next: {where}.</source>
        <translation>Als Nächstes: {where}.</translation>
    </message>
    <message>
        <source>Tense, gently… and hold.</source>
        <translation>Anspannen, sanft… und halten.</translation>
    </message>
    <message>
        <source>Very gently, tense a little… and hold.</source>
        <translation>Ganz sanft, ein wenig anspannen… und halten.</translation>
    </message>
    <message>
        <source>Press gently against the stretch… and hold.</source>
        <translation>Sanft gegen die Dehnung drücken… und halten.</translation>
    </message>
    <message>
        <source>And let go… notice the difference.</source>
        <translation>Und loslassen… spüren Sie den Unterschied.</translation>
    </message>
    <message>
        <source>And let go as you breathe out… notice the difference.</source>
        <translation>Und beim Ausatmen loslassen… spüren Sie den Unterschied.</translation>
    </message>
    <message>
        <source>Breathe in… let it drop and widen.</source>
        <translation>Einatmen… sinken und weit werden lassen.</translation>
    </message>
    <message>
        <source>Breathe out… let it return.</source>
        <translation>Ausatmen… zurückkommen lassen.</translation>
    </message>
    <message>
        <source>Hold the stretch gently, and breathe easily.</source>
        <translation>Halten Sie die Dehnung sanft und atmen Sie ruhig.</translation>
    </message>
    <message>
        <source>Rest now.</source>
        <translation>Jetzt ausruhen.</translation>
    </message>
    <message>
        <source>Begin when you are ready.</source>
        <translation>Beginnen Sie, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Übersprungen.</translation>
    </message>
    <message>
        <source>Skipped. That is fine: leave out anything that hurts.</source>
        <translation>Übersprungen. Das ist in Ordnung: Lassen Sie alles aus, was weh tut.</translation>
    </message>
    <message>
        <source>That is the end. Sit for a moment before you stand up.</source>
        <translation>Das ist das Ende. Bleiben Sie einen Moment sitzen, bevor Sie aufstehen.</translation>
    </message>
    <message>
        <source>Stopped. Sit for a moment before you stand up.</source>
        <translation>Beendet. Bleiben Sie einen Moment sitzen, bevor Sie aufstehen.</translation>
    </message>
    <message>
        <source>{region}, {side}</source>
        <translation>{region}, {side}</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>The computer&apos;s speech module is not installed.</source>
        <translation>Die Sprachausgabe des Computers ist nicht installiert.</translation>
    </message>
    <message>
        <source>The speech engine “%1” is not available.</source>
        <translation>Die Sprachausgabe „%1“ ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>This computer has no speech engine.</source>
        <translation>Dieser Computer hat keine Sprachausgabe.</translation>
    </message>
    <message>
        <source>The computer&apos;s speech does not work here (%1).</source>
        <translation>Die Sprachausgabe des Computers funktioniert hier nicht (%1).</translation>
    </message>
    <message>
        <source>The computer has no voice for %1.</source>
        <translation>Der Computer hat keine Stimme für %1.</translation>
    </message>
    <message>
        <source>No recorded voice was found, so you will hear tones instead.</source>
        <translation>Es wurde keine aufgenommene Stimme gefunden; Sie hören stattdessen Töne.</translation>
    </message>
    <message>
        <source>You will hear tones instead.</source>
        <translation>Sie hören stattdessen Töne.</translation>
    </message>
    <message>
        <source>The computer&apos;s speech stopped working (%1).</source>
        <translation>Die Sprachausgabe des Computers funktioniert nicht mehr (%1).</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
</TS>
