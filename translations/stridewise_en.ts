<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Stridewise::CalDavPublisher</name>
        <message numerus="yes">
            <source>%1 of %n changes reached the server; the rest will be made the next time Stridewise publishes.</source>
            <translation>
                <numerusform>%1 of %n change reached the server; the rest will be made the next time Stridewise publishes.</numerusform>
                <numerusform>%1 of %n changes reached the server; the rest will be made the next time Stridewise publishes.</numerusform>
            </translation>
        </message>
    </context>
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
        <name>Stridewise::DistancePage</name>
        <message numerus="yes">
            <source>%n runs in this range have no distance.</source>
            <translation>
                <numerusform>%n run in this range has no distance.</numerusform>
                <numerusform>%n runs in this range have no distance.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ImportActions</name>
        <message numerus="yes">
            <source>Watching %1 and %n folders in it.</source>
            <translation>
                <numerusform>Watching %1 and %n folder in it.</numerusform>
                <numerusform>Watching %1 and %n folders in it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… and %n more.</numerusform>
                <numerusform>… and %n more.</numerusform>
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
        <name>Stridewise::PublishScheduler</name>
        <message numerus="yes">
            <source>Calendar not updated: the server cannot be reached. Nothing is lost; trying again in %n minutes.</source>
            <translation>
                <numerusform>Calendar not updated: the server cannot be reached. Nothing is lost; trying again in %n minute.</numerusform>
                <numerusform>Calendar not updated: the server cannot be reached. Nothing is lost; trying again in %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Calendar up to date: %n events changed.</source>
            <translation>
                <numerusform>Calendar up to date: %n event changed.</numerusform>
                <numerusform>Calendar up to date: %n events changed.</numerusform>
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
    <context>
        <name>Stridewise::ShoeRepository</name>
        <message numerus="yes">
            <source>The shoe "%1" cannot be removed: %n done runs were run in it.</source>
            <translation>
                <numerusform>The shoe "%1" cannot be removed: %n done run was run in it.</numerusform>
                <numerusform>The shoe "%1" cannot be removed: %n done runs were run in it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ShoesDialog</name>
        <message numerus="yes">
            <source>%1 in %n runs</source>
            <translation>
                <numerusform>%1 in %n run</numerusform>
                <numerusform>%1 in %n runs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n ticked by hand without a distance: not counted)</source>
            <translation>
                <numerusform>(%n ticked by hand without a distance: not counted)</numerusform>
                <numerusform>(%n ticked by hand without a distance: not counted)</numerusform>
            </translation>
        </message>
    </context>
</TS>
