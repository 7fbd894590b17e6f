<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms only: every other English string is its own source text.
     Compile with: pyside6-lrelease assets/translations/calmfloor_en.ts -->
<TS version="2.1" language="en">
<context>
    <name>BreathingView</name>
    <message numerus="yes">
        <source>%n breath(s) in %1</source>
        <translation>
            <numerusform>%n breath in %1</numerusform>
            <numerusform>%n breaths in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n session(s) ended unexpectedly last time and were saved as interrupted.</source>
        <translation>
            <numerusform>%n session ended unexpectedly last time and was saved as interrupted.</numerusform>
            <numerusform>%n sessions ended unexpectedly last time and were saved as interrupted.</numerusform>
        </translation>
    </message>
</context>
</TS>
