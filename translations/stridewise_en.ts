<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Stridewise::Charts</name>
        <message numerus="yes">
            <source>%n days later</source>
            <translation>
                <numerusform>%n day later</numerusform>
                <numerusform>%n days later</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days, first on %1</source>
            <translation>
                <numerusform>%n day, on %1</numerusform>
                <numerusform>%n days, first on %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Back pain: %1/10 on average over %n logged days</source>
            <translation>
                <numerusform>Back pain: %1/10 on %n logged day</numerusform>
                <numerusform>Back pain: %1/10 on average over %n logged days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Red-flag symptoms logged on %n days: see a clinician</source>
            <translation>
                <numerusform>Red-flag symptoms logged on %n day: see a clinician</numerusform>
                <numerusform>Red-flag symptoms logged on %n days: see a clinician</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Load</name>
        <message numerus="yes">
            <source>%1/10 the day after %n runs (n = %n)</source>
            <translation>
                <numerusform>%1/10 the day after %n run (n = %n)</numerusform>
                <numerusform>%1/10 the day after %n runs (n = %n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stridewise::PlanGenerator</name>
        <message numerus="yes">
            <source>Core strength fits %n times this week, not %1: it needs %2 min on days that are not consecutive, besides the runs and the rest day.</source>
            <translation>
                <numerusform>Core strength fits only once this week, not %1 times: it needs %2 min on days that are not consecutive, besides the runs and the rest day.</numerusform>
                <numerusform>Core strength fits %n times this week, not %1: it needs %2 min on days that are not consecutive, besides the runs and the rest day.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Repeat %n times: run %1 min easy, walk %2 min</source>
            <translation>
                <numerusform>Once: run %1 min easy, walk %2 min</numerusform>
                <numerusform>Repeat %n times: run %1 min easy, walk %2 min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ProgressView</name>
        <message numerus="yes">
            <source>Only %n days with a back-pain log in this range.</source>
            <translation>
                <numerusform>Only %n day with a back-pain log in this range.</numerusform>
                <numerusform>Only %n days with a back-pain log in this range.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>n = %n paired days: a day's load (effort × min) with the back pain logged %1. Days without a pain log are left out, not counted as 0; a bigger dot stands for several days with the same numbers.</source>
            <translation>
                <numerusform>n = %n paired day: a day's load (effort × min) with the back pain logged %1. Days without a pain log are left out, not counted as 0; a bigger dot stands for several days with the same numbers.</numerusform>
                <numerusform>n = %n paired days: a day's load (effort × min) with the back pain logged %1. Days without a pain log are left out, not counted as 0; a bigger dot stands for several days with the same numbers.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ReminderSender</name>
        <message numerus="yes">
            <source>Later (%n min)</source>
            <translation>
                <numerusform>Later (%n min)</numerusform>
                <numerusform>Later (%n min)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Reminders</name>
        <message numerus="yes">
            <source>%1. Hold %2 s each side, %n time(s).</source>
            <comment>reminder: how to stretch</comment>
            <translation>
                <numerusform>%1. Hold %2 s each side, once.</numerusform>
                <numerusform>%1. Hold %2 s each side, %n times.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min.</source>
            <comment>reminder: how long the stretch takes</comment>
            <translation>
                <numerusform>%n min.</numerusform>
                <numerusform>%n min.</numerusform>
            </translation>
        </message>
    </context>
</TS>
