<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Stridewise::ActivityCsv</name>
        <message>
            <source>"%1" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-30</source>
            <translation>„%1“ ist kein Datum; schreib es als JJJJ-MM-TT, z. B. 2026-11-30</translation>
        </message>
        <message>
            <source>"%1" is not a distance in kilometres from 0 to %2</source>
            <translation>„%1“ ist keine Entfernung in Kilometern von 0 bis %2</translation>
        </message>
        <message>
            <source>"%1" is not a distance; write kilometres with a decimal point, e.g. 5.2</source>
            <translation>„%1“ ist keine Entfernung; schreib die Kilometer mit Dezimalpunkt, z. B. 5.2</translation>
        </message>
        <message>
            <source>"%1" is not a whole number of minutes</source>
            <translation>„%1“ ist keine ganze Minutenzahl</translation>
        </message>
        <message>
            <source>"%1" is not an activity; use one of %2</source>
            <translation>„%1“ ist keine Aktivität; verwende eine von %2</translation>
        </message>
        <message>
            <source>"%1" is not an effort from 0 to 10</source>
            <translation>„%1“ ist keine Anstrengung von 0 bis 10</translation>
        </message>
        <message>
            <source>%1 is empty: it needs a header line (%2) and one line per activity.</source>
            <translation>%1 ist leer: die Datei braucht eine Kopfzeile (%2) und eine Zeile pro Aktivität.</translation>
        </message>
        <message>
            <source>%1 minutes is outside 1–%2</source>
            <translation>%1 Minuten liegen außerhalb von 1–%2</translation>
        </message>
        <message>
            <source>%1, line %2</source>
            <translation>%1, Zeile %2</translation>
        </message>
        <message>
            <source>%1, line %2, column %3</source>
            <translation>%1, Zeile %2, Spalte %3</translation>
        </message>
        <message>
            <source>%1, line %2, column %3 (%4)</source>
            <translation>%1, Zeile %2, Spalte %3 (%4)</translation>
        </message>
        <message>
            <source>%1, line %2: the header lacks %3. The first line must name the columns, for example: %4</source>
            <translation>%1, Zeile %2: in der Kopfzeile fehlt %3. Die erste Zeile muss die Spalten benennen, zum Beispiel: %4</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>the note has %1 characters; at most %2 fit</source>
            <translation>die Notiz hat %1 Zeichen; höchstens %2 passen hinein</translation>
        </message>
        <message>
            <source>this column appears twice in the header</source>
            <translation>diese Spalte kommt in der Kopfzeile zweimal vor</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ActivityStyle</name>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>effort %1/10</source>
            <translation>Anstrengung %1/10</translation>
        </message>
        <message>
            <source>effort %1/10, %2</source>
            <translation>Anstrengung %1/10, %2</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::BackupManager</name>
        <message>
            <source>%1 could not be removed.</source>
            <translation>%1 konnte nicht entfernt werden.</translation>
        </message>
        <message>
            <source>%1 could not be replaced.</source>
            <translation>%1 konnte nicht ersetzt werden.</translation>
        </message>
        <message>
            <source>%1 is damaged.</source>
            <translation>%1 ist beschädigt.</translation>
        </message>
        <message>
            <source>%1 is damaged: %2</source>
            <translation>%1 ist beschädigt: %2</translation>
        </message>
        <message>
            <source>%1 is not a Stridewise database.</source>
            <translation>%1 ist keine Stridewise-Datenbank.</translation>
        </message>
        <message>
            <source>%1 is not a database or is damaged.</source>
            <translation>%1 ist keine Datenbank oder ist beschädigt.</translation>
        </message>
        <message>
            <source>%1 is the database itself, not a backup of it.</source>
            <translation>%1 ist die Datenbank selbst, keine Sicherung davon.</translation>
        </message>
        <message>
            <source>%1 was not restored: %2</source>
            <translation>%1 wurde nicht wiederhergestellt: %2</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Stridewise.</source>
            <translation>%1 wurde von einer neueren Stridewise-Version geschrieben.</translation>
        </message>
        <message>
            <source>Another backup of %1 is still being made; try again in a moment.</source>
            <translation>Eine andere Sicherung von %1 läuft noch; versuche es gleich noch einmal.</translation>
        </message>
        <message>
            <source>Cannot create the backup folder %1.</source>
            <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>Cannot delete the old backup %1.</source>
            <translation>Die alte Sicherung %1 kann nicht gelöscht werden.</translation>
        </message>
        <message>
            <source>Cannot write the backup %1.</source>
            <translation>Die Sicherung %1 kann nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>The backup %1 does not exist.</source>
            <translation>Die Sicherung %1 gibt es nicht.</translation>
        </message>
        <message>
            <source>The backup of %1 did not check out as sound and was discarded: %2</source>
            <translation>Die Sicherung von %1 hat die Prüfung nicht bestanden und wurde verworfen: %2</translation>
        </message>
        <message>
            <source>the copy could not be written to the disk</source>
            <translation>die Kopie konnte nicht auf die Festplatte geschrieben werden</translation>
        </message>
        <message>
            <source>the current file could not be kept as %1.</source>
            <translation>die aktuelle Datei konnte nicht als %1 aufbewahrt werden.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::CalDavClient</name>
        <message>
            <source>the server redirected from https to an unencrypted address (%1)</source>
            <translation>der Server hat von https auf eine unverschlüsselte Adresse umgeleitet (%1)</translation>
        </message>
        <message>
            <source>the server redirected to %1</source>
            <translation>der Server hat auf %1 umgeleitet</translation>
        </message>
        <message>
            <source>too many redirects (more than %1)</source>
            <translation>zu viele Umleitungen (mehr als %1)</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::CalDavPublisher</name>
        <message>
            <source>"%1" is not a calendar address: it should look like https://server/path/to/calendar/.</source>
            <translation>„%1“ ist keine Kalenderadresse: sie sollte etwa so aussehen: https://server/pfad/zum/kalender/.</translation>
        </message>
        <message>
            <source>%1 is not encrypted: use https:// so your password is not sent in the clear (plain http is only accepted for a server on this computer).</source>
            <translation>%1 ist nicht verschlüsselt: verwende https://, damit dein Passwort nicht im Klartext gesendet wird (einfaches http wird nur für einen Server auf diesem Computer akzeptiert).</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n changes reached the server; the rest will be made the next time Stridewise publishes.</source>
            <translation>
                <numerusform>%1 von 1 Änderung ist beim Server angekommen; der Rest folgt, wenn Stridewise das nächste Mal veröffentlicht.</numerusform>
                <numerusform>%1 von %n Änderungen sind beim Server angekommen; der Rest folgt, wenn Stridewise das nächste Mal veröffentlicht.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of 1 change reached the server; the rest will be made the next time Stridewise publishes.</source>
            <translation>%1 von 1 Änderung ist beim Server angekommen; der Rest folgt, wenn Stridewise das nächste Mal veröffentlicht.</translation>
        </message>
        <message>
            <source>A publish is already running.</source>
            <translation>Es läuft bereits eine Veröffentlichung.</translation>
        </message>
        <message>
            <source>Could not reach the calendar server %1 while %2 (%3). Stridewise will try again later.</source>
            <translation>Der Kalenderserver %1 war beim %2 nicht erreichbar (%3). Stridewise versucht es später noch einmal.</translation>
        </message>
        <message>
            <source>Nothing in Stridewise was lost.</source>
            <translation>In Stridewise ist nichts verloren gegangen.</translation>
        </message>
        <message>
            <source>The calendar server %1 could not be verified (%2), so Stridewise did not send your password. If it is your own server with its own certificate, give that certificate (--ca-cert FILE).</source>
            <translation>Der Kalenderserver %1 konnte nicht überprüft werden (%2), deshalb hat Stridewise dein Passwort nicht gesendet. Wenn es dein eigener Server mit eigenem Zertifikat ist, gib dieses Zertifikat an (--ca-cert FILE).</translation>
        </message>
        <message>
            <source>The calendar server %1 does not let "%2" write to %3 (HTTP 403).</source>
            <translation>Der Kalenderserver %1 erlaubt „%2“ nicht, in %3 zu schreiben (HTTP 403).</translation>
        </message>
        <message>
            <source>The calendar server %1 failed while %2 (HTTP %3). Stridewise will try again later.</source>
            <translation>Beim Kalenderserver %1 ist beim %2 ein Fehler aufgetreten (HTTP %3). Stridewise versucht es später noch einmal.</translation>
        </message>
        <message>
            <source>The calendar server %1 refused %2 (HTTP %3).</source>
            <translation>Der Kalenderserver %1 hat das %2 abgelehnt (HTTP %3).</translation>
        </message>
        <message>
            <source>The calendar server %1 refused the user name "%2" or its password (HTTP 401). Check both in the calendar settings; an app password may be needed (iCloud, Fastmail).</source>
            <translation>Der Kalenderserver %1 hat den Benutzernamen „%2“ oder sein Passwort abgelehnt (HTTP 401). Prüfe beides in den Kalendereinstellungen; eventuell ist ein App-Passwort nötig (iCloud, Fastmail).</translation>
        </message>
        <message>
            <source>The calendar server %1 sent an answer Stridewise cannot read.</source>
            <translation>Der Kalenderserver %1 hat eine Antwort geschickt, die Stridewise nicht lesen kann.</translation>
        </message>
        <message>
            <source>There is no CalDAV calendar at %1 (HTTP %2). Copy the calendar's own address from your calendar server (for Nextcloud: Calendar ▸ calendar menu ▸ Copy internal link).</source>
            <translation>Unter %1 gibt es keinen CalDAV-Kalender (HTTP %2). Kopiere die eigene Adresse des Kalenders von deinem Kalenderserver (bei Nextcloud: Kalender ▸ Kalendermenü ▸ Internen Link kopieren).</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>keine Antwort</translation>
        </message>
        <message>
            <source>reading the calendar</source>
            <translation>Lesen des Kalenders</translation>
        </message>
        <message>
            <source>removing an event of %1</source>
            <translation>Entfernen eines Termins vom %1</translation>
        </message>
        <message>
            <source>saving "%1" on %2</source>
            <translation>Speichern von „%1“ am %2</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::CalendarDialog</name>
        <message>
            <source>&amp;Publish my plan to this calendar</source>
            <translation>Meinen Plan in diesem Kalender &amp;veröffentlichen</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <source>Calendar &amp;address:</source>
            <translation>Kalender&amp;adresse:</translation>
        </message>
        <message>
            <source>Calendar Publishing</source>
            <translation>Im Kalender veröffentlichen</translation>
        </message>
        <message>
            <source>Calendar address</source>
            <translation>Kalenderadresse</translation>
        </message>
        <message>
            <source>Enter the calendar's address to publish.</source>
            <translation>Gib die Adresse des Kalenders ein, in dem veröffentlicht werden soll.</translation>
        </message>
        <message>
            <source>Enter the password (for iCloud and Fastmail, an app password).</source>
            <translation>Gib das Passwort ein (bei iCloud und Fastmail ein App-Passwort).</translation>
        </message>
        <message>
            <source>Enter your user name on the calendar server.</source>
            <translation>Gib deinen Benutzernamen auf dem Kalenderserver ein.</translation>
        </message>
        <message>
            <source>Include the twice-daily &amp;stretch</source>
            <translation>Die zweimal tägliche &amp;Dehnung aufnehmen</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Stridewise can keep your own calendar (Nextcloud, Radicale, Fastmail, iCloud with an app password …) showing the planned sessions from this week on. It changes only its own events and publishes in the background after every plan, edit and tick.</source>
            <translation>Stridewise kann in deinem eigenen Kalender (Nextcloud, Radicale, Fastmail, iCloud mit App-Passwort …) die geplanten Einheiten ab dieser Woche anzeigen. Es ändert nur seine eigenen Termine und veröffentlicht im Hintergrund nach jedem Planen, Bearbeiten und Abhaken.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>kept in your desktop's keyring, not by Stridewise</source>
            <translation>wird im Schlüsselbund deines Desktops aufbewahrt, nicht von Stridewise</translation>
        </message>
        <message>
            <source>saved in your keyring; type to change it</source>
            <translation>in deinem Schlüsselbund gespeichert; zum Ändern einfach neu eingeben</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::CalendarExport</name>
        <message>
            <source>"%1" is not a time zone this system knows; use a name such as Europe/Berlin or America/New_York.</source>
            <translation>„%1“ ist keine Zeitzone, die dieses System kennt; verwende einen Namen wie Europe/Berlin oder America/New_York.</translation>
        </message>
        <message>
            <source>Low-impact</source>
            <translation>Gelenkschonend</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Laufen</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Kraft</translation>
        </message>
        <message>
            <source>Stretching</source>
            <translation>Dehnen</translation>
        </message>
        <message>
            <source>The range %1 to %2 is empty: --to must not be before --from.</source>
            <translation>Der Zeitraum %1 bis %2 ist leer: --to darf nicht vor --from liegen.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::CalendarRepository</name>
        <message>
            <source>forgetting the event %1 removed from %2</source>
            <translation>Vergessen des Termins %1, der aus %2 entfernt wurde</translation>
        </message>
        <message>
            <source>reading the calendar events from %1 to %2</source>
            <translation>Lesen der Kalendertermine von %1 bis %2</translation>
        </message>
        <message>
            <source>reading what was published to %1</source>
            <translation>Lesen dessen, was in %1 veröffentlicht wurde</translation>
        </message>
        <message>
            <source>recording the event %1 published to %2</source>
            <translation>Erfassen des Termins %1, der in %2 veröffentlicht wurde</translation>
        </message>
        <message>
            <source>saving the calendar event %1</source>
            <translation>Speichern des Kalendertermins %1</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Charts</name>
        <message>
            <source>%1
Load: %2 effort × min
Back pain %3: %4/10</source>
            <translation>%1
Belastung: %2 Anstrengung × min
Rückenschmerz %3: %4/10</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message numerus="yes">
            <source>%n days later</source>
            <translation>
                <numerusform>%n Tag später</numerusform>
                <numerusform>%n Tage später</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days, first on %1</source>
            <translation>
                <numerusform>%n Tag, zuerst am %1</numerusform>
                <numerusform>%n Tage, zuerst am %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%n runs ticked by hand have no distance and are not in the bar</source>
            <translation>%n von Hand abgehakte Läufe haben keine Entfernung und sind nicht im Balken</translation>
        </message>
        <message>
            <source>1 day later</source>
            <translation>1 Tag später</translation>
        </message>
        <message>
            <source>1 run ticked by hand has no distance and is not in the bar</source>
            <translation>1 von Hand abgehakter Lauf hat keine Entfernung und ist nicht im Balken</translation>
        </message>
        <message>
            <source>Acute:chronic ratio (×)</source>
            <translation>Akut:chronisch-Verhältnis (×)</translation>
        </message>
        <message>
            <source>Back pain (/10)</source>
            <translation>Rückenschmerz (/10)</translation>
        </message>
        <message>
            <source>Back pain: %1/10</source>
            <translation>Rückenschmerz: %1/10</translation>
        </message>
        <message numerus="yes">
            <source>Back pain: %1/10 on average over %n logged days</source>
            <translation>
                <numerusform>Rückenschmerz: %1/10 an %n erfasstem Tag</numerusform>
                <numerusform>Rückenschmerz: %1/10 im Mittel über %n erfasste Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Back pain: %1/10 on the one logged day</source>
            <translation>Rückenschmerz: %1/10 an dem einen erfassten Tag</translation>
        </message>
        <message>
            <source>Back pain: not logged</source>
            <translation>Rückenschmerz: nicht erfasst</translation>
        </message>
        <message>
            <source>Daily load (effort × min)</source>
            <translation>Tagesbelastung (Anstrengung × min)</translation>
        </message>
        <message>
            <source>Distance per %1 weeks, %2</source>
            <translation>Entfernung pro %1 Wochen, %2</translation>
        </message>
        <message>
            <source>Distance per week, %1</source>
            <translation>Entfernung pro Woche, %1</translation>
        </message>
        <message>
            <source>Low-impact: %1 effort × min</source>
            <translation>Gelenkschonend: %1 Anstrengung × min</translation>
        </message>
        <message>
            <source>Monthly load (effort × min)</source>
            <translation>Monatsbelastung (Anstrengung × min)</translation>
        </message>
        <message numerus="yes">
            <source>Red-flag symptoms logged on %n days: see a clinician</source>
            <translation>
                <numerusform>Warnsymptome an %n Tag erfasst: geh zu einer Ärztin oder einem Arzt</numerusform>
                <numerusform>Warnsymptome an %n Tagen erfasst: geh zu einer Ärztin oder einem Arzt</numerusform>
            </translation>
        </message>
        <message>
            <source>Red-flag symptoms logged: see a clinician</source>
            <translation>Warnsymptome erfasst: geh zu einer Ärztin oder einem Arzt</translation>
        </message>
        <message>
            <source>Running: %1 effort × min</source>
            <translation>Laufen: %1 Anstrengung × min</translation>
        </message>
        <message>
            <source>Runs: %1</source>
            <translation>Läufe: %1</translation>
        </message>
        <message>
            <source>Spike run on %1: %2 min, %3 % longer than the longest run of the 30 days before (%4 min)</source>
            <translation>Sprunglauf am %1: %2 min, %3 % länger als der längste Lauf der 30 Tage davor (%4 min)</translation>
        </message>
        <message>
            <source>Strength &amp; stretching: %1 effort × min</source>
            <translation>Kraft &amp; Dehnen: %1 Anstrengung × min</translation>
        </message>
        <message>
            <source>Total: %1 effort × min in %2 min</source>
            <translation>Gesamt: %1 Anstrengung × min in %2 min</translation>
        </message>
        <message>
            <source>Walks, rides and swims: %1</source>
            <translation>Gehen, Radfahren und Schwimmen: %1</translation>
        </message>
        <message>
            <source>Week %1 (%2 – %3)</source>
            <translation>Woche %1 (%2 – %3)</translation>
        </message>
        <message>
            <source>Weekly load (effort × min)</source>
            <translation>Wochenbelastung (Anstrengung × min)</translation>
        </message>
        <message>
            <source>effort × min</source>
            <translation>Anstrengung × min</translation>
        </message>
        <message>
            <source>the same day</source>
            <translation>am selben Tag</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Charts::DistanceChart</name>
        <message>
            <source>Recorded distance per week</source>
            <translation>Aufgezeichnete Entfernung pro Woche</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Läufe</translation>
        </message>
        <message>
            <source>Walks, rides, swims</source>
            <translation>Gehen, Radfahren, Schwimmen</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Charts::ScatterChart</name>
        <message>
            <source>Back pain %1 (/10)</source>
            <translation>Rückenschmerz %1 (/10)</translation>
        </message>
        <message>
            <source>Back pain against the training load of the days before</source>
            <translation>Rückenschmerz gegen die Trainingsbelastung der Tage davor</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Several days</source>
            <translation>Mehrere Tage</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Charts::TimeChart</name>
        <message>
            <source>Acute:chronic ratio (disputed)</source>
            <translation>Akut:chronisch-Verhältnis (umstritten)</translation>
        </message>
        <message>
            <source>Back pain</source>
            <translation>Rückenschmerz</translation>
        </message>
        <message>
            <source>Low-impact</source>
            <translation>Gelenkschonend</translation>
        </message>
        <message>
            <source>Red-flag symptoms</source>
            <translation>Warnsymptome</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Laufen</translation>
        </message>
        <message>
            <source>Spike run</source>
            <translation>Sprunglauf</translation>
        </message>
        <message>
            <source>Strength &amp; stretching</source>
            <translation>Kraft &amp; Dehnen</translation>
        </message>
        <message>
            <source>Training load and back pain over time</source>
            <translation>Trainingsbelastung und Rückenschmerz im Verlauf</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Cli</name>
        <message>
            <source>   back pain the day after runs: %1</source>
            <translation>   Rückenschmerz am Tag nach Läufen: %1</translation>
        </message>
        <message>
            <source>   nearly at the %1 km you set to retire it.</source>
            <translation>   fast bei den %1 km, bei denen du ihn ausmustern wolltest.</translation>
        </message>
        <message>
            <source>   past the %1 km you set to retire it.</source>
            <translation>   über den %1 km, bei denen du ihn ausmustern wolltest.</translation>
        </message>
        <message>
            <source>  %1 #%2 %3 %4: %5, %6 min, effort %7/10</source>
            <translation>  %1 #%2 %3 %4: %5, %6 min, Anstrengung %7/10</translation>
        </message>
        <message>
            <source> (%1 min of it running)</source>
            <translation> (davon %1 min Laufen)</translation>
        </message>
        <message>
            <source> (%1 without a distance)</source>
            <translation> (%1 ohne Distanz)</translation>
        </message>
        <message>
            <source> (add --activity run, walk, cycle or swim)</source>
            <translation> (mit --activity run, walk, cycle oder swim)</translation>
        </message>
        <message>
            <source> (default)</source>
            <translation> (Standard)</translation>
        </message>
        <message>
            <source> (too few to conclude)</source>
            <translation> (zu wenige für eine Aussage)</translation>
        </message>
        <message>
            <source>#%1 %2 was planned for %3, a day still to come; it is moved to today, %4, and ticked there.</source>
            <translation>#%1 %2 war für %3 geplant, einen noch bevorstehenden Tag; die Einheit wird auf heute, %4, verschoben und dort abgehakt.</translation>
        </message>
        <message>
            <source>%1 (%2 d)</source>
            <translation>%1 (%2 T.)</translation>
        </message>
        <message>
            <source>%1 already holds data and was left unchanged; demo data only goes into a new file.</source>
            <translation>%1 enthält schon Daten und blieb unverändert; Demodaten kommen nur in eine neue Datei.</translation>
        </message>
        <message>
            <source>%1 has no plan yet: make it with stridewise plan --week %1.</source>
            <translation>%1 hat noch keinen Plan: erstelle ihn mit stridewise plan --week %1.</translation>
        </message>
        <message>
            <source>%1 is over: only the rest of a week that is not over can be re-planned.</source>
            <translation>%1 ist vorbei: nur der Rest einer Woche, die noch nicht vorbei ist, kann neu geplant werden.</translation>
        </message>
        <message>
            <source>%1 needs --from and --to, each a date YYYY-MM-DD.</source>
            <translation>%1 braucht --from und --to, jeweils ein Datum JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>%1 needs --out FILE.</source>
            <translation>%1 braucht --out FILE.</translation>
        </message>
        <message>
            <source>%1 on %2, %3 min</source>
            <translation>%1 am %2, %3 min</translation>
        </message>
        <message>
            <source>%1 planned sessions: %2 done, %3 skipped, %4 left unticked; back pain logged on %5 days; %6 flare-up(s); a red-flag episode on %7.</source>
            <translation>%1 geplante Einheiten: %2 erledigt, %3 ausgelassen, %4 nicht abgehakt; Rückenschmerz an %5 Tagen erfasst; %6 Schmerzschübe; eine Episode mit Warnsymptomen am %7.</translation>
        </message>
        <message>
            <source>%1/10</source>
            <translation>%1/10</translation>
        </message>
        <message>
            <source>%1: %2 min, longest of the 30 days before %3 min (+%4 %)</source>
            <translation>%1: %2 min, längster Lauf der 30 Tage davor %3 min (+%4 %)</translation>
        </message>
        <message>
            <source>%1: %2: not in the plan, added as #%3 %4</source>
            <translation>%1: %2: nicht im Plan, als #%3 %4 hinzugefügt</translation>
        </message>
        <message>
            <source>%1: %2: ticked #%3 %4</source>
            <translation>%1: %2: #%3 %4 abgehakt</translation>
        </message>
        <message>
            <source>%1: skipped, %2</source>
            <translation>%1: ausgelassen, %2</translation>
        </message>
        <message>
            <source>, %1 km</source>
            <translation>, %1 km</translation>
        </message>
        <message>
            <source>, back pain after %1/10</source>
            <translation>, Rückenschmerz danach %1/10</translation>
        </message>
        <message>
            <source>, comfort %1/5 (your rating)</source>
            <translation>, Komfort %1/5 (deine Bewertung)</translation>
        </message>
        <message>
            <source>, pain %1/10</source>
            <translation>, Schmerz %1/10</translation>
        </message>
        <message>
            <source>, retired %1</source>
            <translation>, ausgemustert %1</translation>
        </message>
        <message>
            <source>, started %1</source>
            <translation>, seit %1</translation>
        </message>
        <message>
            <source>, symptoms: %1</source>
            <translation>, Symptome: %1</translation>
        </message>
        <message>
            <source>, with a note</source>
            <translation>, mit Notiz</translation>
        </message>
        <message>
            <source>--%1 is given more than once; give it once.</source>
            <translation>--%1 ist mehrfach angegeben; gib es nur einmal an.</translation>
        </message>
        <message>
            <source>--%1 needs at least one of %2.</source>
            <translation>--%1 braucht mindestens eines von %2.</translation>
        </message>
        <message>
            <source>--%1: "%2" is not a whole number.</source>
            <translation>--%1: „%2“ ist keine ganze Zahl.</translation>
        </message>
        <message>
            <source>--%1: "%2" is not one of %3.</source>
            <translation>--%1: „%2“ ist keiner von %3.</translation>
        </message>
        <message>
            <source>--activity: "%1" is not one of run, walk, cycle, swim.</source>
            <translation>--activity: „%1“ ist keiner von run, walk, cycle, swim.</translation>
        </message>
        <message>
            <source>--ca-cert: %1 holds no certificate (PEM or DER).</source>
            <translation>--ca-cert: %1 enthält kein Zertifikat (PEM oder DER).</translation>
        </message>
        <message>
            <source>--date: %1 is after today (%2); nothing can be logged for a day still to come.</source>
            <translation>--date: %1 liegt nach heute (%2); für einen noch bevorstehenden Tag kann nichts erfasst werden.</translation>
        </message>
        <message>
            <source>--db is given more than once; give it once.</source>
            <translation>--db ist mehrfach angegeben; gib es nur einmal an.</translation>
        </message>
        <message>
            <source>--db needs a file path.</source>
            <translation>--db braucht einen Dateipfad.</translation>
        </message>
        <message>
            <source>--disc-history: "%1" is not yes or no.</source>
            <translation>--disc-history: „%1“ ist weder yes noch no.</translation>
        </message>
        <message>
            <source>--experience: "%1" is not one of %2.</source>
            <translation>--experience: „%1“ ist keiner von %2.</translation>
        </message>
        <message>
            <source>--format: "%1" is not a format; use text or json.</source>
            <translation>--format: „%1“ ist kein Format; nimm text oder json.</translation>
        </message>
        <message>
            <source>--from: %1</source>
            <translation>--from: %1</translation>
        </message>
        <message>
            <source>--long-run-day: "%1" is not one of %2.</source>
            <translation>--long-run-day: „%1“ ist keiner von %2.</translation>
        </message>
        <message>
            <source>--note has %1 characters; at most %2 fit.</source>
            <translation>--note hat %1 Zeichen; höchstens %2 passen hinein.</translation>
        </message>
        <message>
            <source>--page: "%1" is not a4 or letter.</source>
            <translation>--page: „%1“ ist weder a4 noch letter.</translation>
        </message>
        <message>
            <source>--password-file: %1 is empty; put the calendar password on its first line.</source>
            <translation>--password-file: %1 ist leer; schreib das Kalenderpasswort in die erste Zeile.</translation>
        </message>
        <message>
            <source>--password-file: could not read %1: %2</source>
            <translation>--password-file: %1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>--seed: "%1" is not a whole number 0 or more.</source>
            <translation>--seed: „%1“ ist keine ganze Zahl ab 0.</translation>
        </message>
        <message>
            <source>--shoe: session #%1 is not a run: shoes are for runs.</source>
            <translation>--shoe: Einheit #%1 ist kein Lauf: Schuhe gibt es nur für Läufe.</translation>
        </message>
        <message>
            <source>--shoe: there is no shoe "%1" (stridewise shoes lists them).</source>
            <translation>--shoe: es gibt keinen Schuh „%1“ (stridewise shoes listet sie auf).</translation>
        </message>
        <message>
            <source>--symptom: "%1" is not one of %2.</source>
            <translation>--symptom: „%1“ ist keines von %2.</translation>
        </message>
        <message>
            <source>--time-zone: "%1" is not a time zone this system knows; use a name such as Europe/Berlin or America/New_York.</source>
            <translation>--time-zone: „%1“ ist keine Zeitzone, die dieses System kennt; verwende einen Namen wie Europe/Berlin oder America/New_York.</translation>
        </message>
        <message>
            <source>--time-zone: "%1" is not a time zone this system knows; use a name such as Europe/Berlin.</source>
            <translation>--time-zone: „%1“ ist keine Zeitzone, die dieses System kennt; verwende einen Namen wie Europe/Berlin.</translation>
        </message>
        <message>
            <source>--time: "%1" is not a time of day; use HH:MM, e.g. 07:40.</source>
            <translation>--time: „%1“ ist keine Uhrzeit; nimm HH:MM, z. B. 07:40.</translation>
        </message>
        <message>
            <source>--to %1 is before --from %2.</source>
            <translation>--to %1 liegt vor --from %2.</translation>
        </message>
        <message>
            <source>--to: %1</source>
            <translation>--to: %1</translation>
        </message>
        <message>
            <source>--today: %1</source>
            <translation>--today: %1</translation>
        </message>
        <message>
            <source>--url: %1</source>
            <translation>--url: %1</translation>
        </message>
        <message>
            <source>--wait: %1 is outside 0–%2 seconds.</source>
            <translation>--wait: %1 liegt außerhalb von 0–%2 Sekunden.</translation>
        </message>
        <message>
            <source>--week: %1</source>
            <translation>--week: %1</translation>
        </message>
        <message>
            <source>--weeks: %1 is outside 1–%2.</source>
            <translation>--weeks: %1 liegt außerhalb von 1–%2.</translation>
        </message>
        <message>
            <source>--what: "%1" is not sessions or pain.</source>
            <translation>--what: „%1“ ist weder sessions noch pain.</translation>
        </message>
        <message>
            <source>1-5</source>
            <translation>1-5</translation>
        </message>
        <message>
            <source>: %1 km of %2, %3 runs</source>
            <translation>: %1 km von %2, %3 Läufe</translation>
        </message>
        <message>
            <source>A file whose first line is the password (- for standard input).</source>
            <translation>Eine Datei, deren erste Zeile das Passwort ist (- für die Standardeingabe).</translation>
        </message>
        <message>
            <source>A new name (edit).</source>
            <translation>Ein neuer Name (edit).</translation>
        </message>
        <message>
            <source>A note.</source>
            <translation>Eine Notiz.</translation>
        </message>
        <message>
            <source>A symptom (repeatable): %1.</source>
            <translation>Ein Symptom (wiederholbar): %1.</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Actual minutes done.</source>
            <translation>Tatsächlich absolvierte Minuten.</translation>
        </message>
        <message>
            <source>Added shoe #%1.</source>
            <translation>Schuh #%1 hinzugefügt.</translation>
        </message>
        <message>
            <source>Any of walking,cycling,swimming.</source>
            <translation>Beliebige von walking,cycling,swimming.</translation>
        </message>
        <message>
            <source>Available days, e.g. mon,wed,fri,sat.</source>
            <translation>Verfügbare Tage, z. B. mon,wed,fri,sat.</translation>
        </message>
        <message>
            <source>Available days:       %1</source>
            <translation>Verfügbare Tage:      %1</translation>
        </message>
        <message>
            <source>Back pain 0–10.</source>
            <translation>Rückenschmerz 0–10.</translation>
        </message>
        <message>
            <source>Back pain after the session, 0–10.</source>
            <translation>Rückenschmerz nach der Einheit, 0–10.</translation>
        </message>
        <message>
            <source>Back pain against the day's load (Spearman rank correlation, descriptive only)</source>
            <translation>Rückenschmerz gegen die Tagesbelastung (Spearman-Rangkorrelation, nur beschreibend)</translation>
        </message>
        <message>
            <source>Backed up %1 to %2 (%3 KB, %4 ms).</source>
            <translation>%1 nach %2 gesichert (%3 KB, %4 ms).</translation>
        </message>
        <message>
            <source>CSV files: import the good lines and list the bad ones (default: a file with a bad line imports nothing).</source>
            <translation>CSV-Dateien: die fehlerfreien Zeilen importieren und die fehlerhaften auflisten (Standard: aus einer Datei mit einer fehlerhaften Zeile wird nichts importiert).</translation>
        </message>
        <message>
            <source>Commands (each takes --db PATH and --help):</source>
            <translation>Befehle (jeder nimmt --db PFAD und --help):</translation>
        </message>
        <message>
            <source>Could not fit: %1</source>
            <translation>Passte nicht: %1</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Day for the longer run, e.g. sun.</source>
            <translation>Tag für den längeren Lauf, z. B. sun.</translation>
        </message>
        <message>
            <source>Day of the pain log or the clearance, YYYY-MM-DD (default: today).</source>
            <translation>Tag des Schmerzeintrags oder der Freigabe, JJJJ-MM-TT (Standard: heute).</translation>
        </message>
        <message>
            <source>Days (load in effort·min; acute = 7-day and chronic = 28-day weighted averages)</source>
            <translation>Tage (Belastung in Anstrengung·min; akut = gewichtetes 7-Tage-, chronisch = 28-Tage-Mittel)</translation>
        </message>
        <message>
            <source>Disc history:         %1</source>
            <translation>Bandscheibe früher:   %1</translation>
        </message>
        <message>
            <source>Done was not saved: %1</source>
            <translation>„Erledigt“ wurde nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Done: %1 is ticked off.</source>
            <translation>Erledigt: %1 ist abgehakt.</translation>
        </message>
        <message>
            <source>Effort 0–10 (Borg CR-10).</source>
            <translation>Anstrengung 0–10 (Borg CR-10).</translation>
        </message>
        <message>
            <source>Effort and back pain after count for load once you give them (until then the planned effort counts): stridewise log done SESSION_ID --rpe N --pain N --replace</source>
            <translation>Anstrengung und Rückenschmerz danach zählen für die Belastung, sobald du sie angibst (bis dahin zählt die geplante Anstrengung): stridewise log done SESSION_ID --rpe N --pain N --replace</translation>
        </message>
        <message>
            <source>Experience:           %1 (%2)</source>
            <translation>Erfahrung:            %1 (%2)</translation>
        </message>
        <message>
            <source>FIT, TCX, GPX or CSV files, or folders to search.</source>
            <translation>FIT-, TCX-, GPX- oder CSV-Dateien oder zu durchsuchende Ordner.</translation>
        </message>
        <message>
            <source>First day, YYYY-MM-DD (days before this week are left alone).</source>
            <translation>Erster Tag, JJJJ-MM-TT (Tage vor dieser Woche bleiben unverändert).</translation>
        </message>
        <message>
            <source>First day, YYYY-MM-DD (default: 12 weeks before --to).</source>
            <translation>Erster Tag, JJJJ-MM-TT (Standard: 12 Wochen vor --to).</translation>
        </message>
        <message>
            <source>First day, YYYY-MM-DD.</source>
            <translation>Erster Tag, JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>How comfortable the shoe feels to you, 1–5 (your own rating).</source>
            <translation>Wie bequem sich der Schuh für dich anfühlt, 1–5 (deine eigene Bewertung).</translation>
        </message>
        <message>
            <source>How many weeks of demo data, 1–%1 (default 12).</source>
            <translation>Wie viele Wochen Demodaten, 1–%1 (Standard 12).</translation>
        </message>
        <message>
            <source>ISO week to plan, e.g. 2026-W49 (default: this week).</source>
            <translation>Zu planende ISO-Woche, z. B. 2026-W49 (Standard: diese Woche).</translation>
        </message>
        <message>
            <source>Last day, YYYY-MM-DD (default: today).</source>
            <translation>Letzter Tag, JJJJ-MM-TT (Standard: heute).</translation>
        </message>
        <message>
            <source>Last day, YYYY-MM-DD.</source>
            <translation>Letzter Tag, JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>Later was not saved: %1</source>
            <translation>„Später“ wurde nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Later: again at %1.</source>
            <translation>Später: wieder um %1.</translation>
        </message>
        <message>
            <source>Later: not again today, the day is nearly over.</source>
            <translation>Später: heute nicht mehr, der Tag ist fast vorbei.</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>US-Letter</translation>
        </message>
        <message>
            <source>List the backups, newest first, instead of making one.</source>
            <translation>Die Sicherungen auflisten, neueste zuerst, statt eine anzulegen.</translation>
        </message>
        <message>
            <source>Load = effort (0–10) × minutes, in effort·min (session-RPE, Foster 2001). Pain is 0–10; "–" = not logged.</source>
            <translation>Belastung = Anstrengung (0–10) × Minuten, in Anstrengung·min (Session-RPE, Foster 2001). Schmerz ist 0–10; „–“ = nicht erfasst.</translation>
        </message>
        <message>
            <source>Long-run day:         %1</source>
            <translation>Tag des langen Laufs:  %1</translation>
        </message>
        <message>
            <source>Low-impact:           %1</source>
            <translation>Gelenkschonend:       %1</translation>
        </message>
        <message>
            <source>Make it the default shoe (add).</source>
            <translation>Zum Standardschuh machen (add).</translation>
        </message>
        <message>
            <source>Marked #%1 %2 on %3 as skipped.</source>
            <translation>#%1 %2 am %3 als ausgelassen markiert.</translation>
        </message>
        <message>
            <source>Most minutes available on a weekday.</source>
            <translation>Höchstens verfügbare Minuten an einem Werktag.</translation>
        </message>
        <message>
            <source>Most minutes available on a weekend day.</source>
            <translation>Höchstens verfügbare Minuten an einem Wochenendtag.</translation>
        </message>
        <message>
            <source>No answer; the reminder is closed.</source>
            <translation>Keine Antwort; die Erinnerung ist geschlossen.</translation>
        </message>
        <message>
            <source>No backups yet in %1.</source>
            <translation>Noch keine Sicherungen in %1.</translation>
        </message>
        <message>
            <source>No sessions are planned in that range: plan the weeks first (stridewise plan --week …).</source>
            <translation>In diesem Zeitraum sind keine Einheiten geplant: plane zuerst die Wochen (stridewise plan --week …).</translation>
        </message>
        <message>
            <source>No shoes yet. Add one: stridewise shoes add "NAME" --comfort 4</source>
            <translation>Noch keine Schuhe. Füge einen hinzu: stridewise shoes add "NAME" --comfort 4</translation>
        </message>
        <message>
            <source>Not waiting for an answer: tick the stretch off in Stridewise when it is done.</source>
            <translation>Es wird nicht auf eine Antwort gewartet: hake die Dehnung in Stridewise ab, wenn du sie gemacht hast.</translation>
        </message>
        <message>
            <source>Nothing due at %1.</source>
            <translation>Um %1 ist nichts fällig.</translation>
        </message>
        <message>
            <source>Nothing to publish: %1 ends before this week, and past weeks are left as they are on the calendar.</source>
            <translation>Nichts zu veröffentlichen: %1 endet vor dieser Woche, und vergangene Wochen bleiben im Kalender, wie sie sind.</translation>
        </message>
        <message>
            <source>Overwrite the day's pain entry or the session's record if there is one.</source>
            <translation>Den Schmerzeintrag des Tages oder den Eintrag der Einheit überschreiben, falls es einen gibt.</translation>
        </message>
        <message>
            <source>PATH…</source>
            <translation>PFAD…</translation>
        </message>
        <message>
            <source>Plan for %1 (%2 to %3), pain zone %4</source>
            <translation>Plan für %1 (%2 bis %3), Schmerzzone %4</translation>
        </message>
        <message>
            <source>Published %1 to %2 to %3: %4 created, %5 updated, %6 deleted, %7 unchanged.</source>
            <translation>%1 bis %2 in %3 veröffentlicht: %4 erstellt, %5 aktualisiert, %6 gelöscht, %7 unverändert.</translation>
        </message>
        <message>
            <source>Put the twice-daily stretch on the calendar too.</source>
            <translation>Die zweimal tägliche Dehnung auch in den Kalender eintragen.</translation>
        </message>
        <message>
            <source>Random seed: the same seed gives the same data (default 1).</source>
            <translation>Zufallsstartwert: derselbe Wert ergibt dieselben Daten (Standard 1).</translation>
        </message>
        <message>
            <source>Re-plan the rest of the week from today on: done, skipped and hand-added sessions stay.</source>
            <translation>Den Rest der Woche ab heute neu planen: erledigte, ausgelassene und von Hand hinzugefügte Einheiten bleiben.</translation>
        </message>
        <message>
            <source>Replace the week's plan if none of it is ticked or skipped yet.</source>
            <translation>Den Wochenplan ersetzen, wenn noch nichts davon abgehakt oder ausgelassen ist.</translation>
        </message>
        <message>
            <source>Restored %1 from %2.</source>
            <translation>%1 aus %2 wiederhergestellt.</translation>
        </message>
        <message>
            <source>Retire it at this many km (default 700).</source>
            <translation>Bei so vielen km ausmustern (Standard 700).</translation>
        </message>
        <message>
            <source>Retired shoe #%1.</source>
            <translation>Schuh #%1 ausgemustert.</translation>
        </message>
        <message>
            <source>Return ladder: rung %1 of %2, %3.</source>
            <translation>Rückkehrleiter: Stufe %1 von %2, %3.</translation>
        </message>
        <message>
            <source>Running and strength stay out of your plans until you record that a clinician has seen you: stridewise log cleared --date YYYY-MM-DD [--note …].</source>
            <translation>Laufen und Krafttraining bleiben aus deinen Plänen heraus, bis du erfasst, dass dich eine Fachperson untersucht hat: stridewise log cleared --date JJJJ-MM-TT [--note …].</translation>
        </message>
        <message>
            <source>Running days wanted a week, 2–5.</source>
            <translation>Gewünschte Lauftage pro Woche, 2–5.</translation>
        </message>
        <message>
            <source>Running days wanted:  %1</source>
            <translation>Gewünschte Lauftage:  %1</translation>
        </message>
        <message>
            <source>Running minutes in a typical recent week.</source>
            <translation>Laufminuten in einer typischen Woche der letzten Zeit.</translation>
        </message>
        <message>
            <source>Running per week:     %1 min</source>
            <translation>Laufen pro Woche:     %1 min</translation>
        </message>
        <message>
            <source>Running: %1 min planned; your level %2 min, your goal %3 min.</source>
            <translation>Laufen: %1 min geplant; dein Niveau %2 min, dein Ziel %3 min.</translation>
        </message>
        <message>
            <source>Saved back pain %1/10 for %2.</source>
            <translation>Rückenschmerz %1/10 für %2 gespeichert.</translation>
        </message>
        <message>
            <source>Saved shoe #%1.</source>
            <translation>Schuh #%1 gespeichert.</translation>
        </message>
        <message>
            <source>Session #%1 is already recorded as %2. Add --replace to overwrite it.</source>
            <translation>Einheit #%1 ist schon als %2 erfasst. Mit --replace wird sie überschrieben.</translation>
        </message>
        <message>
            <source>Shoe #%1 is now the default: imported runs get it.</source>
            <translation>Schuh #%1 ist jetzt der Standardschuh: importierte Läufe bekommen ihn.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Diese Hilfe anzeigen.</translation>
        </message>
        <message>
            <source>Shown: %1</source>
            <translation>Angezeigt: %1</translation>
        </message>
        <message>
            <source>Spike runs (more than 10 % longer than the longest run of the 30 days before)</source>
            <translation>Sprungläufe (mehr als 10 % länger als der längste Lauf der 30 Tage davor)</translation>
        </message>
        <message>
            <source>Stridewise · week %1</source>
            <translation>Stridewise · Woche %1</translation>
        </message>
        <message>
            <source>The PDF file to write.</source>
            <translation>Die PDF-Datei, die geschrieben wird.</translation>
        </message>
        <message>
            <source>The Stridewise window has this file open and shows the reminders itself.</source>
            <translation>Das Stridewise-Fenster hat diese Datei geöffnet und zeigt die Erinnerungen selbst.</translation>
        </message>
        <message>
            <source>The activity of recordings whose sport is not run, walk, cycle or swim: run, walk, cycle or swim.</source>
            <translation>Die Aktivität von Aufzeichnungen, deren Sportart nicht Laufen, Gehen, Radfahren oder Schwimmen ist: run, walk, cycle oder swim.</translation>
        </message>
        <message>
            <source>The backup to restore.</source>
            <translation>Die wiederherzustellende Sicherung.</translation>
        </message>
        <message>
            <source>The calendar has moved to %1: use that address from now on.</source>
            <translation>Der Kalender ist nach %1 umgezogen: verwende ab jetzt diese Adresse.</translation>
        </message>
        <message>
            <source>The calendar's CalDAV address (https://…/calendars/you/training/).</source>
            <translation>Die CalDAV-Adresse des Kalenders (https://…/calendars/you/training/).</translation>
        </message>
        <message>
            <source>The database file (default: your own).</source>
            <translation>Die Datenbankdatei (Standard: deine eigene).</translation>
        </message>
        <message>
            <source>The day it was retired, YYYY-MM-DD (default: today).</source>
            <translation>Der Tag der Ausmusterung, JJJJ-MM-TT (Standard: heute).</translation>
        </message>
        <message>
            <source>The day you started running in it, YYYY-MM-DD.</source>
            <translation>Der Tag, an dem du mit dem Schuh angefangen hast, JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>The file as it was before is kept as %1.</source>
            <translation>Die Datei, wie sie vorher war, ist als %1 aufbewahrt.</translation>
        </message>
        <message>
            <source>The file to write.</source>
            <translation>Die Datei, die geschrieben wird.</translation>
        </message>
        <message>
            <source>The newest good backup is %1 (made %2). To restore it (the current file is kept as a backup):</source>
            <translation>Die neueste gute Sicherung ist %1 (angelegt %2). So stellst du sie wieder her (die aktuelle Datei wird als Sicherung aufbewahrt):</translation>
        </message>
        <message>
            <source>The ratio (acute ÷ chronic) is shown as context, not a verdict: the evidence that it predicts injury is disputed, and in runners it did not flag risk.</source>
            <translation>Das Verhältnis (akut ÷ chronisch) ist Kontext, kein Urteil: Ob es Verletzungen vorhersagt, ist umstritten, und bei Läuferinnen und Läufern zeigte es kein Risiko an.</translation>
        </message>
        <message>
            <source>The red-flag symptoms logged before for that day (%1) were removed from it.</source>
            <translation>Die für diesen Tag zuvor erfassten Warnsymptome (%1) wurden entfernt.</translation>
        </message>
        <message>
            <source>The shoe a run was done in: its #number or name (none: no shoe).</source>
            <translation>Der Schuh, in dem ein Lauf gemacht wurde: seine #Nummer oder sein Name (none: kein Schuh).</translation>
        </message>
        <message>
            <source>There is already a pain entry for %1: %2. Add --replace to overwrite it.</source>
            <translation>Für %1 gibt es schon einen Schmerzeintrag: %2. Mit --replace wird er überschrieben.</translation>
        </message>
        <message>
            <source>There is no Stridewise database at %1 yet. Set up your profile first: stridewise profile set …</source>
            <translation>Unter %1 gibt es noch keine Stridewise-Datenbank. Lege zuerst dein Profil an: stridewise profile set …</translation>
        </message>
        <message>
            <source>There is no good backup of it in %1.</source>
            <translation>In %1 gibt es keine gute Sicherung davon.</translation>
        </message>
        <message>
            <source>There is no shoe "%1" (stridewise shoes lists them).</source>
            <translation>Es gibt keinen Schuh „%1“ (stridewise shoes listet sie auf).</translation>
        </message>
        <message>
            <source>This changes the rest of this week; re-plan it with: stridewise plan --replan</source>
            <translation>Das ändert den Rest dieser Woche; plane ihn neu mit: stridewise plan --replan</translation>
        </message>
        <message>
            <source>Ticked #%1 %2 on %3: %4 min, effort %5/10.</source>
            <translation>#%1 %2 am %3 abgehakt: %4 min, Anstrengung %5/10.</translation>
        </message>
        <message>
            <source>Today, YYYY-MM-DD (default: the computer's date).</source>
            <translation>Heute, JJJJ-MM-TT (Standard: das Datum des Computers).</translation>
        </message>
        <message>
            <source>Training and back-pain log, %1 to %2</source>
            <translation>Trainings- und Rückenschmerzprotokoll, %1 bis %2</translation>
        </message>
        <message>
            <source>Training load and back pain, %1 to %2</source>
            <translation>Trainingsbelastung und Rückenschmerz, %1 bis %2</translation>
        </message>
        <message>
            <source>Treat this as the time now (HH:MM), for scripts and tests.</source>
            <translation>Diese Uhrzeit als jetzt nehmen (HH:MM), für Skripte und Tests.</translation>
        </message>
        <message>
            <source>Treat this date as today (YYYY-MM-DD), for scripts and tests.</source>
            <translation>Dieses Datum als heute nehmen (JJJJ-MM-TT), für Skripte und Tests.</translation>
        </message>
        <message>
            <source>Treat this day as today, YYYY-MM-DD (default: today).</source>
            <translation>Diesen Tag als heute nehmen, JJJJ-MM-TT (Standard: heute).</translation>
        </message>
        <message>
            <source>Trust this certificate too (your own server's, PEM or DER).</source>
            <translation>Diesem Zertifikat zusätzlich vertrauen (dem deines eigenen Servers, PEM oder DER).</translation>
        </message>
        <message>
            <source>URGENT: </source>
            <translation>DRINGEND: </translation>
        </message>
        <message>
            <source>Wait this many seconds for Done or Later (default: 1200, as long as a reminder stays up; 0: do not wait).</source>
            <translation>So viele Sekunden auf „Erledigt“ oder „Später“ warten (Standard: 1200, so lange bleibt eine Erinnerung stehen; 0: nicht warten).</translation>
        </message>
        <message>
            <source>Weekday time:         %1 min</source>
            <translation>Zeit an Werktagen:    %1 min</translation>
        </message>
        <message>
            <source>Weekend-day time:     %1 min</source>
            <translation>Zeit am Wochenende:   %1 min</translation>
        </message>
        <message>
            <source>Weekly running goal:  %1 min</source>
            <translation>Laufziel pro Woche:   %1 min</translation>
        </message>
        <message>
            <source>Weekly running goal:  %1 min (the default)</source>
            <translation>Laufziel pro Woche:   %1 min (der Standard)</translation>
        </message>
        <message>
            <source>Weekly running minutes to build up to; 0 for the default (your running minutes, or 90 for new runners).</source>
            <translation>Wöchentliche Laufminuten, auf die du hinarbeitest; 0 für den Standard (deine Laufminuten oder 90 für Laufanfänger).</translation>
        </message>
        <message>
            <source>Weeks (load in effort·min; monotony and strain after Foster 1998, whole weeks only)</source>
            <translation>Wochen (Belastung in Anstrengung·min; Monotonie und Beanspruchung nach Foster 1998, nur ganze Wochen)</translation>
        </message>
        <message>
            <source>Why a session was skipped.</source>
            <translation>Warum eine Einheit ausgelassen wurde.</translation>
        </message>
        <message>
            <source>Wrote %1 weeks of demo data (%2 to %3) to %4 in %5 s.</source>
            <translation>%1 Wochen Demodaten (%2 bis %3) in %5 s nach %4 geschrieben.</translation>
        </message>
        <message>
            <source>Wrote the week %1 (%2, one page) to %3.</source>
            <translation>Woche %1 (%2, eine Seite) nach %3 geschrieben.</translation>
        </message>
        <message>
            <source>Your time zone, e.g. Europe/Berlin (default: this computer's).</source>
            <translation>Deine Zeitzone, z. B. Europe/Berlin (Standard: die dieses Computers).</translation>
        </message>
        <message>
            <source>Your user name on the calendar server.</source>
            <translation>Dein Benutzername auf dem Kalenderserver.</translation>
        </message>
        <message>
            <source>a4 or letter (default: from the locale).</source>
            <translation>a4 oder letter (Standard: aus den Spracheinstellungen).</translation>
        </message>
        <message>
            <source>activities</source>
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>acute</source>
            <translation>akut</translation>
        </message>
        <message>
            <source>backup: unexpected argument "%1".</source>
            <translation>backup: unerwartetes Argument „%1“.</translation>
        </message>
        <message>
            <source>calendar publish needs --url, --user and --password-file.</source>
            <translation>calendar publish braucht --url, --user und --password-file.</translation>
        </message>
        <message>
            <source>calendar: use "calendar publish --url URL --user NAME --password-file FILE --from D --to D".</source>
            <translation>calendar: verwende „calendar publish --url URL --user NAME --password-file FILE --from D --to D“.</translation>
        </message>
        <message>
            <source>chronic</source>
            <translation>chronisch</translation>
        </message>
        <message>
            <source>copy the database into the backups folder beside it (--list: show them)</source>
            <translation>die Datenbank in den Sicherungsordner daneben kopieren (--list: Sicherungen zeigen)</translation>
        </message>
        <message>
            <source>count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>csv: sessions (what was done or skipped) or pain (the daily log).</source>
            <translation>csv: sessions (was erledigt oder ausgelassen wurde) oder pain (das tägliche Schmerzprotokoll).</translation>
        </message>
        <message>
            <source>date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>demo needs --db PATH: demo data goes into a separate file, never your own.</source>
            <translation>demo braucht --db PFAD: Demodaten kommen in eine eigene Datei, nie in deine.</translation>
        </message>
        <message>
            <source>demo: unexpected argument "%1".</source>
            <translation>demo: unerwartetes Argument „%1“.</translation>
        </message>
        <message>
            <source>done, %1 min, effort %2/10</source>
            <translation>erledigt, %1 min, Anstrengung %2/10</translation>
        </message>
        <message>
            <source>done: %1 min, effort %2/10</source>
            <translation>erledigt: %1 min, Anstrengung %2/10</translation>
        </message>
        <message>
            <source>effort</source>
            <translation>Anstrengung</translation>
        </message>
        <message>
            <source>export csv needs --what sessions or --what pain.</source>
            <translation>export csv braucht --what sessions oder --what pain.</translation>
        </message>
        <message>
            <source>export pdf needs --out FILE.pdf.</source>
            <translation>export pdf braucht --out FILE.pdf.</translation>
        </message>
        <message>
            <source>export: use "export ics", "export csv" or "export pdf" (see stridewise export --help).</source>
            <translation>export: verwende „export ics“, „export csv“ oder „export pdf“ (siehe stridewise export --help).</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>fill a new database file with realistic demo data</source>
            <translation>eine neue Datenbankdatei mit realistischen Demodaten füllen</translation>
        </message>
        <message>
            <source>format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>ics, csv or pdf</source>
            <translation>ics, csv oder pdf</translation>
        </message>
        <message>
            <source>ics: include the twice-daily hamstring stretch.</source>
            <translation>ics: die zweimal tägliche Dehnung der hinteren Oberschenkel aufnehmen.</translation>
        </message>
        <message>
            <source>ics: the runner's time zone, e.g. Europe/Berlin (default: this computer's).</source>
            <translation>ics: die Zeitzone der Läuferin oder des Läufers, z. B. Europe/Berlin (Standard: die dieses Computers).</translation>
        </message>
        <message>
            <source>import needs at least one file or folder.</source>
            <translation>import braucht mindestens eine Datei oder einen Ordner.</translation>
        </message>
        <message>
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <source>level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>list (default), add NAME, edit SHOE, retire SHOE, default SHOE</source>
            <translation>list (Standard), add NAME, edit SCHUH, retire SCHUH, default SCHUH</translation>
        </message>
        <message>
            <source>list, add, edit, retire your shoes or choose the default; km and pain by shoe</source>
            <translation>deine Schuhe auflisten, hinzufügen, bearbeiten, ausmustern oder den Standardschuh wählen; km und Schmerz je Schuh</translation>
        </message>
        <message>
            <source>log %1: "%2" is not a session id (the #number that plan prints).</source>
            <translation>log %1: „%2“ ist keine Einheiten-ID (die #Nummer, die plan ausgibt).</translation>
        </message>
        <message>
            <source>log back pain for a day, or a session as done or skipped</source>
            <translation>Rückenschmerz für einen Tag erfassen oder eine Einheit als erledigt oder ausgelassen</translation>
        </message>
        <message>
            <source>log done needs --%1.</source>
            <translation>log done braucht --%1.</translation>
        </message>
        <message>
            <source>log done needs --minutes: session #%1 has no recorded minutes to keep.</source>
            <translation>log done braucht --minutes: Einheit #%1 hat keine aufgezeichneten Minuten, die bleiben könnten.</translation>
        </message>
        <message>
            <source>log pain needs --score, 0–10.</source>
            <translation>log pain braucht --score, 0–10.</translation>
        </message>
        <message>
            <source>log: use "log pain --score N", "log done SESSION_ID --minutes N --rpe N", "log skip SESSION_ID" or "log cleared --date YYYY-MM-DD".</source>
            <translation>log: nimm „log pain --score N“, „log done SESSION_ID --minutes N --rpe N“, „log skip SESSION_ID“ oder „log cleared --date JJJJ-MM-TT“.</translation>
        </message>
        <message>
            <source>low-imp.</source>
            <translation>schonend</translation>
        </message>
        <message>
            <source>make (if needed) and print a week's plan</source>
            <translation>den Plan einer Woche erstellen (falls nötig) und ausgeben</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>monotony</source>
            <translation>Monotonie</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>new, returning or regular.</source>
            <translation>new, returning oder regular.</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>no back pain logged</source>
            <translation>kein Rückenschmerz erfasst</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>pain</source>
            <translation>Schmerz</translation>
        </message>
        <message>
            <source>pain %1</source>
            <translation>Schmerz %1</translation>
        </message>
        <message>
            <source>pain (mean/10, days)</source>
            <translation>Schmerz (Mittel/10, Tage)</translation>
        </message>
        <message>
            <source>pain, cleared, done SESSION_ID or skip SESSION_ID</source>
            <translation>pain, cleared, done SESSION_ID oder skip SESSION_ID</translation>
        </message>
        <message>
            <source>path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>pdf: a4 or letter (default: from the locale).</source>
            <translation>pdf: a4 oder letter (Standard: aus den Spracheinstellungen).</translation>
        </message>
        <message>
            <source>pdf: the week to print, e.g. 2026-W49 (default: this week).</source>
            <translation>pdf: die zu druckende Woche, z. B. 2026-W49 (Standard: diese Woche).</translation>
        </message>
        <message>
            <source>plan: unexpected argument "%1".</source>
            <translation>plan: unerwartetes Argument „%1“.</translation>
        </message>
        <message>
            <source>plan: use --regenerate or --replan, not both.</source>
            <translation>plan: nimm --regenerate oder --replan, nicht beides.</translation>
        </message>
        <message>
            <source>print training load, pain and their relationship for a date range</source>
            <translation>Trainingsbelastung, Schmerz und ihren Zusammenhang für einen Zeitraum ausgeben</translation>
        </message>
        <message>
            <source>profile: use "show" or "set", not "%1".</source>
            <translation>profile: nimm „show“ oder „set“, nicht „%1“.</translation>
        </message>
        <message>
            <source>publish</source>
            <translation>publish</translation>
        </message>
        <message>
            <source>publish the planned weeks to your CalDAV calendar</source>
            <translation>die geplanten Wochen in deinem CalDAV-Kalender veröffentlichen</translation>
        </message>
        <message>
            <source>ratio</source>
            <translation>Verhältnis</translation>
        </message>
        <message>
            <source>red flag</source>
            <translation>Warnsymptom</translation>
        </message>
        <message>
            <source>remind: unexpected argument "%1".</source>
            <translation>remind: unerwartetes Argument „%1“.</translation>
        </message>
        <message>
            <source>replace the database with a backup FILE, keeping the current one</source>
            <translation>die Datenbank durch eine Sicherungsdatei ersetzen; die aktuelle wird aufbewahrt</translation>
        </message>
        <message>
            <source>report needs --out FILE.pdf.</source>
            <translation>report braucht --out FILE.pdf.</translation>
        </message>
        <message>
            <source>report: unexpected "%1" (see stridewise report --help).</source>
            <translation>report: unerwartetes „%1“ (siehe stridewise report --help).</translation>
        </message>
        <message>
            <source>restore needs one backup file, e.g. stridewise restore %1</source>
            <translation>restore braucht genau eine Sicherungsdatei, z. B. stridewise restore %1</translation>
        </message>
        <message>
            <source>restore: cannot read %1: %2</source>
            <translation>restore: %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>restore: there is no backup file %1.</source>
            <translation>restore: es gibt keine Sicherungsdatei %1.</translation>
        </message>
        <message>
            <source>running</source>
            <translation>Laufen</translation>
        </message>
        <message>
            <source>score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <source>shoe</source>
            <translation>Schuh</translation>
        </message>
        <message>
            <source>shoes: use "shoes", "shoes add NAME", "shoes edit SHOE", "shoes retire SHOE" or "shoes default SHOE".</source>
            <translation>shoes: nimm „shoes“, „shoes add NAME“, „shoes edit SCHUH“, „shoes retire SCHUH“ oder „shoes default SCHUH“.</translation>
        </message>
        <message>
            <source>show or set</source>
            <translation>show oder set</translation>
        </message>
        <message>
            <source>show or set the runner's profile</source>
            <translation>das Profil der Läuferin oder des Läufers zeigen oder setzen</translation>
        </message>
        <message>
            <source>show the stretch and run reminders due now as desktop notifications (Done, Later)</source>
            <translation>die jetzt fälligen Dehn- und Lauferinnerungen als Desktop-Benachrichtigungen zeigen (Erledigt, Später)</translation>
        </message>
        <message>
            <source>size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>ausgelassen</translation>
        </message>
        <message>
            <source>skipped, with a reason</source>
            <translation>ausgelassen, mit Grund</translation>
        </message>
        <message>
            <source>spike run</source>
            <translation>Sprunglauf</translation>
        </message>
        <message>
            <source>stats: unexpected argument "%1".</source>
            <translation>stats: unerwartetes Argument „%1“.</translation>
        </message>
        <message>
            <source>strain</source>
            <translation>Beanspruchung</translation>
        </message>
        <message>
            <source>strength</source>
            <translation>Kraft</translation>
        </message>
        <message>
            <source>stridewise backup [--list]
Makes a consistent copy of the database in the backups folder beside it.</source>
            <translation>stridewise backup [--list]
Legt eine in sich stimmige Kopie der Datenbank im Sicherungsordner daneben an.</translation>
        </message>
        <message>
            <source>stridewise calendar publish --url URL --user NAME --password-file FILE --from 2026-11-30 --to 2026-12-27 [--today D] [--time-zone ZONE] [--with-stretches] [--ca-cert FILE]
Makes the calendar mirror the planned sessions from this week on: creates, updates and deletes Stridewise's own events only.</source>
            <translation>stridewise calendar publish --url URL --user NAME --password-file FILE --from 2026-11-30 --to 2026-12-27 [--today D] [--time-zone ZONE] [--with-stretches] [--ca-cert FILE]
Lässt den Kalender die geplanten Einheiten ab dieser Woche spiegeln: erstellt, aktualisiert und löscht nur die eigenen Termine von Stridewise.</translation>
        </message>
        <message>
            <source>stridewise demo --weeks 12 --db demo.db [--seed 7] [--today 2026-11-30]
Fills a NEW database file with realistic demo data.</source>
            <translation>stridewise demo --weeks 12 --db demo.db [--seed 7] [--today 2026-11-30]
Füllt eine NEUE Datenbankdatei mit realistischen Demodaten.</translation>
        </message>
        <message>
            <source>stridewise export ics --from 2026-11-30 --to 2026-12-27 --out plan.ics [--with-stretches] [--time-zone ZONE]
stridewise export csv --what sessions|pain --from 2026-09-01 --to 2026-11-30 --out FILE.csv
stridewise export pdf --week 2026-W49 --out week.pdf [--page a4|letter]</source>
            <translation>stridewise export ics --from 2026-11-30 --to 2026-12-27 --out plan.ics [--with-stretches] [--time-zone ZONE]
stridewise export csv --what sessions|pain --from 2026-09-01 --to 2026-11-30 --out FILE.csv
stridewise export pdf --week 2026-W49 --out week.pdf [--page a4|letter]</translation>
        </message>
        <message>
            <source>stridewise import PATH… [--activity run|walk|cycle|swim] [--format text|json] [--today 2026-11-30] [--skip-bad-lines]
Ticks planned sessions from watch and phone recordings (FIT, TCX, GPX) and from CSV files of completed activities (columns date, activity, minutes, and optionally effort, distance_km, note); folders are searched recursively for watch files. Importing a file again changes nothing.</source>
            <translation>stridewise import PATH… [--activity run|walk|cycle|swim] [--format text|json] [--today 2026-11-30] [--skip-bad-lines]
Hakt geplante Einheiten anhand von Aufzeichnungen von Uhr und Handy (FIT, TCX, GPX) und von CSV-Dateien mit erledigten Aktivitäten ab (Spalten date, activity, minutes und optional effort, distance_km, note); Ordner werden rekursiv nach Dateien von Uhren durchsucht. Eine Datei erneut zu importieren ändert nichts.</translation>
        </message>
        <message>
            <source>stridewise log pain --date 2026-12-01 --score 3 [--symptom numbness] [--note …] [--replace]
stridewise log done SESSION_ID --minutes 35 --rpe 5 [--pain 2] [--note …] [--shoe SHOE] [--replace]
stridewise log done SESSION_ID --rpe 5 [--pain 2] --replace   (an imported session: keeps its minutes)
stridewise log skip SESSION_ID [--reason …] [--replace]
stridewise log cleared --date 2026-12-04 [--note …]   (a clinician has seen you about a red flag)
Each takes --today YYYY-MM-DD.</source>
            <translation>stridewise log pain --date 2026-12-01 --score 3 [--symptom numbness] [--note …] [--replace]
stridewise log done SESSION_ID --minutes 35 --rpe 5 [--pain 2] [--note …] [--shoe SCHUH] [--replace]
stridewise log done SESSION_ID --rpe 5 [--pain 2] --replace   (eine importierte Einheit: behält ihre Minuten)
stridewise log skip SESSION_ID [--reason …] [--replace]
stridewise log cleared --date 2026-12-04 [--note …]   (eine Fachperson hat dich wegen eines Warnzeichens untersucht)
Jeder davon nimmt --today JJJJ-MM-TT an.</translation>
        </message>
        <message>
            <source>stridewise plan [--week 2026-W49] [--format text|json] [--regenerate | --replan] [--today 2026-12-02]
A week is planned from today on: days already past get nothing.</source>
            <translation>stridewise plan [--week 2026-W49] [--format text|json] [--regenerate | --replan] [--today 2026-12-02]
Eine Woche wird ab heute geplant: bereits vergangene Tage bekommen nichts.</translation>
        </message>
        <message>
            <source>stridewise profile show|set [options]</source>
            <translation>stridewise profile show|set [Optionen]</translation>
        </message>
        <message>
            <source>stridewise remind [--today 2026-11-25] [--time 07:40] [--wait SECONDS] [--format json]

Shows the stretch and run reminders due now as desktop notifications and exits. With Done or Later on a reminder it waits for the answer: Done ticks the stretch, Later brings it back in 30 minutes (twice at most).</source>
            <translation>stridewise remind [--today 2026-11-25] [--time 07:40] [--wait SEKUNDEN] [--format json]

Zeigt die jetzt fälligen Dehn- und Lauferinnerungen als Desktop-Benachrichtigungen und beendet sich. Bietet eine Erinnerung „Erledigt“ oder „Später“ an, wartet der Befehl auf die Antwort: „Erledigt“ hakt die Dehnung ab, „Später“ bringt sie in 30 Minuten wieder (höchstens zweimal).</translation>
        </message>
        <message>
            <source>stridewise report --from 2026-06-01 --to 2026-11-30 --out report.pdf [--page a4|letter]
A report for your clinician: the pain-versus-load chart, a weekly table, the symptoms you logged and what the plan changed. At most two pages for half a year.</source>
            <translation>stridewise report --from 2026-06-01 --to 2026-11-30 --out report.pdf [--page a4|letter]
Ein Bericht für deine Ärztin oder deinen Arzt: das Diagramm Schmerz gegen Belastung, eine Wochentabelle, die erfassten Symptome und was der Plan geändert hat. Höchstens zwei Seiten für ein halbes Jahr.</translation>
        </message>
        <message>
            <source>stridewise restore FILE
Replaces the database with a backup; the current file is kept as a backup first.</source>
            <translation>stridewise restore DATEI
Ersetzt die Datenbank durch eine Sicherung; die aktuelle Datei wird vorher als Sicherung aufbewahrt.</translation>
        </message>
        <message>
            <source>stridewise shoes [list] [--format json]
stridewise shoes add NAME [--comfort 1-5] [--started DATE] [--retire-km 700] [--default]
stridewise shoes edit SHOE [--name NAME] [--comfort 1-5] [--started DATE] [--retire-km KM]
stridewise shoes retire SHOE [--date DATE]
stridewise shoes default SHOE
SHOE is the #number that list prints, or the shoe's name. Imported runs get the default shoe; log done SESSION_ID --shoe SHOE sets another.</source>
            <translation>stridewise shoes [list] [--format json]
stridewise shoes add NAME [--comfort 1-5] [--started DATUM] [--retire-km 700] [--default]
stridewise shoes edit SCHUH [--name NAME] [--comfort 1-5] [--started DATUM] [--retire-km KM]
stridewise shoes retire SCHUH [--date DATUM]
stridewise shoes default SCHUH
SCHUH ist die #Nummer, die list ausgibt, oder der Name des Schuhs. Importierte Läufe bekommen den Standardschuh; log done SESSION_ID --shoe SCHUH setzt einen anderen.</translation>
        </message>
        <message>
            <source>stridewise stats --from 2026-09-01 --to 2026-11-30 [--format text|json]</source>
            <translation>stridewise stats --from 2026-09-01 --to 2026-11-30 [--format text|json]</translation>
        </message>
        <message>
            <source>stridewise: note: %1</source>
            <translation>stridewise: Hinweis: %1</translation>
        </message>
        <message>
            <source>stridewise: warning: %1</source>
            <translation>stridewise: Warnung: %1</translation>
        </message>
        <message>
            <source>symptom</source>
            <translation>Symptom</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>text (default) or json.</source>
            <translation>text (Standard) oder json.</translation>
        </message>
        <message>
            <source>there is no profile yet; set one with: stridewise profile set --experience returning --run-minutes 60 …</source>
            <translation>es gibt noch kein Profil; lege eines an mit: stridewise profile set --experience returning --run-minutes 60 …</translation>
        </message>
        <message>
            <source>tick planned sessions from FIT, TCX or GPX recordings (files or folders)</source>
            <translation>geplante Einheiten anhand von FIT-, TCX- oder GPX-Aufzeichnungen abhaken (Dateien oder Ordner)</translation>
        </message>
        <message>
            <source>time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>total</source>
            <translation>gesamt</translation>
        </message>
        <message>
            <source>unknown command "%1". Run stridewise --help for the list.</source>
            <translation>unbekannter Befehl „%1“. stridewise --help zeigt die Liste.</translation>
        </message>
        <message>
            <source>url</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>Wochen</translation>
        </message>
        <message>
            <source>what</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>why: %1</source>
            <translation>warum: %1</translation>
        </message>
        <message>
            <source>write a PDF report of training and back pain for your clinician</source>
            <translation>einen PDF-Bericht über Training und Rückenschmerzen für deine Ärztin oder deinen Arzt schreiben</translation>
        </message>
        <message>
            <source>write the plan as iCalendar (ics), the log as CSV, or a week as a PDF to print</source>
            <translation>den Plan als iCalendar (ics), das Protokoll als CSV oder eine Woche als PDF zum Ausdrucken schreiben</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>yes or no: a disc problem or sciatica in the past (the stretch then warns about leg symptoms).</source>
            <translation>yes oder no: früher ein Bandscheibenproblem oder Ischias (die Dehnung warnt dann vor Beinbeschwerden).</translation>
        </message>
        <message>
            <source>yes|no</source>
            <translation>yes|no</translation>
        </message>
        <message>
            <source>zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>ρ = %1 over %2 paired days</source>
            <translation>ρ = %1 über %2 gepaarte Tage</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ClinicianReport</name>
        <message>
            <source>The range %1 to %2 is empty: the end must not be before the start.</source>
            <translation>Der Zeitraum %1 bis %2 ist leer: das Ende darf nicht vor dem Anfang liegen.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Commands</name>
        <message>
            <source>Add %1</source>
            <translation>%1 hinzufügen</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>%1 ändern</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>%1 löschen</translation>
        </message>
        <message>
            <source>Edit shoes</source>
            <translation>Schuhe bearbeiten</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>%1 importieren</translation>
        </message>
        <message>
            <source>Import %n activities</source>
            <translation>%n Aktivitäten importieren</translation>
        </message>
        <message>
            <source>Import %n files</source>
            <translation>%n Dateien importieren</translation>
        </message>
        <message>
            <source>Import 1 activity</source>
            <translation>1 Aktivität importieren</translation>
        </message>
        <message>
            <source>Log back pain for %1</source>
            <translation>Rückenschmerz für %1 erfassen</translation>
        </message>
        <message>
            <source>Move %1 to %2</source>
            <translation>%1 auf %2 verschieben</translation>
        </message>
        <message>
            <source>Redone: %1</source>
            <translation>Wiederholt: %1</translation>
        </message>
        <message>
            <source>Saved: %1 added.</source>
            <translation>Gespeichert: %1 hinzugefügt.</translation>
        </message>
        <message>
            <source>Saved: %1 deleted.</source>
            <translation>Gespeichert: %1 gelöscht.</translation>
        </message>
        <message>
            <source>Saved: %1 done, %2 min.</source>
            <translation>Gespeichert: %1 erledigt, %2 min.</translation>
        </message>
        <message>
            <source>Saved: %1 moved to %2.</source>
            <translation>Gespeichert: %1 auf %2 verschoben.</translation>
        </message>
        <message>
            <source>Saved: %1 no longer ticked.</source>
            <translation>Gespeichert: %1 nicht mehr abgehakt.</translation>
        </message>
        <message>
            <source>Saved: %1 skipped.</source>
            <translation>Gespeichert: %1 ausgelassen.</translation>
        </message>
        <message>
            <source>Saved: back pain %1/10 for %2.</source>
            <translation>Gespeichert: Rückenschmerz %1/10 für %2.</translation>
        </message>
        <message>
            <source>Saved: changes to %1.</source>
            <translation>Gespeichert: Änderungen an %1.</translation>
        </message>
        <message>
            <source>Saved: your shoes.</source>
            <translation>Gespeichert: deine Schuhe.</translation>
        </message>
        <message>
            <source>Skip %1</source>
            <translation>%1 auslassen</translation>
        </message>
        <message>
            <source>Tick off %1</source>
            <translation>%1 abhaken</translation>
        </message>
        <message>
            <source>Undone: %1</source>
            <translation>Rückgängig gemacht: %1</translation>
        </message>
        <message>
            <source>Undone: the shoe edit.</source>
            <translation>Rückgängig gemacht: die Schuhbearbeitung.</translation>
        </message>
        <message>
            <source>Untick %1</source>
            <translation>Haken bei %1 entfernen</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::CompletionDialog</name>
        <message>
            <source>%1 (retired)</source>
            <translation>%1 (ausgemustert)</translation>
        </message>
        <message>
            <source>&amp;Effort:</source>
            <translation>&amp;Anstrengung:</translation>
        </message>
        <message>
            <source>&amp;Minutes:</source>
            <translation>&amp;Minuten:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <source>&amp;Save as done</source>
            <translation>Als erledigt &amp;speichern</translation>
        </message>
        <message>
            <source>0 is no pain, 10 the worst pain you can imagine.</source>
            <translation>0 ist kein Schmerz, 10 der schlimmste vorstellbare Schmerz.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · planned %3, %4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · geplant %3, %4</translation>
        </message>
        <message>
            <source>Actual minutes</source>
            <translation>Tatsächliche Minuten</translation>
        </message>
        <message>
            <source>Add your shoes in Edit ▸ Shoes… to count kilometres per shoe.</source>
            <translation>Trag deine Schuhe unter Bearbeiten ▸ Schuhe… ein, um die Kilometer pro Schuh zu zählen.</translation>
        </message>
        <message>
            <source>Back pain after, 0 to 10</source>
            <translation>Rückenschmerz danach, 0 bis 10</translation>
        </message>
        <message>
            <source>Back pain after:</source>
            <translation>Rückenschmerz danach:</translation>
        </message>
        <message>
            <source>Effort, 0 to 10</source>
            <translation>Anstrengung, 0 bis 10</translation>
        </message>
        <message>
            <source>How did it go? (optional)</source>
            <translation>Wie lief es? (optional)</translation>
        </message>
        <message>
            <source>Imported: how hard was it, and how is your back? Until you say, the planned effort counts.</source>
            <translation>Importiert: Wie anstrengend war es, und wie geht es deinem Rücken? Bis du es angibst, zählt die geplante Anstrengung.</translation>
        </message>
        <message>
            <source>No shoe named</source>
            <translation>Kein Schuh angegeben</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Recorded: %1 in %2 (%3).</source>
            <translation>Aufgezeichnet: %1 in %2 (%3).</translation>
        </message>
        <message>
            <source>Recorded: %1 in %2.</source>
            <translation>Aufgezeichnet: %1 in %2.</translation>
        </message>
        <message>
            <source>S&amp;hoe:</source>
            <translation>Sc&amp;huh:</translation>
        </message>
        <message>
            <source>Shoe</source>
            <translation>Schuh</translation>
        </message>
        <message>
            <source>The note has %1 characters; at most %2 fit.</source>
            <translation>Die Notiz hat %1 Zeichen; höchstens %2 passen.</translation>
        </message>
        <message>
            <source>The shoe this run was done in: its kilometres add up.</source>
            <translation>Der Schuh, in dem du diesen Lauf gemacht hast: seine Kilometer werden zusammengezählt.</translation>
        </message>
        <message>
            <source>Tick off: %1</source>
            <translation>Abhaken: %1</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Csv</name>
        <message>
            <source>a quote inside an unquoted field; put the whole field in quotes and double the quote</source>
            <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen; setz das ganze Feld in Anführungszeichen und verdopple das Anführungszeichen</translation>
        </message>
        <message>
            <source>a quoted field is never closed</source>
            <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
        </message>
        <message>
            <source>text after the closing quote of a field</source>
            <translation>Text nach dem schließenden Anführungszeichen eines Felds</translation>
        </message>
        <message>
            <source>the text is not UTF-8; save the file as UTF-8</source>
            <translation>der Text ist nicht UTF-8; speichere die Datei als UTF-8</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::DataActions</name>
        <message>
            <source>%1

Stridewise closes now. Start it again to be offered the newest good backup.</source>
            <translation>%1

Stridewise wird jetzt beendet. Starte es erneut, dann wird dir die neueste gute Sicherung angeboten.</translation>
        </message>
        <message>
            <source>&amp;Back Up Now</source>
            <translation>&amp;Jetzt sichern</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Wiederherstellen…</translation>
        </message>
        <message>
            <source>Backed up to %1</source>
            <translation>Gesichert nach %1</translation>
        </message>
        <message>
            <source>Go back to your data as it was when a backup was made</source>
            <translation>Zu deinen Daten zurückkehren, wie sie beim Anlegen einer Sicherung waren</translation>
        </message>
        <message>
            <source>Keep a copy of your data as it is now in the backups folder</source>
            <translation>Eine Kopie deiner Daten, wie sie jetzt sind, im Sicherungsordner ablegen</translation>
        </message>
        <message>
            <source>Look around with half a year of made-up training in a separate window; your own data is not touched</source>
            <translation>Sieh dich mit einem halben Jahr erfundenem Training in einem eigenen Fenster um; deine eigenen Daten bleiben unberührt</translation>
        </message>
        <message>
            <source>Making demo data: half a year of plans, ticks and back-pain logs…</source>
            <translation>Demodaten werden erstellt: ein halbes Jahr Pläne, Haken und Rückenschmerz-Einträge…</translation>
        </message>
        <message>
            <source>No Demo Data</source>
            <translation>Keine Demodaten</translation>
        </message>
        <message>
            <source>Not Backed Up</source>
            <translation>Nicht gesichert</translation>
        </message>
        <message>
            <source>Not Restored</source>
            <translation>Nicht wiederhergestellt</translation>
        </message>
        <message>
            <source>Not backed up: %1</source>
            <translation>Nicht gesichert: %1</translation>
        </message>
        <message>
            <source>Not restored: %1 Your data was left as it was.</source>
            <translation>Nicht wiederhergestellt: %1 Deine Daten blieben, wie sie waren.</translation>
        </message>
        <message>
            <source>Open &amp;Demo Data</source>
            <translation>&amp;Demodaten öffnen</translation>
        </message>
        <message>
            <source>Opening the demo data in a new window.</source>
            <translation>Die Demodaten werden in einem neuen Fenster geöffnet.</translation>
        </message>
        <message>
            <source>Replace your data with %1?

Your current data is kept as a backup first, so File ▸ Restore… can bring it back.</source>
            <translation>Deine Daten durch %1 ersetzen?

Deine aktuellen Daten werden vorher als Sicherung aufbewahrt, damit Datei ▸ Wiederherstellen… sie zurückholen kann.</translation>
        </message>
        <message>
            <source>Restore?</source>
            <translation>Wiederherstellen?</translation>
        </message>
        <message>
            <source>Restored from %1.</source>
            <translation>Aus %1 wiederhergestellt.</translation>
        </message>
        <message>
            <source>Restored from %1. Your data as it was before is kept as %2.</source>
            <translation>Aus %1 wiederhergestellt. Deine Daten, wie sie vorher waren, sind als %2 aufbewahrt.</translation>
        </message>
        <message>
            <source>Stridewise Cannot Open Your Data</source>
            <translation>Stridewise kann deine Daten nicht öffnen</translation>
        </message>
        <message>
            <source>The demo data could not be made: %1</source>
            <translation>Die Demodaten konnten nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>The demo data is already open in another window.</source>
            <translation>Die Demodaten sind schon in einem anderen Fenster geöffnet.</translation>
        </message>
        <message>
            <source>The demo data is ready in %1, but a new window could not be started.</source>
            <translation>Die Demodaten liegen in %1 bereit, aber ein neues Fenster konnte nicht gestartet werden.</translation>
        </message>
        <message>
            <source>This window already shows the demo data.</source>
            <translation>Dieses Fenster zeigt bereits die Demodaten.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Database</name>
        <message>
            <source>%1 already exists.</source>
            <translation>%1 gibt es schon.</translation>
        </message>
        <message>
            <source>%1 cannot be created: the folder cannot be written.</source>
            <translation>%1 kann nicht angelegt werden: in den Ordner kann nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>%1 cannot be opened: the disk is full. Nothing in it was lost; free some space and try again.</source>
            <translation>%1 kann nicht geöffnet werden: die Festplatte ist voll. Nichts darin ging verloren; schaffe etwas Platz und versuche es erneut.</translation>
        </message>
        <message>
            <source>%1 cannot be read as a database.</source>
            <translation>%1 kann nicht als Datenbank gelesen werden.</translation>
        </message>
        <message>
            <source>%1 cannot be read as a database: %2</source>
            <translation>%1 kann nicht als Datenbank gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 cannot be read here: Stridewise was stopped while saving to it, and finishing that needs write access (%2). Open it once where it can be written.</source>
            <translation>%1 kann hier nicht gelesen werden: Stridewise wurde beim Speichern unterbrochen, und um das abzuschließen, braucht es Schreibzugriff (%2). Öffne die Datei einmal dort, wo sie geschrieben werden kann.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 gibt es nicht.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a Stridewise database.</source>
            <translation>%1 ist ein Ordner, keine Stridewise-Datenbank.</translation>
        </message>
        <message>
            <source>%1 is damaged (while %2): %3</source>
            <translation>%1 ist beschädigt (beim %2): %3</translation>
        </message>
        <message>
            <source>%1 is damaged: %2</source>
            <translation>%1 ist beschädigt: %2</translation>
        </message>
        <message>
            <source>%1 is damaged: it is empty (0 bytes), but it held your data before. It was left as it is.</source>
            <translation>%1 ist beschädigt: die Datei ist leer (0 Bytes), enthielt aber vorher deine Daten. Sie blieb, wie sie ist.</translation>
        </message>
        <message>
            <source>%1 is damaged: its header is not valid.</source>
            <translation>%1 ist beschädigt: ihr Kopf ist ungültig.</translation>
        </message>
        <message>
            <source>%1 is damaged: the file is cut short (%2 bytes where %3 were written).</source>
            <translation>%1 ist beschädigt: die Datei ist abgeschnitten (%2 Bytes, wo %3 geschrieben wurden).</translation>
        </message>
        <message>
            <source>%1 is damaged: the file is cut short (%2 bytes).</source>
            <translation>%1 ist beschädigt: die Datei ist abgeschnitten (%2 Bytes).</translation>
        </message>
        <message>
            <source>%1 is empty (0 bytes): there is no data in it yet.</source>
            <translation>%1 ist leer (0 Bytes): es sind noch keine Daten darin.</translation>
        </message>
        <message>
            <source>%1 is missing, but it held your data before: it was moved or deleted outside Stridewise.</source>
            <translation>%1 fehlt, enthielt aber vorher deine Daten: sie wurde außerhalb von Stridewise verschoben oder gelöscht.</translation>
        </message>
        <message>
            <source>%1 is not a Stridewise database: it belongs to another program.</source>
            <translation>%1 ist keine Stridewise-Datenbank: sie gehört zu einem anderen Programm.</translation>
        </message>
        <message>
            <source>%1 is not a Stridewise database: it is not an SQLite database file at all.</source>
            <translation>%1 ist keine Stridewise-Datenbank: sie ist überhaupt keine SQLite-Datenbankdatei.</translation>
        </message>
        <message>
            <source>%1 is not a regular file (it is a device, pipe or socket): Stridewise keeps its data only in a regular file.</source>
            <translation>%1 ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein Socket): Stridewise speichert seine Daten nur in einer gewöhnlichen Datei.</translation>
        </message>
        <message>
            <source>%1 needs updating to this version of Stridewise, but it cannot be written.</source>
            <translation>%1 muss auf diese Stridewise-Version aktualisiert werden, kann aber nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>%1 was changed outside Stridewise and was not opened: %2 (data version %3). It was left unchanged.</source>
            <translation>%1 wurde außerhalb von Stridewise verändert und nicht geöffnet: %2 (Datenversion %3). Sie blieb unverändert.</translation>
        </message>
        <message>
            <source>%1 was not opened: the log file %2 beside it was not written by it (it comes from another file or an older copy), and applying it would mix other data in. Both were left unchanged. Move %2 away to open the file as it was last saved.</source>
            <translation>%1 wurde nicht geöffnet: die Protokolldatei %2 daneben stammt nicht von ihr (sondern von einer anderen Datei oder einer älteren Kopie), und sie anzuwenden würde fremde Daten untermischen. Beide blieben unverändert. Verschiebe %2, um die Datei so zu öffnen, wie sie zuletzt gespeichert wurde.</translation>
        </message>
        <message>
            <source>%1 was not updated to this version of Stridewise, because a backup could not be made first: %2</source>
            <translation>%1 wurde nicht auf diese Stridewise-Version aktualisiert, weil vorher keine Sicherung angelegt werden konnte: %2</translation>
        </message>
        <message>
            <source>%1 was not updated to this version of Stridewise: no time was given to name the backup made first.</source>
            <translation>%1 wurde nicht auf diese Stridewise-Version aktualisiert: es wurde keine Zeit angegeben, um die vorherige Sicherung zu benennen.</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Stridewise (data version %2; this version reads up to %3). It was left unchanged: update Stridewise to open it.</source>
            <translation>%1 wurde von einer neueren Stridewise-Version geschrieben (Datenversion %2; diese Version liest bis %3). Sie blieb unverändert: aktualisiere Stridewise, um sie zu öffnen.</translation>
        </message>
        <message>
            <source>Cannot create %1.</source>
            <translation>%1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Cannot open the copy %1: %2</source>
            <translation>Die Kopie %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Cannot read %1: %2.</source>
            <translation>%1 kann nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <source>Database error while %1: %2</source>
            <translation>Datenbankfehler beim %1: %2</translation>
        </message>
        <message>
            <source>No database file was given.</source>
            <translation>Es wurde keine Datenbankdatei angegeben.</translation>
        </message>
        <message>
            <source>Not saved: %1 is open read-only (%2).</source>
            <translation>Nicht gespeichert: %1 ist schreibgeschützt geöffnet (%2).</translation>
        </message>
        <message>
            <source>Not saved: %1 is read-only (while %2).</source>
            <translation>Nicht gespeichert: %1 ist schreibgeschützt (beim %2).</translation>
        </message>
        <message>
            <source>Not saved: a value is outside its allowed range (while %1): %2</source>
            <translation>Nicht gespeichert: ein Wert liegt außerhalb seines erlaubten Bereichs (beim %1): %2</translation>
        </message>
        <message>
            <source>Not saved: another program is writing to %1 (while %2). Try again in a moment.</source>
            <translation>Nicht gespeichert: ein anderes Programm schreibt gerade in %1 (beim %2). Versuche es gleich noch einmal.</translation>
        </message>
        <message>
            <source>Not saved: the disk is full (while %1).</source>
            <translation>Nicht gespeichert: die Festplatte ist voll (beim %1).</translation>
        </message>
        <message>
            <source>copying the database to %1</source>
            <translation>Kopieren der Datenbank nach %1</translation>
        </message>
        <message>
            <source>it has an extra %1</source>
            <translation>sie hat zusätzlich %1</translation>
        </message>
        <message>
            <source>it was opened for reading only</source>
            <translation>sie wurde nur zum Lesen geöffnet</translation>
        </message>
        <message>
            <source>its folder %1 cannot be written</source>
            <translation>in ihren Ordner %1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>marking the copy %1 as a file of its own</source>
            <translation>Kennzeichnen der Kopie %1 als eigene Datei</translation>
        </message>
        <message>
            <source>marking the file</source>
            <translation>Kennzeichnen der Datei</translation>
        </message>
        <message>
            <source>opening the file for reading</source>
            <translation>Öffnen der Datei zum Lesen</translation>
        </message>
        <message>
            <source>reading the file</source>
            <translation>Lesen der Datei</translation>
        </message>
        <message>
            <source>saving</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>setting up the database</source>
            <translation>Einrichten der Datenbank</translation>
        </message>
        <message>
            <source>starting to save</source>
            <translation>Beginn des Speicherns</translation>
        </message>
        <message>
            <source>switching to write-ahead logging</source>
            <translation>Umstellen auf Write-Ahead-Logging</translation>
        </message>
        <message>
            <source>the %1 is missing</source>
            <translation>%1 fehlt</translation>
        </message>
        <message>
            <source>the %1 is not as Stridewise makes it</source>
            <translation>%1 ist nicht so, wie Stridewise es anlegt</translation>
        </message>
        <message>
            <source>the file cannot be written</source>
            <translation>die Datei kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>updating the database</source>
            <translation>Aktualisieren der Datenbank</translation>
        </message>
        <message>
            <source>updating the database to version %1</source>
            <translation>Aktualisieren der Datenbank auf Version %1</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::DatabaseLock</name>
        <message>
            <source>%1 cannot be written: its folder %2 is read-only.</source>
            <translation>%1 kann nicht geschrieben werden: ihr Ordner %2 ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>%1 is in use by %2 (process %3 on %4). Close it first, then try again; nothing was changed.</source>
            <translation>%1 wird von %2 benutzt (Prozess %3 auf %4). Schließe es zuerst und versuche es dann erneut; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>%1 is in use by another Stridewise. Close it first, then try again; nothing was changed. If no Stridewise is running, delete %2 and try again.</source>
            <translation>%1 wird von einem anderen Stridewise benutzt. Schließe es zuerst und versuche es dann erneut; es wurde nichts geändert. Läuft kein Stridewise, lösche %2 und versuche es erneut.</translation>
        </message>
        <message>
            <source>Cannot lock %1 for writing.</source>
            <translation>%1 kann nicht zum Schreiben gesperrt werden.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::DatabaseOpener</name>
        <message>
            <source>Other people using this computer could read %n of your data files. Stridewise has made them readable only by you.</source>
            <translation>Andere Personen an diesem Computer konnten %n deiner Datendateien lesen. Stridewise hat sie nur für dich lesbar gemacht.</translation>
        </message>
        <message>
            <source>Other people using this computer could read one of your data files. Stridewise has made it readable only by you.</source>
            <translation>Andere Personen an diesem Computer konnten eine deiner Datendateien lesen. Stridewise hat sie nur für dich lesbar gemacht.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::DayColumn</name>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message>
            <source>%1, %2: %3</source>
            <translation>%1, %2: %3</translation>
        </message>
        <message>
            <source>, today</source>
            <translation>, heute</translation>
        </message>
        <message>
            <source>AM</source>
            <comment>morning stretch tick</comment>
            <translation>Morgens</translation>
        </message>
        <message>
            <source>Hamstring stretch on %1</source>
            <translation>Dehnung der hinteren Oberschenkel am %1</translation>
        </message>
        <message>
            <source>Hamstring stretch, twice a day: show how</source>
            <translation>Dehnung der hinteren Oberschenkel, zweimal am Tag: so geht’s</translation>
        </message>
        <message>
            <source>No plan</source>
            <translation>Kein Plan</translation>
        </message>
        <message>
            <source>Noon</source>
            <comment>midday stretch tick</comment>
            <translation>Mittag</translation>
        </message>
        <message>
            <source>PM</source>
            <comment>evening stretch tick</comment>
            <translation>Abends</translation>
        </message>
        <message>
            <source>Rest day</source>
            <translation>Ruhetag</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>dddd d MMMM</source>
            <comment>stretch tick: the day</comment>
            <translation>dddd, d. MMMM</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>not done yet</source>
            <translation>noch nicht erledigt</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::DemoData</name>
        <message>
            <source>%1 already holds data; demo data only goes into a new, empty file.</source>
            <translation>%1 enthält schon Daten; Demodaten kommen nur in eine neue, leere Datei.</translation>
        </message>
        <message>
            <source>Back too sore</source>
            <translation>Rücken zu wund</translation>
        </message>
        <message>
            <source>Busy at work</source>
            <translation>Viel Arbeit</translation>
        </message>
        <message>
            <source>Family day</source>
            <translation>Familientag</translation>
        </message>
        <message>
            <source>Felt good, kept going</source>
            <translation>Fühlte mich gut, bin weitergelaufen</translation>
        </message>
        <message>
            <source>Heavy rain</source>
            <translation>Starkregen</translation>
        </message>
        <message>
            <source>Pain down the left leg with numbness; booked a GP appointment.</source>
            <translation>Schmerz ins linke Bein mit Taubheit; Termin beim Hausarzt vereinbart.</translation>
        </message>
        <message>
            <source>Seen by the GP: no serious cause found; a gentle return agreed.</source>
            <translation>In der Hausarztpraxis untersucht: keine ernste Ursache gefunden; ein sanfter Wiedereinstieg vereinbart.</translation>
        </message>
        <message>
            <source>The demo needs a valid date for today.</source>
            <translation>Die Demo braucht ein gültiges Datum für heute.</translation>
        </message>
        <message>
            <source>The number of weeks %1 is outside 1–%2.</source>
            <translation>Die Anzahl der Wochen %1 liegt außerhalb von 1–%2.</translation>
        </message>
        <message>
            <source>Tired after a short night</source>
            <translation>Müde nach einer kurzen Nacht</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::DemoRepository</name>
        <message>
            <source>checking whether the database is empty</source>
            <translation>Prüfen, ob die Datenbank leer ist</translation>
        </message>
        <message>
            <source>saving the demo pain log for %1</source>
            <translation>Speichern des Demo-Schmerzeintrags für %1</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::DesktopNotifications</name>
        <message>
            <source>No notification service answers on the session bus (%1: %2). Start your desktop's notification daemon, or turn reminders off in Preferences.</source>
            <translation>Auf dem Sitzungsbus antwortet kein Benachrichtigungsdienst (%1: %2). Starte den Benachrichtigungsdienst deines Desktops oder schalte die Erinnerungen in den Einstellungen aus.</translation>
        </message>
        <message>
            <source>The notification service refused the reminder (%1).</source>
            <translation>Der Benachrichtigungsdienst hat die Erinnerung abgelehnt (%1).</translation>
        </message>
        <message>
            <source>There is no D-Bus session bus to show notifications on%1. Reminders need a desktop session.</source>
            <translation>Es gibt keinen D-Bus-Sitzungsbus für Benachrichtigungen%1. Erinnerungen brauchen eine Desktop-Sitzung.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::DistancePage</name>
        <message>
            <source>%1 (retired)</source>
            <translation>%1 (ausgemustert)</translation>
        </message>
        <message>
            <source>%1 of 5</source>
            <translation>%1 von 5</translation>
        </message>
        <message numerus="yes">
            <source>%n runs in this range have no distance.</source>
            <translation>
                <numerusform>1 Lauf in diesem Zeitraum hat keine Entfernung.</numerusform>
                <numerusform>%n Läufe in diesem Zeitraum haben keine Entfernung.</numerusform>
            </translation>
        </message>
        <message>
            <source>1 run in this range has no distance.</source>
            <translation>1 Lauf in diesem Zeitraum hat keine Entfernung.</translation>
        </message>
        <message>
            <source>Back pain the day after its runs</source>
            <translation>Rückenschmerz am Tag nach seinen Läufen</translation>
        </message>
        <message>
            <source>Back pain the day after runs, by shoe</source>
            <translation>Rückenschmerz am Tag nach Läufen, nach Schuh</translation>
        </message>
        <message>
            <source>Comfort (yours)</source>
            <translation>Komfort (deine Bewertung)</translation>
        </message>
        <message>
            <source>Could not read distances: %1</source>
            <translation>Entfernungen konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Distance</source>
            <translation>Entfernung</translation>
        </message>
        <message>
            <source>No recorded distance in this range yet. Import your watch's or phone's recordings (File ▸ Import Activities…) and their distance shows here.</source>
            <translation>In diesem Zeitraum gibt es noch keine aufgezeichnete Entfernung. Importiere die Aufzeichnungen deiner Uhr oder deines Handys (Datei ▸ Aktivitäten importieren…), dann erscheint ihre Entfernung hier.</translation>
        </message>
        <message>
            <source>No shoes yet: add them in Edit ▸ Shoes… to see kilometres and back pain the day after by shoe.</source>
            <translation>Noch keine Schuhe: trag sie unter Bearbeiten ▸ Schuhe… ein, um Kilometer und Rückenschmerz am Tag danach pro Schuh zu sehen.</translation>
        </message>
        <message>
            <source>Only recorded distance counts: sessions ticked by hand have minutes, not kilometres.</source>
            <translation>Nur aufgezeichnete Entfernung zählt: von Hand abgehakte Einheiten haben Minuten, keine Kilometer.</translation>
        </message>
        <message>
            <source>Recorded distance, %1 – %2</source>
            <translation>Aufgezeichnete Entfernung, %1 – %2</translation>
        </message>
        <message>
            <source>Shoe</source>
            <translation>Schuh</translation>
        </message>
        <message>
            <source>This describes your own runs; it does not show that a shoe helps or hurts.</source>
            <translation>Das beschreibt deine eigenen Läufe; es zeigt nicht, dass ein Schuh hilft oder schadet.</translation>
        </message>
        <message>
            <source>near %1 km</source>
            <translation>nahe %1 km</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>past %1 km</source>
            <translation>über %1 km</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ExportActions</name>
        <message>
            <source>%1 has no plan yet: plan it first (Plan ▸ Plan Week).</source>
            <translation>%1 hat noch keinen Plan: plane die Woche zuerst (Plan ▸ Diese Woche planen).</translation>
        </message>
        <message>
            <source>%1 has no plan yet: plan it first, then print it.</source>
            <translation>%1 hat noch keinen Plan: plane die Woche zuerst und drucke sie dann.</translation>
        </message>
        <message>
            <source>&amp;Calendar (iCalendar)…</source>
            <translation>&amp;Kalender (iCalendar)…</translation>
        </message>
        <message>
            <source>&amp;Print Week…</source>
            <translation>Woche &amp;drucken…</translation>
        </message>
        <message>
            <source>&amp;Report for My Clinician…</source>
            <translation>&amp;Bericht für meine Ärztin/meinen Arzt…</translation>
        </message>
        <message>
            <source>A PDF of your training and back-pain log to show your physiotherapist or doctor</source>
            <translation>Ein PDF deines Trainings- und Rückenschmerzprotokolls zum Vorzeigen in der Physiotherapie oder beim Arzt</translation>
        </message>
        <message>
            <source>Calendar &amp;Publishing…</source>
            <translation>Im Kalender &amp;veröffentlichen…</translation>
        </message>
        <message>
            <source>Calendar publishing is off.</source>
            <translation>Die Veröffentlichung im Kalender ist ausgeschaltet.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Export Calendar</source>
            <translation>Kalender exportieren</translation>
        </message>
        <message>
            <source>Keep your own calendar (CalDAV) showing the plan from this week on</source>
            <translation>Deinen eigenen Kalender (CalDAV) den Plan ab dieser Woche zeigen lassen</translation>
        </message>
        <message>
            <source>No Report</source>
            <translation>Kein Bericht</translation>
        </message>
        <message>
            <source>No data is open.</source>
            <translation>Es sind keine Daten geöffnet.</translation>
        </message>
        <message>
            <source>No sessions are planned from %1 to %2: plan those weeks first (Plan ▸ Plan Week).</source>
            <translation>Von %1 bis %2 sind keine Einheiten geplant: plane diese Wochen zuerst (Plan ▸ Diese Woche planen).</translation>
        </message>
        <message>
            <source>Not Exported</source>
            <translation>Nicht exportiert</translation>
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation>Nicht exportiert: %1</translation>
        </message>
        <message>
            <source>Not printed: %1</source>
            <translation>Nicht gedruckt: %1</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Password Not Saved</source>
            <translation>Passwort nicht gespeichert</translation>
        </message>
        <message>
            <source>Print Week %1</source>
            <translation>Woche %1 drucken</translation>
        </message>
        <message>
            <source>Print the week shown on one page, with tick boxes, for the fridge</source>
            <translation>Die angezeigte Woche auf einer Seite drucken, mit Kästchen zum Abhaken, für den Kühlschrank</translation>
        </message>
        <message>
            <source>Publish to Calendar &amp;Now</source>
            <translation>&amp;Jetzt im Kalender veröffentlichen</translation>
        </message>
        <message>
            <source>Report for My Clinician</source>
            <translation>Bericht für meine Ärztin/meinen Arzt</translation>
        </message>
        <message>
            <source>Save the planned sessions as an .ics file for your calendar program</source>
            <translation>Die geplanten Einheiten als .ics-Datei für dein Kalenderprogramm speichern</translation>
        </message>
        <message>
            <source>Send the plan to your calendar now instead of after the next change</source>
            <translation>Den Plan jetzt an deinen Kalender senden statt erst nach der nächsten Änderung</translation>
        </message>
        <message>
            <source>Stridewise · week %1</source>
            <translation>Stridewise · Woche %1</translation>
        </message>
        <message>
            <source>The calendar password was not saved, so publishing stays off: %1</source>
            <translation>Das Kalenderpasswort wurde nicht gespeichert, daher bleibt die Veröffentlichung ausgeschaltet: %1</translation>
        </message>
        <message>
            <source>The report was not saved: %1</source>
            <translation>Der Bericht wurde nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>This window has your data read-only; a calendar export keeps each session's event name in it, so export from a window that can save.</source>
            <translation>Dieses Fenster hat deine Daten schreibgeschützt geöffnet; ein Kalenderexport speichert darin die Terminkennung jeder Einheit, also exportiere aus einem Fenster, das speichern kann.</translation>
        </message>
        <message>
            <source>Training and back-pain log, %1 to %2</source>
            <translation>Trainings- und Rückenschmerzprotokoll, %1 bis %2</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar-Dateien (*.ics)</translation>
        </message>
        <message>
            <source>no password for %1 in your keyring; enter it in File ▸ Calendar Publishing….</source>
            <translation>kein Passwort für %1 in deinem Schlüsselbund; gib es unter Datei ▸ Im Kalender veröffentlichen… ein.</translation>
        </message>
        <message>
            <source>this window has your data read-only.</source>
            <translation>dieses Fenster hat deine Daten schreibgeschützt geöffnet.</translation>
        </message>
        <message>
            <source>your data is not open.</source>
            <translation>deine Daten sind nicht geöffnet.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ExportDialog</name>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>PDF &amp;speichern…</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>A PDF for your physiotherapist or doctor: the pain-versus-load chart, a table by week, the symptoms you logged and what the plan changed. It is your own log, not a diagnosis.</source>
            <translation>Ein PDF für deine Physiotherapie oder Arztpraxis: das Diagramm Schmerz gegen Belastung, eine Tabelle nach Wochen, die erfassten Symptome und was der Plan geändert hat. Es ist dein eigenes Protokoll, keine Diagnose.</translation>
        </message>
        <message>
            <source>At most a year at a time.</source>
            <translation>Höchstens ein Jahr auf einmal.</translation>
        </message>
        <message>
            <source>At most two years at a time.</source>
            <translation>Höchstens zwei Jahre auf einmal.</translation>
        </message>
        <message>
            <source>Export Calendar</source>
            <translation>Kalender exportieren</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>Include the twice-daily &amp;stretch</source>
            <translation>Die zweimal tägliche &amp;Dehnung aufnehmen</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Letzter Tag</translation>
        </message>
        <message>
            <source>Off by default: the stretch is better kept as a reminder than as two calendar events a day.</source>
            <translation>Standardmäßig aus: die Dehnung ist als Erinnerung besser aufgehoben als als zwei Kalendertermine pro Tag.</translation>
        </message>
        <message>
            <source>Report for My Clinician</source>
            <translation>Bericht für meine Ärztin/meinen Arzt</translation>
        </message>
        <message>
            <source>The last day is before the first.</source>
            <translation>Der letzte Tag liegt vor dem ersten.</translation>
        </message>
        <message>
            <source>Writes the planned sessions as an iCalendar file (.ics) that calendar programs import. Each session keeps its event: importing a newer export updates the events instead of adding them twice.</source>
            <translation>Schreibt die geplanten Einheiten als iCalendar-Datei (.ics), die Kalenderprogramme importieren. Jede Einheit behält ihren Termin: wenn du einen neueren Export importierst, werden die Termine aktualisiert, statt doppelt angelegt zu werden.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::FitReader</name>
        <message>
            <source>CRC mismatch: the file is damaged</source>
            <translation>CRC stimmt nicht: die Datei ist beschädigt</translation>
        </message>
        <message>
            <source>a FIT file of type %1, not an activity</source>
            <translation>eine FIT-Datei vom Typ %1, keine Aktivität</translation>
        </message>
        <message>
            <source>a course file, not an activity</source>
            <translation>eine Streckendatei, keine Aktivität</translation>
        </message>
        <message>
            <source>a device file, not an activity</source>
            <translation>eine Gerätedatei, keine Aktivität</translation>
        </message>
        <message>
            <source>a monitoring file, not an activity</source>
            <translation>eine Überwachungsdatei, keine Aktivität</translation>
        </message>
        <message>
            <source>a settings file, not an activity</source>
            <translation>eine Einstellungsdatei, keine Aktivität</translation>
        </message>
        <message>
            <source>a weight file, not an activity</source>
            <translation>eine Gewichtsdatei, keine Aktivität</translation>
        </message>
        <message>
            <source>a workout file, not an activity</source>
            <translation>eine Trainingsplandatei, keine Aktivität</translation>
        </message>
        <message>
            <source>cut short at byte %1</source>
            <translation>abgeschnitten bei Byte %1</translation>
        </message>
        <message>
            <source>cut short at byte %1 (its header promises %2 bytes)</source>
            <translation>abgeschnitten bei Byte %1 (ihr Kopf verspricht %2 Bytes)</translation>
        </message>
        <message>
            <source>damaged: a compressed timestamp before any full one at byte %1</source>
            <translation>beschädigt: ein komprimierter Zeitstempel vor dem ersten vollständigen bei Byte %1</translation>
        </message>
        <message>
            <source>damaged: a definition runs past the end of the data at byte %1</source>
            <translation>beschädigt: eine Definition reicht über das Ende der Daten hinaus bei Byte %1</translation>
        </message>
        <message>
            <source>damaged: a message runs past the end of the data at byte %1</source>
            <translation>beschädigt: eine Nachricht reicht über das Ende der Daten hinaus bei Byte %1</translation>
        </message>
        <message>
            <source>damaged: a message without its definition at byte %1</source>
            <translation>beschädigt: eine Nachricht ohne ihre Definition bei Byte %1</translation>
        </message>
        <message>
            <source>damaged: bytes after the end at byte %1 are not a FIT file</source>
            <translation>beschädigt: die Bytes nach dem Ende bei Byte %1 sind keine FIT-Datei</translation>
        </message>
        <message>
            <source>damaged: unknown byte order %1 at byte %2</source>
            <translation>beschädigt: unbekannte Bytereihenfolge %1 bei Byte %2</translation>
        </message>
        <message>
            <source>header CRC mismatch at byte %1: the file is damaged</source>
            <translation>Kopf-CRC stimmt nicht bei Byte %1: die Datei ist beschädigt</translation>
        </message>
        <message>
            <source>no file_id message: cannot tell what kind of FIT file it is</source>
            <translation>keine file_id-Nachricht: es lässt sich nicht sagen, was für eine FIT-Datei es ist</translation>
        </message>
        <message>
            <source>no session in it: the recording was not saved to its end</source>
            <translation>keine Sitzung darin: die Aufzeichnung wurde nicht bis zum Ende gespeichert</translation>
        </message>
        <message>
            <source>no timestamps: cannot tell how long</source>
            <translation>keine Zeitstempel: die Dauer lässt sich nicht bestimmen</translation>
        </message>
        <message>
            <source>not a FIT file (no ".FIT" mark)</source>
            <translation>keine FIT-Datei (keine „.FIT“-Kennung)</translation>
        </message>
        <message>
            <source>not a FIT file (no FIT header)</source>
            <translation>keine FIT-Datei (kein FIT-Kopf)</translation>
        </message>
        <message>
            <source>only transitions in it, no activity</source>
            <translation>nur Wechsel darin, keine Aktivität</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>timestamps count from when the device was switched on, not from a date: its clock was not set</source>
            <translation>die Zeitstempel zählen ab dem Einschalten des Geräts, nicht ab einem Datum: seine Uhr war nicht gestellt</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::FormWidgets</name>
        <message>
            <source> / 10</source>
            <translation> / 10</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::GpxReader</name>
        <message>
            <source>cut short at line %1, column %2</source>
            <translation>abgeschnitten in Zeile %1, Spalte %2</translation>
        </message>
        <message>
            <source>no recorded track in it (routes and waypoints are plans, not recordings)</source>
            <translation>keine aufgezeichnete Spur darin (Routen und Wegpunkte sind Pläne, keine Aufzeichnungen)</translation>
        </message>
        <message>
            <source>no timestamps: cannot tell how long</source>
            <translation>keine Zeitstempel: die Dauer lässt sich nicht bestimmen</translation>
        </message>
        <message>
            <source>not a GPX file (its root element is &lt;%1&gt;)</source>
            <translation>keine GPX-Datei (ihr Wurzelelement ist &lt;%1&gt;)</translation>
        </message>
        <message>
            <source>not a GPX file (no XML in it)</source>
            <translation>keine GPX-Datei (kein XML darin)</translation>
        </message>
        <message>
            <source>not a GPX file (not XML)</source>
            <translation>keine GPX-Datei (kein XML)</translation>
        </message>
        <message>
            <source>not valid XML at line %1, column %2: %3</source>
            <translation>kein gültiges XML in Zeile %1, Spalte %2: %3</translation>
        </message>
        <message>
            <source>timestamps in %1: the device's clock was not set</source>
            <translation>Zeitstempel im Jahr %1: die Uhr des Geräts war nicht gestellt</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::GuiOpen</name>
        <message>
            <source>Stridewise cannot open your data</source>
            <translation>Stridewise kann deine Daten nicht öffnen</translation>
        </message>
        <message>
            <source>Stridewise is already open</source>
            <translation>Stridewise ist schon geöffnet</translation>
        </message>
        <message>
            <source>The newest good backup is %1. To restore it:</source>
            <translation>Die neueste gute Sicherung ist %1. So stellst du sie wieder her:</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ICalendar</name>
        <message>
            <source>"%1" is not a time zone this system knows; use a name such as Europe/Berlin or America/New_York.</source>
            <translation>„%1“ ist keine Zeitzone, die dieses System kennt; verwende einen Namen wie Europe/Berlin oder America/New_York.</translation>
        </message>
        <message>
            <source>Stridewise training plan</source>
            <translation>Stridewise-Trainingsplan</translation>
        </message>
        <message>
            <source>This is not iCalendar data.</source>
            <translation>Das sind keine iCalendar-Daten.</translation>
        </message>
        <message>
            <source>libical could not write the calendar.</source>
            <translation>libical konnte den Kalender nicht schreiben.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ImportActions</name>
        <message>
            <source>"%1"</source>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>%1 files (%2)</source>
            <translation>%1-Dateien (%2)</translation>
        </message>
        <message>
            <source>%1 holds %2 recordings Stridewise cannot tell the activity of, the first %3, %4 min on %5.</source>
            <translation>%1 enthält %2 Aufzeichnungen, bei denen Stridewise die Aktivität nicht erkennen kann, die erste: %3, %4 min am %5.</translation>
        </message>
        <message>
            <source>%1 holds a recording Stridewise cannot tell the activity of: %2, %3 min on %4.</source>
            <translation>%1 enthält eine Aufzeichnung, bei der Stridewise die Aktivität nicht erkennen kann: %2, %3 min am %4.</translation>
        </message>
        <message>
            <source>%1 is imported from whenever Stridewise opens.</source>
            <translation>Aus %1 wird bei jedem Start von Stridewise importiert.</translation>
        </message>
        <message>
            <source>%1 is not there now (is the watch plugged in?). Its files are imported as soon as it is.</source>
            <translation>%1 ist gerade nicht da (ist die Uhr angeschlossen?). Seine Dateien werden importiert, sobald er wieder da ist.</translation>
        </message>
        <message>
            <source>%1: not imported, as you chose</source>
            <translation>%1: nicht importiert, wie von dir gewählt</translation>
        </message>
        <message>
            <source>&amp;Import Activities…</source>
            <translation>Aktivitäten &amp;importieren…</translation>
        </message>
        <message>
            <source>&amp;Watched Folder…</source>
            <translation>&amp;Überwachter Ordner…</translation>
        </message>
        <message>
            <source>Activity files (%1)</source>
            <translation>Aktivitätsdateien (%1)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Don't Import</source>
            <translation>Nicht importieren</translation>
        </message>
        <message>
            <source>From the watched folder: %1</source>
            <translation>Aus dem überwachten Ordner: %1</translation>
        </message>
        <message>
            <source>Import Activities</source>
            <translation>Aktivitäten importieren</translation>
        </message>
        <message>
            <source>Import new recordings from a folder by themselves, e.g. your watch's GARMIN/Activity folder or a phone's sync folder</source>
            <translation>Neue Aufzeichnungen von selbst aus einem Ordner importieren, z. B. aus dem Ordner GARMIN/Activity deiner Uhr oder dem Sync-Ordner eines Handys</translation>
        </message>
        <message>
            <source>It has more than %1 folders: files in the others are imported only when Stridewise opens.</source>
            <translation>Er enthält mehr als %1 Ordner: Dateien in den übrigen werden nur beim Start von Stridewise importiert.</translation>
        </message>
        <message>
            <source>No folder is watched any more.</source>
            <translation>Es wird kein Ordner mehr überwacht.</translation>
        </message>
        <message>
            <source>No folder is watched.</source>
            <translation>Es wird kein Ordner überwacht.</translation>
        </message>
        <message>
            <source>Not Everything Was Imported</source>
            <translation>Nicht alles wurde importiert</translation>
        </message>
        <message>
            <source>Nothing Imported</source>
            <translation>Nichts importiert</translation>
        </message>
        <message>
            <source>Say what it was and it is imported as that; a planned session of that activity on that day is ticked.</source>
            <translation>Gib an, was es war, dann wird es als solches importiert; eine geplante Einheit dieser Aktivität an diesem Tag wird abgehakt.</translation>
        </message>
        <message>
            <source>There are no FIT, TCX or GPX files in what you chose.</source>
            <translation>In deiner Auswahl sind keine FIT-, TCX- oder GPX-Dateien.</translation>
        </message>
        <message>
            <source>Tick off sessions from your watch's or phone's recordings (FIT, TCX, GPX)</source>
            <translation>Einheiten anhand der Aufzeichnungen deiner Uhr oder deines Handys abhaken (FIT, TCX, GPX)</translation>
        </message>
        <message numerus="yes">
            <source>Watching %1 and %n folders in it.</source>
            <translation>
                <numerusform>%1 und ein Ordner darin werden überwacht.</numerusform>
                <numerusform>%1 und %n Ordner darin werden überwacht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Watching %1.</source>
            <translation>%1 wird überwacht.</translation>
        </message>
        <message>
            <source>Which Activity Was It?</source>
            <translation>Welche Aktivität war es?</translation>
        </message>
        <message>
            <source>no sport named</source>
            <translation>keine Sportart angegeben</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… und eine weitere.</numerusform>
                <numerusform>… und %n weitere.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ImportRepository</name>
        <message>
            <source>Session %1 is already recorded.</source>
            <translation>Einheit %1 ist schon erfasst.</translation>
        </message>
        <message>
            <source>adding the session "%1" on %2</source>
            <translation>Hinzufügen der Einheit „%1“ am %2</translation>
        </message>
        <message>
            <source>creating the week %1</source>
            <translation>Anlegen der Woche %1</translation>
        </message>
        <message>
            <source>reading the imported activities</source>
            <translation>Lesen der importierten Aktivitäten</translation>
        </message>
        <message>
            <source>reading the sessions planned for %1</source>
            <translation>Lesen der für %1 geplanten Einheiten</translation>
        </message>
        <message>
            <source>remembering the activity imported from %1</source>
            <translation>Merken der aus %1 importierten Aktivität</translation>
        </message>
        <message>
            <source>ticking session %1</source>
            <translation>Abhaken von Einheit %1</translation>
        </message>
        <message>
            <source>undoing the import of %1</source>
            <translation>Rückgängigmachen des Imports von %1</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Importer</name>
        <message>
            <source>%1 (recorded)</source>
            <translation>%1 (aufgezeichnet)</translation>
        </message>
        <message>
            <source>%1: %2 minutes; a session can be 1 to %3 minutes; nothing from the file was imported</source>
            <translation>%1: %2 Minuten; eine Einheit kann 1 bis %3 Minuten dauern; nichts aus der Datei wurde importiert</translation>
        </message>
        <message>
            <source>%1: dated %2, after today (%3); nothing from the file was imported</source>
            <translation>%1: datiert auf %2, nach heute (%3); nichts aus der Datei wurde importiert</translation>
        </message>
        <message>
            <source>%1: no such file or folder</source>
            <translation>%1: keine solche Datei und kein solcher Ordner</translation>
        </message>
        <message>
            <source>%n activities imported</source>
            <translation>%n Aktivitäten importiert</translation>
        </message>
        <message>
            <source>%n files refused</source>
            <translation>%n Dateien abgelehnt</translation>
        </message>
        <message>
            <source>%n planned sessions ticked</source>
            <translation>%n geplante Einheiten abgehakt</translation>
        </message>
        <message>
            <source>%n skipped</source>
            <translation>%n übersprungen</translation>
        </message>
        <message>
            <source>1 activity imported</source>
            <translation>1 Aktivität importiert</translation>
        </message>
        <message>
            <source>1 file refused</source>
            <translation>1 Datei abgelehnt</translation>
        </message>
        <message>
            <source>1 planned session ticked</source>
            <translation>1 geplante Einheit abgehakt</translation>
        </message>
        <message>
            <source>1 skipped</source>
            <translation>1 übersprungen</translation>
        </message>
        <message>
            <source>; nothing from it was imported</source>
            <translation>; nichts daraus wurde importiert</translation>
        </message>
        <message>
            <source>Imported from %1, line %2; it was not in the plan.</source>
            <translation>Importiert aus %1, Zeile %2; es stand nicht im Plan.</translation>
        </message>
        <message>
            <source>Recorded by your watch or phone (%1); it was not in the plan.</source>
            <translation>Von deiner Uhr oder deinem Handy aufgezeichnet (%1); es stand nicht im Plan.</translation>
        </message>
        <message>
            <source>a recording of %1 minutes: a session can be at most %2 minutes</source>
            <translation>eine Aufzeichnung von %1 Minuten: eine Einheit darf höchstens %2 Minuten lang sein</translation>
        </message>
        <message>
            <source>a recording of more than %1 minutes: a session can be at most %1 minutes</source>
            <translation>eine Aufzeichnung von mehr als %1 Minuten: eine Einheit darf höchstens %1 Minuten lang sein</translation>
        </message>
        <message>
            <source>already imported</source>
            <translation>schon importiert</translation>
        </message>
        <message>
            <source>already imported: %1 on %2 from %3</source>
            <translation>schon importiert: %1 am %2 aus %3</translation>
        </message>
        <message>
            <source>cannot be read: %1</source>
            <translation>kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>dated %1, after today (%2): is the device's clock right?</source>
            <translation>datiert auf %1, nach heute (%2): geht die Uhr des Geräts richtig?</translation>
        </message>
        <message>
            <source>it does not say which sport it is; say which activity it was (run, walk, cycle or swim)</source>
            <translation>es steht nicht darin, welche Sportart es ist; gib an, welche Aktivität es war (run, walk, cycle oder swim)</translation>
        </message>
        <message>
            <source>larger than %1 MB: not an activity file</source>
            <translation>größer als %1 MB: keine Aktivitätsdatei</translation>
        </message>
        <message>
            <source>left out %1</source>
            <translation>weggelassen: %1</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <source>no time recorded: cannot tell how long</source>
            <translation>keine Zeit aufgezeichnet: die Dauer lässt sich nicht bestimmen</translation>
        </message>
        <message>
            <source>not a FIT, TCX or GPX file</source>
            <translation>keine FIT-, TCX- oder GPX-Datei</translation>
        </message>
        <message>
            <source>the sport "%1" is not run, walk, cycle or swim; say which activity it was</source>
            <translation>die Sportart „%1“ ist nicht Laufen, Gehen, Radfahren oder Schwimmen; gib an, welche Aktivität es war</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::IsoWeek</name>
        <message>
            <source>"%1" is not a date that exists; write it like 2026-12-01.</source>
            <translation>„%1“ ist kein Datum, das es gibt; schreib es wie 2026-12-01.</translation>
        </message>
        <message>
            <source>"%1" is not an ISO week; write it like 2026-W49.</source>
            <translation>„%1“ ist keine ISO-Woche; schreib sie wie 2026-W49.</translation>
        </message>
        <message>
            <source>Week %1 does not exist in %2.</source>
            <translation>Woche %1 gibt es im Jahr %2 nicht.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Json</name>
        <message>
            <source>The acute:chronic ratio is context, not a verdict: the evidence that it predicts injury is disputed.</source>
            <translation>Das Akut:chronisch-Verhältnis ist Kontext, kein Urteil: ob es Verletzungen vorhersagt, ist umstritten.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::KeychainPasswordStore</name>
        <message>
            <source>No password is saved for this calendar yet.</source>
            <translation>Für diesen Kalender ist noch kein Passwort gespeichert.</translation>
        </message>
        <message>
            <source>The desktop's password store (secret service) could not %1: %2. Without it Stridewise keeps no calendar password.</source>
            <translation>Der Passwortspeicher des Desktops (Secret Service) hat es nicht geschafft, %1: %2. Ohne ihn speichert Stridewise kein Kalenderpasswort.</translation>
        </message>
        <message>
            <source>The password store did not let Stridewise %1: %2</source>
            <translation>Der Passwortspeicher hat Stridewise nicht erlaubt, %1: %2</translation>
        </message>
        <message>
            <source>There is no password store (secret service) on this desktop, so the calendar password cannot be kept safely: %1</source>
            <translation>Auf diesem Desktop gibt es keinen Passwortspeicher (Secret Service), daher kann das Kalenderpasswort nicht sicher aufbewahrt werden: %1</translation>
        </message>
        <message>
            <source>read the calendar password</source>
            <translation>das Kalenderpasswort zu lesen</translation>
        </message>
        <message>
            <source>remove the calendar password</source>
            <translation>das Kalenderpasswort zu entfernen</translation>
        </message>
        <message>
            <source>save the calendar password</source>
            <translation>das Kalenderpasswort zu speichern</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Labels</name>
        <message>
            <source>A history of cancer</source>
            <translation>Krebs in der Vorgeschichte</translation>
        </message>
        <message>
            <source>Amber</source>
            <translation>Gelb</translation>
        </message>
        <message>
            <source>Bladder or bowel change</source>
            <translation>Veränderung an Blase oder Darm</translation>
        </message>
        <message>
            <source>Core strength</source>
            <translation>Rumpfkraft</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Radfahren</translation>
        </message>
        <message>
            <source>Design principle</source>
            <translation>Gestaltungsprinzip</translation>
        </message>
        <message>
            <source>Easy</source>
            <translation>Leicht</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>Abends</translation>
        </message>
        <message>
            <source>Expert opinion</source>
            <translation>Expertenmeinung</translation>
        </message>
        <message>
            <source>Fever or feeling unwell</source>
            <translation>Fieber oder Krankheitsgefühl</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Grün</translation>
        </message>
        <message>
            <source>Hamstring stretch</source>
            <translation>Dehnung der hinteren Oberschenkel</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>Hart</translation>
        </message>
        <message>
            <source>Leg weakness</source>
            <translation>Schwäche im Bein</translation>
        </message>
        <message>
            <source>Maximal</source>
            <translation>Maximal</translation>
        </message>
        <message>
            <source>Midday</source>
            <translation>Mittags</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Mäßig</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <source>Morning</source>
            <translation>Morgens</translation>
        </message>
        <message>
            <source>New to running</source>
            <translation>Neu beim Laufen</translation>
        </message>
        <message>
            <source>Night pain that does not ease</source>
            <translation>Nachtschmerz, der nicht nachlässt</translation>
        </message>
        <message>
            <source>Numbness</source>
            <translation>Taubheit</translation>
        </message>
        <message>
            <source>Numbness in the saddle area</source>
            <translation>Taubheit im Reithosenbereich</translation>
        </message>
        <message>
            <source>Numbness or weakness in both legs</source>
            <translation>Taubheit oder Schwäche in beiden Beinen</translation>
        </message>
        <message>
            <source>Pain after a fall or blow</source>
            <translation>Schmerz nach einem Sturz oder Schlag</translation>
        </message>
        <message>
            <source>Pain spreading down the leg</source>
            <translation>Schmerz, der ins Bein ausstrahlt</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rot</translation>
        </message>
        <message>
            <source>Regular runner</source>
            <translation>Regelmäßig laufend</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Ruhe</translation>
        </message>
        <message>
            <source>Returning after a break or back pain</source>
            <translation>Wiedereinstieg nach einer Pause oder Rückenschmerzen</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Laufen</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <source>Somewhat hard</source>
            <translation>Etwas hart</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Stark</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <source>Swim</source>
            <translation>Schwimmen</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <source>Tingling</source>
            <translation>Kribbeln</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <source>Unexplained weight loss</source>
            <translation>Ungeklärter Gewichtsverlust</translation>
        </message>
        <message>
            <source>Very hard</source>
            <translation>Sehr hart</translation>
        </message>
        <message>
            <source>Very, very easy</source>
            <translation>Sehr, sehr leicht</translation>
        </message>
        <message>
            <source>Walk</source>
            <translation>Gehen</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Schwach</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Mittwoch</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Load</name>
        <message>
            <source>%1 days later</source>
            <translation>%1 Tage später</translation>
        </message>
        <message numerus="yes">
            <source>%1/10 the day after %n runs (n = %n)</source>
            <translation>
                <numerusform>%1/10 am Tag nach %n Lauf (n = %n)</numerusform>
                <numerusform>%1/10 am Tag nach %n Läufen (n = %n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Not enough data yet: %1 of the 14 paired days needed (a day's training and a back-pain log to compare it with). Keep ticking off sessions and logging your back pain for two weeks to see the relationship.</source>
            <translation>Noch nicht genug Daten: %1 der 14 nötigen gepaarten Tage (ein Trainingstag und ein Rückenschmerz-Eintrag zum Vergleich). Hake zwei Wochen lang Einheiten ab und erfasse deinen Rückenschmerz, dann zeigt sich der Zusammenhang.</translation>
        </message>
        <message>
            <source>Over %1 days, back pain %2 showed %3 tendency to be %4 after days with more training (Spearman ρ = %5).</source>
            <translation>Über %1 Tage zeigte der Rückenschmerz %2 %3 Neigung, nach Tagen mit mehr Training %4 zu sein (Spearman ρ = %5).</translation>
        </message>
        <message>
            <source>Over %1 days, back pain %2 showed %3 tendency to be %4 on days with more training (Spearman ρ = %5).</source>
            <translation>Über %1 Tage zeigte der Rückenschmerz %2 %3 Neigung, an Tagen mit mehr Training %4 zu sein (Spearman ρ = %5).</translation>
        </message>
        <message>
            <source>Over %1 days, back pain %2 showed no clear link with the day's training load (Spearman ρ = %3).</source>
            <translation>Über %1 Tage zeigte der Rückenschmerz %2 keinen klaren Zusammenhang mit der Trainingsbelastung des Tages (Spearman ρ = %3).</translation>
        </message>
        <message>
            <source>Over %1 days, either your training load or your back pain did not change, so there is no relationship to show.</source>
            <translation>Über %1 Tage hat sich entweder deine Trainingsbelastung oder dein Rückenschmerz nicht verändert, daher lässt sich kein Zusammenhang zeigen.</translation>
        </message>
        <message>
            <source>This describes your days; it does not show that training causes or relieves the pain.</source>
            <translation>Das beschreibt deine Tage; es zeigt nicht, dass Training den Schmerz verursacht oder lindert.</translation>
        </message>
        <message>
            <source>a moderate</source>
            <translation>eine mäßige</translation>
        </message>
        <message>
            <source>a strong</source>
            <translation>eine starke</translation>
        </message>
        <message>
            <source>a weak</source>
            <translation>eine schwache</translation>
        </message>
        <message>
            <source>higher</source>
            <translation>höher</translation>
        </message>
        <message>
            <source>lower</source>
            <translation>niedriger</translation>
        </message>
        <message>
            <source>not enough runs yet (%1 of %2)</source>
            <translation>noch nicht genug Läufe (%1 von %2)</translation>
        </message>
        <message>
            <source>the next day</source>
            <translation>am nächsten Tag</translation>
        </message>
        <message>
            <source>the same day</source>
            <translation>am selben Tag</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::LogRepository</name>
        <message>
            <source>A clearance needs a valid date.</source>
            <translation>Eine Freigabe braucht ein gültiges Datum.</translation>
        </message>
        <message>
            <source>The note has %1 characters; at most %2 fit.</source>
            <translation>Die Notiz hat %1 Zeichen; höchstens %2 passen hinein.</translation>
        </message>
        <message>
            <source>There is no session %1.</source>
            <translation>Es gibt keine Einheit %1.</translation>
        </message>
        <message>
            <source>deleting the clearance for %1</source>
            <translation>Löschen der Freigabe für %1</translation>
        </message>
        <message>
            <source>deleting the pain log for %1</source>
            <translation>Löschen des Schmerzeintrags für %1</translation>
        </message>
        <message>
            <source>reading clearances up to %1</source>
            <translation>Lesen der Freigaben bis %1</translation>
        </message>
        <message>
            <source>reading completed sessions from %1 to %2</source>
            <translation>Lesen der erledigten Einheiten von %1 bis %2</translation>
        </message>
        <message>
            <source>reading red flags up to %1</source>
            <translation>Lesen der Warnzeichen bis %1</translation>
        </message>
        <message>
            <source>reading session %1</source>
            <translation>Lesen von Einheit %1</translation>
        </message>
        <message>
            <source>reading the clearance for %1</source>
            <translation>Lesen der Freigabe für %1</translation>
        </message>
        <message>
            <source>reading the last run before %1</source>
            <translation>Lesen des letzten Laufs vor %1</translation>
        </message>
        <message>
            <source>reading the pain log for %1</source>
            <translation>Lesen des Schmerzeintrags für %1</translation>
        </message>
        <message>
            <source>reading the pain log from %1 to %2</source>
            <translation>Lesen der Schmerzeinträge von %1 bis %2</translation>
        </message>
        <message>
            <source>recording session %1</source>
            <translation>Erfassen von Einheit %1</translation>
        </message>
        <message>
            <source>saving the clearance for %1</source>
            <translation>Speichern der Freigabe für %1</translation>
        </message>
        <message>
            <source>saving the pain log for %1</source>
            <translation>Speichern des Schmerzeintrags für %1</translation>
        </message>
        <message>
            <source>unticking session %1</source>
            <translation>Entfernen des Hakens bei Einheit %1</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::MainWindow</name>
        <message>
            <source>%1 cannot be written: %2.</source>
            <translation>%1 kann nicht geschrieben werden: %2.</translation>
        </message>
        <message>
            <source>%1 – Stridewise</source>
            <translation>%1 – Stridewise</translation>
        </message>
        <message>
            <source>%1 – demo data – Stridewise</source>
            <translation>%1 – Demodaten – Stridewise</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Back Pain Today</source>
            <translation>Rückenschmerz heute</translation>
        </message>
        <message>
            <source>Demo data: made up, to look around. Your own data is in another file.</source>
            <translation>Demodaten: erfunden, zum Umsehen. Deine eigenen Daten liegen in einer anderen Datei.</translation>
        </message>
        <message>
            <source>Drop to import these activities</source>
            <translation>Ablegen, um diese Aktivitäten zu importieren</translation>
        </message>
        <message>
            <source>Hide the notice about your data files</source>
            <translation>Den Hinweis zu deinen Datendateien ausblenden</translation>
        </message>
        <message>
            <source>Hide this notice</source>
            <translation>Diesen Hinweis ausblenden</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Opened read-only: %1</source>
            <translation>Schreibgeschützt geöffnet: %1</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Stridewise</source>
            <translation>Stridewise</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Woche</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::MessageBox</name>
        <message>
            <source>Not saved:</source>
            <translation>Nicht gespeichert:</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::OpenProblemDialog</name>
        <message>
            <source>Look at it read-only</source>
            <translation>Schreibgeschützt ansehen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Restore the backup from %1</source>
            <translation>Die Sicherung vom %1 wiederherstellen</translation>
        </message>
        <message>
            <source>Stridewise cannot open your data</source>
            <translation>Stridewise kann deine Daten nicht öffnen</translation>
        </message>
        <message>
            <source>The newest good backup is from %1:
%2
Restoring it keeps the current file as a backup too.</source>
            <translation>Die neueste gute Sicherung ist vom %1:
%2
Beim Wiederherstellen wird auch die aktuelle Datei als Sicherung aufbewahrt.</translation>
        </message>
        <message>
            <source>There is no backup of it yet.</source>
            <translation>Es gibt noch keine Sicherung davon.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::PlanActions</name>
        <message>
            <source>%1 is planned for %2, a day still to come. What you did counts on the day you did it: move it to today, %3, and tick it off there?</source>
            <translation>%1 ist für %2 geplant, einen noch bevorstehenden Tag. Was du gemacht hast, zählt an dem Tag, an dem du es gemacht hast: auf heute, %3, verschieben und dort abhaken?</translation>
        </message>
        <message>
            <source>&amp;Add Session…</source>
            <translation>Einheit &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Delete Session</source>
            <translation>Einheit &amp;löschen</translation>
        </message>
        <message>
            <source>&amp;Edit Session…</source>
            <translation>Einheit &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Go to Week…</source>
            <translation>&amp;Gehe zu Woche…</translation>
        </message>
        <message>
            <source>&amp;Log Back Pain</source>
            <translation>Rückenschmerz &amp;erfassen</translation>
        </message>
        <message>
            <source>&amp;Move To</source>
            <translation>&amp;Verschieben</translation>
        </message>
        <message>
            <source>&amp;Next Week</source>
            <translation>&amp;Nächste Woche</translation>
        </message>
        <message>
            <source>&amp;Plan This Week</source>
            <translation>Diese Woche &amp;planen</translation>
        </message>
        <message>
            <source>&amp;Previous Week</source>
            <translation>&amp;Vorige Woche</translation>
        </message>
        <message>
            <source>&amp;Profile…</source>
            <translation>&amp;Profil…</translation>
        </message>
        <message>
            <source>&amp;Re-plan the Rest of the Week…</source>
            <translation>&amp;Rest der Woche neu planen…</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Skip…</source>
            <translation>&amp;Auslassen…</translation>
        </message>
        <message>
            <source>&amp;This Week</source>
            <translation>Diese &amp;Woche</translation>
        </message>
        <message>
            <source>&amp;Tick Off…</source>
            <translation>&amp;Abhaken…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>A Clinician Has Seen You?</source>
            <translation>Hat dich eine Fachperson untersucht?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Deleted %1. Edit ▸ Undo brings it back.</source>
            <translation>%1 gelöscht. Bearbeiten ▸ Rückgängig holt es zurück.</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Go to this week (Ctrl+T)</source>
            <translation>Zu dieser Woche (Strg+T)</translation>
        </message>
        <message>
            <source>Make a plan for the week shown</source>
            <translation>Einen Plan für die angezeigte Woche erstellen</translation>
        </message>
        <message>
            <source>Move %1 to today and tick it off</source>
            <translation>%1 auf heute verschieben und abhaken</translation>
        </message>
        <message>
            <source>Move to Ne&amp;xt Day</source>
            <translation>Auf den &amp;nächsten Tag</translation>
        </message>
        <message>
            <source>Move to Previous &amp;Day</source>
            <translation>Auf den &amp;vorigen Tag</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Next week (Ctrl+Page Down)</source>
            <translation>Nächste Woche (Strg+Bild ab)</translation>
        </message>
        <message>
            <source>Not planned: %1</source>
            <translation>Nicht geplant: %1</translation>
        </message>
        <message>
            <source>Not re-planned: %1</source>
            <translation>Nicht neu geplant: %1</translation>
        </message>
        <message>
            <source>Planned %1.</source>
            <translation>%1 geplant.</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Previous week (Ctrl+Page Up)</source>
            <translation>Vorige Woche (Strg+Bild auf)</translation>
        </message>
        <message>
            <source>Profile saved.</source>
            <translation>Profil gespeichert.</translation>
        </message>
        <message>
            <source>Re-plan</source>
            <translation>Neu planen</translation>
        </message>
        <message>
            <source>Re-plan the rest of the week shown with your new profile?</source>
            <translation>Den Rest der angezeigten Woche mit deinem neuen Profil neu planen?</translation>
        </message>
        <message>
            <source>Re-plan the rest of the week?</source>
            <translation>Den Rest der Woche neu planen?</translation>
        </message>
        <message>
            <source>Re-plan the rest of this week now? Ticked and skipped sessions stay.</source>
            <translation>Den Rest dieser Woche jetzt neu planen? Abgehakte und ausgelassene Einheiten bleiben.</translation>
        </message>
        <message>
            <source>Re-plan this week?</source>
            <translation>Diese Woche neu planen?</translation>
        </message>
        <message>
            <source>Re-plan?</source>
            <translation>Neu planen?</translation>
        </message>
        <message>
            <source>Re-planned %1 from %2 on.</source>
            <translation>%1 ab %2 neu geplant.</translation>
        </message>
        <message>
            <source>Re-planning the rest of this week from today would change:</source>
            <translation>Den Rest dieser Woche ab heute neu zu planen würde Folgendes ändern:</translation>
        </message>
        <message>
            <source>Record that a clinician has seen you today, %1, about %2?

From the next plan on, running comes back on the return ladder, starting with walk–runs, and strength at two sessions a week. If the clinician told you otherwise, follow their advice.</source>
            <translation>Erfassen, dass dich heute, %1, eine Fachperson wegen %2 untersucht hat?

Ab dem nächsten Plan kommt das Laufen über die Rückkehrleiter zurück, beginnend mit Gehen–Laufen, und Krafttraining mit zwei Einheiten pro Woche. Wenn dir die Fachperson etwas anderes gesagt hat, folge ihrem Rat.</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Sessions from %1 on that are not ticked or skipped will be planned afresh from your profile, what you did and how your back felt. Ticked and skipped sessions and sessions you added stay; other changes to those days are replaced. Edit ▸ Undo brings them back.</source>
            <translation>Einheiten ab %1, die weder abgehakt noch ausgelassen sind, werden neu geplant – nach deinem Profil, dem, was du gemacht hast, und wie sich dein Rücken anfühlte. Abgehakte und ausgelassene Einheiten und solche, die du hinzugefügt hast, bleiben; andere Änderungen an diesen Tagen werden ersetzt. Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
        </message>
        <message>
            <source>Skip…</source>
            <translation>Auslassen…</translation>
        </message>
        <message>
            <source>This week is over; only weeks still to come can be re-planned.</source>
            <translation>Diese Woche ist vorbei; nur kommende Wochen lassen sich neu planen.</translation>
        </message>
        <message>
            <source>This week was planned around red-flag symptoms that no longer hold it back.</source>
            <translation>Diese Woche wurde um Warnsymptome herum geplant, die sie nicht mehr einschränken.</translation>
        </message>
        <message>
            <source>Tick Off Today?</source>
            <translation>Heute abhaken?</translation>
        </message>
        <message>
            <source>Tick off…</source>
            <translation>Abhaken…</translation>
        </message>
        <message>
            <source>U&amp;ntick</source>
            <translation>Haken &amp;entfernen</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Untick</source>
            <translation>Haken entfernen</translation>
        </message>
        <message>
            <source>Welcome! Your first week is planned. Tick sessions off as you do them.</source>
            <translation>Willkommen! Deine erste Woche ist geplant. Hake Einheiten ab, wenn du sie machst.</translation>
        </message>
        <message>
            <source>Your next plan will have no running and no strength work.</source>
            <translation>Dein nächster Plan wird kein Laufen und kein Krafttraining enthalten.</translation>
        </message>
        <message>
            <source>dddd d MMM</source>
            <translation>dddd, d. MMM</translation>
        </message>
        <message>
            <source>dddd d MMMM</source>
            <translation>dddd, d. MMMM</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::PlanDocument</name>
        <message>
            <source>Could not read %1: %2</source>
            <translation>%1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Plan %1</source>
            <translation>%1 planen</translation>
        </message>
        <message>
            <source>Re-plan %1</source>
            <translation>%1 neu planen</translation>
        </message>
        <message>
            <source>This file is open read-only.</source>
            <translation>Diese Datei ist schreibgeschützt geöffnet.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::PlanGenerator</name>
        <message>
            <source> (%1 min of running in all)</source>
            <translation> (insgesamt %1 min Laufen)</translation>
        </message>
        <message>
            <source> in the days left from %1</source>
            <translation> in den verbleibenden Tagen ab %1</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 min of running this week</source>
            <translation>%1 min Laufen diese Woche</translation>
        </message>
        <message>
            <source>%1 of the %2 running days you want fit this week: %2 runs of at least %3 min, each a different length, need at least %4 min of running, and this week has %5 min.</source>
            <translation>%1 der %2 gewünschten Lauftage passen diese Woche: %2 Läufe von mindestens %3 min, jeder unterschiedlich lang, brauchen mindestens %4 min Laufen, und diese Woche hat %5 min.</translation>
        </message>
        <message>
            <source>%1 of the %2 running days you want fit this week: runs need available days with room for at least %3 min of running and %4.</source>
            <translation>%1 der %2 gewünschten Lauftage passen diese Woche: Läufe brauchen verfügbare Tage mit Platz für mindestens %3 min Laufen und %4.</translation>
        </message>
        <message>
            <source>%1 of the %2 running days you want fit this week: the longest a run may be (%3 min) and the minutes of your days leave no room for %2 runs of different lengths.</source>
            <translation>%1 der %2 gewünschten Lauftage passen diese Woche: die größte erlaubte Länge eines Laufs (%3 min) und die Minuten deiner Tage lassen keinen Platz für %2 unterschiedlich lange Läufe.</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1, %2 points or more above your usual %3/10</source>
            <translation>%1, %2 Punkte oder mehr über deinem üblichen Wert von %3/10</translation>
        </message>
        <message>
            <source>%1½ min</source>
            <translation>%1½ min</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>; then run %1</source>
            <translation>; dann %1 laufen</translation>
        </message>
        <message>
            <source>A first week from your profile, which states %1 min a week (%2): %3. From here running moves toward %4 by at most 10 % a week.</source>
            <translation>Eine erste Woche nach deinem Profil, das %1 min pro Woche angibt (%2): %3. Von hier aus nimmt das Laufen mit höchstens 10 % pro Woche Kurs auf %4.</translation>
        </message>
        <message>
            <source>A green week moves you up a rung; an amber week keeps you on it; a red week or a red flag stops running.</source>
            <translation>Eine grüne Woche bringt dich eine Stufe höher; eine gelbe Woche hält dich auf ihr; eine rote Woche oder ein Warnzeichen stoppt das Laufen.</translation>
        </message>
        <message>
            <source>Amber, no step up: %1, no more than %2: %3.</source>
            <translation>Gelb, keine Steigerung: %1, nicht mehr als %2: %3.</translation>
        </message>
        <message>
            <source>Amber: %1. The rung is held, and no two runs fall on consecutive days.</source>
            <translation>Gelb: %1. Die Stufe wird gehalten, und keine zwei Läufe liegen an aufeinanderfolgenden Tagen.</translation>
        </message>
        <message>
            <source>At your goal: %1 (%2; %3).</source>
            <translation>Am Ziel: %1 (%2; %3).</translation>
        </message>
        <message>
            <source>Back pain is in the red zone as well: %1.</source>
            <translation>Der Rückenschmerz ist außerdem in der roten Zone: %1.</translation>
        </message>
        <message>
            <source>Back where you were before: the return ladder is done. </source>
            <translation>Wieder da, wo du vorher warst: die Rückkehrleiter ist geschafft. </translation>
        </message>
        <message>
            <source>Bird-dog: on hands and knees, reach out one arm and the opposite leg</source>
            <translation>Vierfüßlerstand: auf Händen und Knien einen Arm und das gegenüberliegende Bein ausstrecken</translation>
        </message>
        <message>
            <source>Brisk walk</source>
            <translation>Zügiges Gehen</translation>
        </message>
        <message>
            <source>Brisk walk, then light jogging</source>
            <translation>Zügiges Gehen, dann leichtes Traben</translation>
        </message>
        <message>
            <source>Core strength</source>
            <translation>Rumpfkraft</translation>
        </message>
        <message>
            <source>Core strength restarts at stage %1 of %2, twice a week, after the red flag.</source>
            <translation>Rumpfkraft beginnt nach dem Warnzeichen wieder bei Stufe %1 von %2, zweimal pro Woche.</translation>
        </message>
        <message>
            <source>Core strength steps back to stage %1 of %2 after the red week.</source>
            <translation>Rumpfkraft geht nach der roten Woche auf Stufe %1 von %2 zurück.</translation>
        </message>
        <message>
            <source>Core strength steps back to stage %1 of %2: back pain %3/10 after a strength session last week.</source>
            <translation>Rumpfkraft geht auf Stufe %1 von %2 zurück: Rückenschmerz %3/10 nach einer Krafteinheit letzte Woche.</translation>
        </message>
        <message>
            <source>Curl-up: hands under the lower back, one knee bent, lift head and shoulders a little</source>
            <translation>Curl-up: Hände unter den unteren Rücken, ein Knie gebeugt, Kopf und Schultern ein wenig anheben</translation>
        </message>
        <message>
            <source>Dead bug: on your back, lower one arm and the opposite leg slowly</source>
            <translation>Dead Bug: auf dem Rücken einen Arm und das gegenüberliegende Bein langsam absenken</translation>
        </message>
        <message>
            <source>Easier week: %1, %2 % of the %3 min the week would have had at %4 (every fourth week, after %5 planned weeks in a row).</source>
            <translation>Leichtere Woche: %1, %2 % der %3 min, die die Woche sonst gehabt hätte (Grundlage: %4; jede vierte Woche, nach %5 geplanten Wochen in Folge).</translation>
        </message>
        <message>
            <source>Easy %1</source>
            <translation>Locker: %1</translation>
        </message>
        <message>
            <source>Easy run</source>
            <translation>Lockerer Lauf</translation>
        </message>
        <message>
            <source>Easy run: %1 min of running, part of this week's %2 min.</source>
            <translation>Lockerer Lauf: %1 min Laufen, Teil der %2 min dieser Woche.</translation>
        </message>
        <message>
            <source>Easy running at a pace you can talk at</source>
            <translation>Lockeres Laufen in einem Tempo, bei dem du dich unterhalten kannst</translation>
        </message>
        <message>
            <source>Easy walk</source>
            <translation>Lockerer Spaziergang</translation>
        </message>
        <message>
            <source>Gentle and only if it is comfortable; ask your clinician first.</source>
            <translation>Sanft und nur, wenn es angenehm ist; frag zuerst deine Ärztin oder deinen Arzt.</translation>
        </message>
        <message>
            <source>Gently, only if it brings on no leg symptoms; stop and ask your clinician if it does.</source>
            <translation>Sanft und nur, wenn es keine Beinbeschwerden auslöst; hör auf und frag deine Ärztin oder deinen Arzt, wenn doch.</translation>
        </message>
        <message>
            <source>Glute bridge: on your back, knees bent, lift the hips</source>
            <translation>Beckenheben: auf dem Rücken, Knie gebeugt, die Hüfte anheben</translation>
        </message>
        <message>
            <source>Hamstring stretch</source>
            <translation>Dehnung der hinteren Oberschenkel</translation>
        </message>
        <message>
            <source>Keeps the hamstrings supple: 30 s holds gain as much range as 60 s (shown for flexibility, not for back pain).</source>
            <translation>Hält die hinteren Oberschenkel geschmeidig: 30-s-Halten bringt so viel Beweglichkeit wie 60 s (gezeigt für die Beweglichkeit, nicht für Rückenschmerz).</translation>
        </message>
        <message>
            <source>Keeps you moving without the impact of running while your back pain is high.</source>
            <translation>Hält dich in Bewegung, ohne die Stöße des Laufens, solange dein Rückenschmerz hoch ist.</translation>
        </message>
        <message>
            <source>Longer run</source>
            <translation>Längerer Lauf</translation>
        </message>
        <message>
            <source>Longer walk–run</source>
            <translation>Längeres Gehen–Laufen</translation>
        </message>
        <message>
            <source>Longest run kept to %1 min: 110 % of your longest run in the 30 days before it (%2 min).</source>
            <translation>Längster Lauf auf %1 min begrenzt: 110 % deines längsten Laufs der 30 Tage davor (%2 min).</translation>
        </message>
        <message>
            <source>Longest run kept to %1 min: the walk–run programme starts from %2 min, and each run is at most 10 % longer than the longest before it.</source>
            <translation>Längster Lauf auf %1 min begrenzt: das Gehen–Laufen-Programm beginnt bei %2 min, und jeder Lauf ist höchstens 10 % länger als der längste davor.</translation>
        </message>
        <message>
            <source>Longest run kept to %1 min: with no run in the 30 days before it and few minutes stated, the shortest run worth its warm-up, and each run at most 10 % longer than the longest before it.</source>
            <translation>Längster Lauf auf %1 min begrenzt: ohne Lauf in den 30 Tagen davor und mit wenigen angegebenen Minuten der kürzeste Lauf, der sein Aufwärmen lohnt, und jeder Lauf höchstens 10 % länger als der längste davor.</translation>
        </message>
        <message>
            <source>Longest run kept to %1 min: with no run in the 30 days before it, 110 % of %2 min (your stated minutes a week over your running days), and each run at most 10 % longer than the longest before it this week.</source>
            <translation>Längster Lauf auf %1 min begrenzt: ohne Lauf in den 30 Tagen davor 110 % von %2 min (deine angegebenen Minuten pro Woche geteilt durch deine Lauftage), und jeder Lauf höchstens 10 % länger als der längste davor in dieser Woche.</translation>
        </message>
        <message>
            <source>Low-impact cardio builds fitness without the impact of running.</source>
            <translation>Gelenkschonendes Ausdauertraining baut Fitness auf, ohne die Stöße des Laufens.</translation>
        </message>
        <message>
            <source>Low-impact cardio keeps your fitness while the longer run is shortened for your back.</source>
            <translation>Gelenkschonendes Ausdauertraining erhält deine Fitness, während der längere Lauf deinem Rücken zuliebe gekürzt ist.</translation>
        </message>
        <message>
            <source>No easier week this time: %1 min of running would be too little for one run of at least %2 min, so running stays as it is.</source>
            <translation>Diesmal keine leichtere Woche: %1 min Laufen wären zu wenig für einen Lauf von mindestens %2 min, also bleibt das Laufen, wie es ist.</translation>
        </message>
        <message>
            <source>No low-impact session fits this week: it needs at least %1 min on a day other than the rest day and the longer run.</source>
            <translation>Keine gelenkschonende Einheit passt diese Woche: sie braucht mindestens %1 min an einem Tag außer dem Ruhetag und dem längeren Lauf.</translation>
        </message>
        <message>
            <source>No run is longer than %1 min (90 % of your longest run of the last 30 days, %2 min), and no two runs fall on consecutive days.</source>
            <translation>Kein Lauf ist länger als %1 min (90 % deines längsten Laufs der letzten 30 Tage, %2 min), und keine zwei Läufe liegen an aufeinanderfolgenden Tagen.</translation>
        </message>
        <message>
            <source>No run is longer than %1 min.</source>
            <translation>Kein Lauf ist länger als %1 min.</translation>
        </message>
        <message>
            <source>No run this week: %1 min of running is too little for one run of at least %2 min with its warm-up and cool-down.</source>
            <translation>Kein Lauf diese Woche: %1 min Laufen sind zu wenig für einen Lauf von mindestens %2 min mit Auf- und Abwärmen.</translation>
        </message>
        <message>
            <source>No running this week: %1. Low-impact, core and stretching only; consider seeing a physiotherapist or doctor.</source>
            <translation>Kein Laufen diese Woche: %1. Nur gelenkschonend, Rumpf und Dehnen; überlege, eine Physiotherapeutin oder einen Arzt aufzusuchen.</translation>
        </message>
        <message>
            <source>No step up: %1, no more than %2: %3 (less than 80 %). Missed runs are not made up, and they do not lower your level.</source>
            <translation>Keine Steigerung: %1, nicht mehr als %2: %3 (weniger als 80 %). Verpasste Läufe werden nicht nachgeholt, und sie senken dein Niveau nicht.</translation>
        </message>
        <message>
            <source>No step up: %1, no more than %2: %3. The body needs the week to catch up with the extra work.</source>
            <translation>Keine Steigerung: %1, nicht mehr als %2: %3. Der Körper braucht die Woche, um sich an die zusätzliche Belastung anzupassen.</translation>
        </message>
        <message>
            <source>No step up: %1, no more than %2: no run was done last week. Missed runs are not made up.</source>
            <translation>Keine Steigerung: %1, nicht mehr als %2: letzte Woche wurde kein Lauf erledigt. Verpasste Läufe werden nicht nachgeholt.</translation>
        </message>
        <message>
            <source>No step up: %1, no more than %2: the week before is not over yet, so it cannot count as a step up.</source>
            <translation>Keine Steigerung: %1, nicht mehr als %2: die Vorwoche ist noch nicht vorbei, daher kann sie nicht für eine Steigerung zählen.</translation>
        </message>
        <message>
            <source>No step up: %1, not more than %2: the days, the minutes and the spike guard leave no more room this week (see below), on the way to %3.</source>
            <translation>Keine Steigerung: %1, nicht mehr als %2: die Tage, die Minuten und der Schutz vor Sprungläufen lassen diese Woche keinen Platz mehr (siehe unten), Kurs auf %3.</translation>
        </message>
        <message>
            <source>No two runs fall on consecutive days.</source>
            <translation>Keine zwei Läufe liegen an aufeinanderfolgenden Tagen.</translation>
        </message>
        <message>
            <source>Planned from %1 on: the days already past get nothing, and the rest of the week has %2 min of running, its share of the week's %3 min.</source>
            <translation>Ab %1 geplant: die bereits vergangenen Tage bekommen nichts, und der Rest der Woche hat %2 min Laufen, seinen Anteil an den %3 min der Woche.</translation>
        </message>
        <message>
            <source>Return ladder, rung %1 of %2: %3, %4 % of the %5 min a week you ran before, %6.</source>
            <translation>Rückkehrleiter, Stufe %1 von %2: %3, %4 % der %5 min pro Woche, die du vorher gelaufen bist, %6.</translation>
        </message>
        <message>
            <source>Run %1 min without stopping, at a pace you can talk at</source>
            <translation>%1 min ohne Pause laufen, in einem Tempo, bei dem du dich noch unterhalten kannst</translation>
        </message>
        <message>
            <source>Running planned at %1 min, not %2 min: %3.</source>
            <translation>Laufen mit %1 min geplant, nicht %2 min: %3.</translation>
        </message>
        <message>
            <source>Side plank on feet and elbow</source>
            <translation>Seitstütz auf Füßen und Ellbogen</translation>
        </message>
        <message>
            <source>Side plank on knees and elbow</source>
            <translation>Seitstütz auf Knien und Ellbogen</translation>
        </message>
        <message>
            <source>Spike on %1: you ran %2 km, %3 % farther than your longest run of the 30 days before (%4 km).</source>
            <translation>Sprunglauf am %1: du bist %2 km gelaufen, %3 % weiter als dein längster Lauf der 30 Tage davor (%4 km).</translation>
        </message>
        <message>
            <source>Spike on %1: you ran %2 min, %3 % longer than your longest run of the 30 days before (%4 min).</source>
            <translation>Sprunglauf am %1: du bist %2 min gelaufen, %3 % länger als dein längster Lauf der 30 Tage davor (%4 min).</translation>
        </message>
        <message>
            <source>Stage %1 of %2 of the strength ladder. In a meta-analysis of 21 trials, exercise with education cut new back-pain episodes (moderate-quality evidence); exercise alone helped too, but that evidence is of low quality.</source>
            <translation>Stufe %1 von %2 der Kraftleiter. In einer Metaanalyse von 21 Studien verringerten Übungen mit Aufklärung neue Rückenschmerz-Episoden (Evidenz mäßiger Qualität); Übungen allein halfen ebenfalls, aber diese Evidenz ist von niedriger Qualität.</translation>
        </message>
        <message>
            <source>Steady %1 at a comfortable effort</source>
            <translation>%1 gleichmäßig bei angenehmer Anstrengung</translation>
        </message>
        <message>
            <source>Steady easy running; slow down or walk if your back complains</source>
            <translation>Gleichmäßig locker laufen; langsamer werden oder gehen, wenn sich der Rücken meldet</translation>
        </message>
        <message>
            <source>Stop if it brings on leg pain, tingling or numbness: a straight-leg raise stretches the nerves of the leg as well as the hamstrings. Keep it to a gentle pull behind the thigh.</source>
            <translation>Hör auf, wenn es Beinschmerzen, Kribbeln oder Taubheit auslöst: gestrecktes Beinheben dehnt neben den hinteren Oberschenkeln auch die Nerven des Beins. Geh nur bis zu einem sanften Ziehen hinten am Oberschenkel.</translation>
        </message>
        <message>
            <source>Supine straight-leg raise: lie on your back and raise one straight leg only until you feel a gentle pull behind the thigh, never into leg pain, tingling or numbness; hold, then the other leg</source>
            <translation>Gestrecktes Beinheben in Rückenlage: auf den Rücken legen und ein gestrecktes Bein nur so weit heben, bis du ein sanftes Ziehen hinten am Oberschenkel spürst, nie bis in Beinschmerzen, Kribbeln oder Taubheit; halten, dann das andere Bein</translation>
        </message>
        <message>
            <source>Supine straight-leg raise: lie on your back and raise one straight leg until you feel a gentle pull behind the thigh (a towel around the foot helps); hold there without pulling further, then the other leg</source>
            <translation>Gestrecktes Beinheben in Rückenlage: auf den Rücken legen und ein gestrecktes Bein heben, bis du ein sanftes Ziehen hinten am Oberschenkel spürst (ein Handtuch um den Fuß hilft); dort halten, ohne weiter zu ziehen, dann das andere Bein</translation>
        </message>
        <message>
            <source>The longer of this week's two runs: %1 of %2 min of running; the other is shorter so they differ.</source>
            <translation>Der längere der beiden Läufe dieser Woche: %1 von %2 min Laufen; der andere ist kürzer, damit sie sich unterscheiden.</translation>
        </message>
        <message>
            <source>The longer run of the week: %1 of this week's %2 min of running (at most 40 %).</source>
            <translation>Der längere Lauf der Woche: %1 der %2 min Laufen dieser Woche (höchstens 40 %).</translation>
        </message>
        <message>
            <source>The one run that fits this week: %1 min of running, at an easy pace.</source>
            <translation>Der eine Lauf, der diese Woche passt: %1 min Laufen, in lockerem Tempo.</translation>
        </message>
        <message>
            <source>The rung's %1 min would be more than 10 % over %2.</source>
            <translation>Die %1 min der Stufe wären über 10 % mehr als %2.</translation>
        </message>
        <message>
            <source>The runs get longer and the walks shorter week by week until you run %1 min without stopping.</source>
            <translation>Die Läufe werden Woche für Woche länger und die Gehpausen kürzer, bis du %1 min ohne Pause läufst.</translation>
        </message>
        <message>
            <source>The week's load is too even (monotony %1, below 1.5 wanted): there are too few days to alternate harder and easier ones.</source>
            <translation>Die Belastung der Woche ist zu gleichförmig (Monotonie %1, unter 1,5 gewünscht): es gibt zu wenige Tage, um härtere und leichtere abzuwechseln.</translation>
        </message>
        <message>
            <source>Up a step: %1, at most 10 % over %2 (what you ran in the last 4 weeks), toward %3.</source>
            <translation>Steigerung: %1, höchstens 10 % mehr als %2 (was du in den letzten 4 Wochen gelaufen bist), Kurs auf %3.</translation>
        </message>
        <message>
            <source>Walk–run</source>
            <translation>Gehen–Laufen</translation>
        </message>
        <message>
            <source>Walk–run programme, week 1: %1, in short runs with walking breaks. The runs get longer week by week until you run %2 min without stopping, on the way to %3.</source>
            <translation>Gehen–Laufen-Programm, Woche 1: %1, in kurzen Läufen mit Gehpausen. Die Läufe werden Woche für Woche länger, bis du %2 min ohne Pause läufst, Kurs auf %3.</translation>
        </message>
        <message>
            <source>Walk–run: %1 min of running, part of this week's %2 min.</source>
            <translation>Gehen–Laufen: %1 min Laufen, Teil der %2 min dieser Woche.</translation>
        </message>
        <message>
            <source>Walk–runs first after a red flag, then continuous running on the next rung.</source>
            <translation>Nach einem Warnzeichen zuerst Gehen–Laufen, dann auf der nächsten Stufe durchgehendes Laufen.</translation>
        </message>
        <message>
            <source>Walk–runs first: 4 min running, 1 min walking.</source>
            <translation>Zuerst Gehen–Laufen: 4 min laufen, 1 min gehen.</translation>
        </message>
        <message>
            <source>after more than %1 weeks without running</source>
            <translation>nach mehr als %1 Wochen ohne Laufen</translation>
        </message>
        <message>
            <source>after the red flag a clinician cleared on %1</source>
            <translation>nach dem Warnzeichen, das eine Fachperson am %1 freigegeben hat</translation>
        </message>
        <message>
            <source>after the red week of %1</source>
            <translation>nach der roten Woche vom %1</translation>
        </message>
        <message>
            <source>back pain %1/10 after the run of %2, above the %3/10 that running under pain monitoring allows</source>
            <translation>Rückenschmerz %1/10 nach dem Lauf vom %2, über den %3/10, die Laufen mit Schmerzbeobachtung erlaubt</translation>
        </message>
        <message>
            <source>back pain %1/10 on %2, above the %3/10 that running under pain monitoring allows</source>
            <translation>Rückenschmerz %1/10 am %2, über den %3/10, die Laufen mit Schmerzbeobachtung erlaubt</translation>
        </message>
        <message>
            <source>back pain %1/10 or more on two days in a row (%2 and %3)</source>
            <translation>Rückenschmerz %1/10 oder mehr an zwei Tagen hintereinander (%2 und %3)</translation>
        </message>
        <message>
            <source>back pain %1/10 the morning after a run (%2), %3 points or more above your usual %4/10</source>
            <translation>Rückenschmerz %1/10 am Morgen nach einem Lauf (%2), %3 Punkte oder mehr über deinem üblichen Wert von %4/10</translation>
        </message>
        <message>
            <source>in the amber zone no run is longer than %1 min, and runs differ in length</source>
            <translation>in der gelben Zone ist kein Lauf länger als %1 min, und die Läufe sind unterschiedlich lang</translation>
        </message>
        <message>
            <source>last week %1 of the %2 planned minutes of running were done</source>
            <translation>letzte Woche wurden %1 der %2 geplanten Laufminuten erledigt</translation>
        </message>
        <message>
            <source>last week you ran %1 min of the %2 min planned (more than 120 %)</source>
            <translation>letzte Woche bist du %1 min der %2 geplanten min gelaufen (mehr als 120 %)</translation>
        </message>
        <message>
            <source>mean back pain %1/10 over the last 7 days</source>
            <translation>mittlerer Rückenschmerz %1/10 in den letzten 7 Tagen</translation>
        </message>
        <message>
            <source>no day has %1 min free besides the runs, the stretches and the rest day</source>
            <translation>kein Tag hat neben den Läufen, den Dehnungen und dem Ruhetag %1 min frei</translation>
        </message>
        <message>
            <source>no run may be longer than %1 min (110 % of your longest run in the 30 days before it), and the longer run may be at most 40 % of the week</source>
            <translation>kein Lauf darf länger als %1 min sein (110 % deines längsten Laufs der 30 Tage davor), und der längere Lauf darf höchstens 40 % der Woche ausmachen</translation>
        </message>
        <message>
            <source>the days and minutes you have leave no more room</source>
            <translation>deine Tage und Minuten lassen keinen Platz mehr</translation>
        </message>
        <message>
            <source>with no run in the last 30 days, no run may be more than 10 % longer than the longest before it this week, nor longer than %1 min</source>
            <translation>ohne Lauf in den letzten 30 Tagen darf kein Lauf mehr als 10 % länger sein als der längste davor in dieser Woche und nicht länger als %1 min</translation>
        </message>
        <message>
            <source>your goal of %1 min</source>
            <translation>dein Ziel von %1 min</translation>
        </message>
        <message>
            <source>your level of %1 min</source>
            <translation>dein Niveau von %1 min</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::PlanRepository</name>
        <message>
            <source>%1 already has a plan.</source>
            <translation>%1 hat schon einen Plan.</translation>
        </message>
        <message>
            <source>A week must start on a Monday.</source>
            <translation>Eine Woche muss an einem Montag beginnen.</translation>
        </message>
        <message>
            <source>Recording a session needs a valid date for today.</source>
            <translation>Um eine Einheit zu erfassen, braucht es ein gültiges Datum für heute.</translation>
        </message>
        <message>
            <source>There is no session %1.</source>
            <translation>Es gibt keine Einheit %1.</translation>
        </message>
        <message>
            <source>creating the week %1</source>
            <translation>Anlegen der Woche %1</translation>
        </message>
        <message>
            <source>deleting session %1</source>
            <translation>Löschen von Einheit %1</translation>
        </message>
        <message>
            <source>deleting the plan for %1</source>
            <translation>Löschen des Plans für %1</translation>
        </message>
        <message>
            <source>moving session %1 to %2</source>
            <translation>Verschieben von Einheit %1 auf %2</translation>
        </message>
        <message>
            <source>re-planning %1</source>
            <translation>Neuplanen von %1</translation>
        </message>
        <message>
            <source>reading planned weeks</source>
            <translation>Lesen der geplanten Wochen</translation>
        </message>
        <message>
            <source>reading session %1</source>
            <translation>Lesen von Einheit %1</translation>
        </message>
        <message>
            <source>reading sessions from %1 to %2</source>
            <translation>Lesen der Einheiten von %1 bis %2</translation>
        </message>
        <message>
            <source>reading the sessions of %1</source>
            <translation>Lesen der Einheiten von %1</translation>
        </message>
        <message>
            <source>reading the week %1</source>
            <translation>Lesen der Woche %1</translation>
        </message>
        <message>
            <source>restoring %1</source>
            <translation>Wiederherstellen von %1</translation>
        </message>
        <message>
            <source>restoring the session's record</source>
            <translation>Wiederherstellen des Eintrags der Einheit</translation>
        </message>
        <message>
            <source>saving the plan for %1</source>
            <translation>Speichern des Plans für %1</translation>
        </message>
        <message>
            <source>saving the session "%1"</source>
            <translation>Speichern der Einheit „%1“</translation>
        </message>
        <message>
            <source>saving the session "%1" on %2</source>
            <translation>Speichern der Einheit „%1“ am %2</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Planner</name>
        <message>
            <source>%1 already has a plan.</source>
            <translation>%1 hat schon einen Plan.</translation>
        </message>
        <message>
            <source>%1 already has ticked or skipped sessions; it was left as it is. Re-plan the rest of the week instead (Plan ▸ Re-plan the Rest of the Week, or: stridewise plan --replan).</source>
            <translation>%1 hat schon abgehakte oder ausgelassene Einheiten; sie blieb, wie sie ist. Plane stattdessen den Rest der Woche neu (Plan ▸ Rest der Woche neu planen oder: stridewise plan --replan).</translation>
        </message>
        <message>
            <source>%1 has no plan yet.</source>
            <translation>%1 hat noch keinen Plan.</translation>
        </message>
        <message>
            <source>%1 is after today (%2): record a clearance on the day a clinician saw you.</source>
            <translation>%1 liegt nach heute (%2): erfasse eine Freigabe an dem Tag, an dem dich eine Fachperson untersucht hat.</translation>
        </message>
        <message>
            <source>%1 is over: Stridewise plans from today on, and nothing is planned for days already past.</source>
            <translation>%1 ist vorbei: Stridewise plant ab heute, und für bereits vergangene Tage wird nichts geplant.</translation>
        </message>
        <message>
            <source>A clearance needs a valid date.</source>
            <translation>Eine Freigabe braucht ein gültiges Datum.</translation>
        </message>
        <message>
            <source>A week must start on a Monday.</source>
            <translation>Eine Woche muss an einem Montag beginnen.</translation>
        </message>
        <message>
            <source>There is no profile yet. Fill in your profile first (Edit ▸ Profile…, or: stridewise profile set …).</source>
            <translation>Es gibt noch kein Profil. Füll zuerst dein Profil aus (Bearbeiten ▸ Profil… oder: stridewise profile set …).</translation>
        </message>
        <message>
            <source>There is no red flag to clear on or before %1: no red-flag symptoms are logged since %2.</source>
            <translation>Am oder vor dem %1 gibt es kein Warnzeichen freizugeben: seit %2 sind keine Warnsymptome erfasst.</translation>
        </message>
        <message>
            <source>the clearance of %1</source>
            <translation>der Freigabe vom %1</translation>
        </message>
        <message>
            <source>you started</source>
            <translation>du angefangen hast</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::PreferencesDialog</name>
        <message>
            <source>&amp;Calendar…</source>
            <translation>&amp;Kalender…</translation>
        </message>
        <message>
            <source>&amp;Watched Folder…</source>
            <translation>Über&amp;wachter Ordner…</translation>
        </message>
        <message>
            <source>A notification an hour before each run of the plan, at the times below. None while red-flag symptoms keep you from running.</source>
            <translation>Eine Benachrichtigung eine Stunde vor jedem Lauf des Plans, zu den Zeiten unten. Keine, solange Warnsymptome dich vom Laufen abhalten.</translation>
        </message>
        <message>
            <source>A notification for the evening hamstring stretch, with Done and Later.</source>
            <translation>Eine Benachrichtigung für die abendliche Dehnung, mit „Erledigt“ und „Später“.</translation>
        </message>
        <message>
            <source>A notification for the morning hamstring stretch, with Done and Later.</source>
            <translation>Eine Benachrichtigung für die morgendliche Dehnung, mit „Erledigt“ und „Später“.</translation>
        </message>
        <message>
            <source>Adds a systemd timer to your own account (~/.config/systemd/user) that checks every five minutes whether a reminder is due. Untick to remove it.</source>
            <translation>Legt in deinem eigenen Konto (~/.config/systemd/user) einen systemd-Timer an, der alle fünf Minuten prüft, ob eine Erinnerung fällig ist. Haken entfernen, um ihn zu löschen.</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <source>Choose a folder for %1</source>
            <translation>Einen Ordner für %1 wählen</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>Closes Preferences; every change is already saved.</source>
            <translation>Schließt die Einstellungen; jede Änderung ist schon gespeichert.</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Distances in:</source>
            <translation>Distanzen in:</translation>
        </message>
        <message>
            <source>Edit &amp;Profile…</source>
            <translation>&amp;Profil bearbeiten…</translation>
        </message>
        <message>
            <source>Evening reminder at:</source>
            <translation>Abends erinnern um:</translation>
        </message>
        <message>
            <source>Evening runs start at:</source>
            <translation>Abendläufe beginnen um:</translation>
        </message>
        <message>
            <source>Evening stretch:</source>
            <translation>Abendliche Dehnung:</translation>
        </message>
        <message>
            <source>Follow the desktop</source>
            <translation>Wie der Desktop</translation>
        </message>
        <message>
            <source>How imported distances and paces are shown on the cards, in the session panel and in Progress (View ▸ Distances in Miles switches it too).</source>
            <translation>Wie importierte Distanzen und Tempo auf den Karten, im Einheitenbereich und im Verlauf angezeigt werden (Ansicht ▸ Distanzen in Meilen schaltet es ebenfalls um).</translation>
        </message>
        <message>
            <source>Kilometres (km)</source>
            <translation>Kilometer (km)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Light or dark colours for every Stridewise window.</source>
            <translation>Helle oder dunkle Farben für jedes Stridewise-Fenster.</translation>
        </message>
        <message>
            <source>Midday runs start at:</source>
            <translation>Mittagsläufe beginnen um:</translation>
        </message>
        <message>
            <source>Miles (mi)</source>
            <translation>Meilen (mi)</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Weitere</translation>
        </message>
        <message>
            <source>Morning reminder at:</source>
            <translation>Morgens erinnern um:</translation>
        </message>
        <message>
            <source>Morning runs start at:</source>
            <translation>Morgenläufe beginnen um:</translation>
        </message>
        <message>
            <source>Morning stretch:</source>
            <translation>Morgendliche Dehnung:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keiner</translation>
        </message>
        <message>
            <source>Opens the calendar publishing of the data file that is open.</source>
            <translation>Öffnet die Kalender-Veröffentlichung der geöffneten Datendatei.</translation>
        </message>
        <message>
            <source>Opens the profile editor; a changed profile can re-plan the rest of the week.</source>
            <translation>Öffnet den Profileditor; ein geändertes Profil kann den Rest der Woche neu planen.</translation>
        </message>
        <message>
            <source>Opens the watched folder of the data file that is open.</source>
            <translation>Öffnet den überwachten Ordner der geöffneten Datendatei.</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Puts every preference on this page back to how Stridewise comes.</source>
            <translation>Setzt jede Einstellung auf dieser Seite auf den Auslieferungszustand zurück.</translation>
        </message>
        <message>
            <source>Remind me</source>
            <translation>Erinnern</translation>
        </message>
        <message>
            <source>Remind me an hour before a planned run</source>
            <translation>Eine Stunde vor einem geplanten Lauf erinnern</translation>
        </message>
        <message>
            <source>Remind me when Stridewise is closed, too</source>
            <translation>Auch erinnern, wenn Stridewise geschlossen ist</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <source>Runs:</source>
            <translation>Läufe:</translation>
        </message>
        <message>
            <source>Stridewise closed:</source>
            <translation>Stridewise geschlossen:</translation>
        </message>
        <message>
            <source>The folder your watch's recordings are imported from, and the calendar the plan is published to.</source>
            <translation>Der Ordner, aus dem die Aufzeichnungen deiner Uhr importiert werden, und der Kalender, in dem der Plan veröffentlicht wird.</translation>
        </message>
        <message>
            <source>Theme:</source>
            <translation>Farbschema:</translation>
        </message>
        <message>
            <source>This Data File</source>
            <translation>Diese Datendatei</translation>
        </message>
        <message>
            <source>When the evening stretch reminder comes.</source>
            <translation>Wann die Erinnerung an die abendliche Dehnung kommt.</translation>
        </message>
        <message>
            <source>When the morning stretch reminder comes.</source>
            <translation>Wann die Erinnerung an die morgendliche Dehnung kommt.</translation>
        </message>
        <message>
            <source>When you usually start a run planned for midday.</source>
            <translation>Wann du einen für mittags geplanten Lauf gewöhnlich beginnst.</translation>
        </message>
        <message>
            <source>When you usually start a run planned for the evening.</source>
            <translation>Wann du einen für abends geplanten Lauf gewöhnlich beginnst.</translation>
        </message>
        <message>
            <source>When you usually start a run planned for the morning.</source>
            <translation>Wann du einen für morgens geplanten Lauf gewöhnlich beginnst.</translation>
        </message>
        <message>
            <source>Your running, the days and time you have, your low-impact activities.</source>
            <translation>Dein Laufen, deine Tage und Zeit, deine gelenkschonenden Aktivitäten.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::PrintChart</name>
        <message>
            <source>Low-impact</source>
            <translation>Gelenkschonend</translation>
        </message>
        <message>
            <source>Red-flag day</source>
            <translation>Tag mit Warnsymptomen</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Laufen</translation>
        </message>
        <message>
            <source>Strength and stretches</source>
            <translation>Kraft und Dehnen</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ProfileRepository</name>
        <message>
            <source>reading the profile</source>
            <translation>Lesen des Profils</translation>
        </message>
        <message>
            <source>saving the profile</source>
            <translation>Speichern des Profils</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ProfileWizard</name>
        <message>
            <source> days a week</source>
            <translation> Tage pro Woche</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source> min a week</source>
            <translation> min pro Woche</translation>
        </message>
        <message>
            <source>%1 is not one of your training days: tick it, or choose another day for the longer run.</source>
            <translation>%1 ist keiner deiner Trainingstage: hak ihn an oder wähle einen anderen Tag für den längeren Lauf.</translation>
        </message>
        <message>
            <source>&amp;Experience:</source>
            <translation>&amp;Erfahrung:</translation>
        </message>
        <message>
            <source>&amp;Longer run on:</source>
            <translation>&amp;Längerer Lauf am:</translation>
        </message>
        <message>
            <source>&amp;Plan my week</source>
            <translation>Meine Woche &amp;planen</translation>
        </message>
        <message>
            <source>&amp;Running in a typical recent week:</source>
            <translation>&amp;Laufen in einer typischen Woche der letzten Zeit:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Stop and see a clinician if you get pain down a leg with numbness, tingling or weakness, or night pain that does not ease. Go to urgent care the same day for new trouble passing urine, loss of bladder or bowel control, or numbness between the legs.&lt;/p&gt;&lt;p&gt;The next pages ask what the planner needs. Every answer has a sensible default and can be changed later with Edit ▸ Profile…&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Hör auf und geh zu einer Ärztin oder einem Arzt, wenn Schmerz mit Taubheit, Kribbeln oder Schwäche ins Bein ausstrahlt oder nachts Schmerz auftritt, der nicht nachlässt. Such noch am selben Tag die Notaufnahme auf bei neuen Problemen beim Wasserlassen, Verlust der Blasen- oder Darmkontrolle oder Taubheit zwischen den Beinen.&lt;/p&gt;&lt;p&gt;Die nächsten Seiten fragen, was der Planer braucht. Jede Antwort hat einen sinnvollen Standard und lässt sich später unter Bearbeiten ▸ Profil… ändern.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>Bevor du anfängst</translation>
        </message>
        <message>
            <source>Day for the longer run</source>
            <translation>Tag für den längeren Lauf</translation>
        </message>
        <message>
            <source>Days you can train:</source>
            <translation>Tage, an denen du trainieren kannst:</translation>
        </message>
        <message>
            <source>Easy on the back</source>
            <translation>Schonend für den Rücken</translation>
        </message>
        <message>
            <source>Low-impact sessions keep you fit when running has to ease off. Pick what you enjoy.</source>
            <translation>Gelenkschonende Einheiten halten dich fit, wenn das Laufen kürzertreten muss. Wähle, was dir Spaß macht.</translation>
        </message>
        <message>
            <source>Most minutes available on a Saturday or Sunday</source>
            <translation>Höchstens verfügbare Minuten an einem Samstag oder Sonntag</translation>
        </message>
        <message>
            <source>Most minutes available on a weekday</source>
            <translation>Höchstens verfügbare Minuten an einem Werktag</translation>
        </message>
        <message>
            <source>Plans start from what you do now and grow slowly.</source>
            <translation>Pläne beginnen bei dem, was du jetzt machst, und wachsen langsam.</translation>
        </message>
        <message>
            <source>Running &amp;days wanted:</source>
            <translation>Gewünschte &amp;Lauftage:</translation>
        </message>
        <message>
            <source>Running days wanted a week</source>
            <translation>Gewünschte Lauftage pro Woche</translation>
        </message>
        <message>
            <source>Running experience</source>
            <translation>Lauferfahrung</translation>
        </message>
        <message>
            <source>Running minutes in a typical recent week</source>
            <translation>Laufminuten in einer typischen Woche der letzten Zeit</translation>
        </message>
        <message>
            <source>Sessions go only on days you have, and never longer than the time you have.</source>
            <translation>Einheiten kommen nur auf Tage, die du hast, und nie länger als die Zeit, die du hast.</translation>
        </message>
        <message>
            <source>Stridewise plans running weeks that look after your back.</source>
            <translation>Stridewise plant Laufwochen, die auf deinen Rücken achten.</translation>
        </message>
        <message>
            <source>Time on a &amp;weekday, at most:</source>
            <translation>Zeit an einem &amp;Werktag, höchstens:</translation>
        </message>
        <message>
            <source>Time on a week&amp;end day, at most:</source>
            <translation>Zeit an einem Wochen&amp;endtag, höchstens:</translation>
        </message>
        <message>
            <source>Welcome to Stridewise</source>
            <translation>Willkommen bei Stridewise</translation>
        </message>
        <message>
            <source>Your days</source>
            <translation>Deine Tage</translation>
        </message>
        <message>
            <source>Your profile</source>
            <translation>Dein Profil</translation>
        </message>
        <message>
            <source>Your running</source>
            <translation>Dein Laufen</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ProgressView</name>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>&amp;Distance and shoes</source>
            <translation>&amp;Distanz und Schuhe</translation>
        </message>
        <message>
            <source>&amp;Export PNG…</source>
            <translation>PNG &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;Over time</source>
            <translation>&amp;Im Verlauf</translation>
        </message>
        <message>
            <source>&amp;Pain against load</source>
            <translation>&amp;Schmerz gegen Belastung</translation>
        </message>
        <message>
            <source>&amp;Range:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 Jahr</translation>
        </message>
        <message>
            <source>12 weeks</source>
            <translation>12 Wochen</translation>
        </message>
        <message>
            <source>4 weeks</source>
            <translation>4 Wochen</translation>
        </message>
        <message>
            <source>6 months</source>
            <translation>6 Monate</translation>
        </message>
        <message>
            <source>A4 landscape, 150 dpi (1754 × 1240)</source>
            <translation>A4 quer, 150 dpi (1754 × 1240)</translation>
        </message>
        <message>
            <source>A4 landscape, 300 dpi (3508 × 2480)</source>
            <translation>A4 quer, 300 dpi (3508 × 2480)</translation>
        </message>
        <message>
            <source>Acute:chronic ratio: %1× (context only)</source>
            <translation>Akut:chronisch-Verhältnis: %1× (nur Kontext)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>As on screen</source>
            <translation>Wie auf dem Bildschirm</translation>
        </message>
        <message>
            <source>Back pain against training load, %1</source>
            <translation>Rückenschmerz gegen Trainingsbelastung, %1</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Compare a day's load with back pain &amp;logged:</source>
            <translation>Belastung eines Tages vergleichen mit Rückenschmerz &amp;erfasst:</translation>
        </message>
        <message>
            <source>Could not read your training history: %1</source>
            <translation>Dein Trainingsverlauf konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Could not save the chart to %1: %2</source>
            <translation>Das Diagramm konnte nicht in %1 gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Days between load and back pain</source>
            <translation>Tage zwischen Belastung und Rückenschmerz</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>Export the visible chart as a PNG image</source>
            <translation>Das sichtbare Diagramm als PNG-Bild exportieren</translation>
        </message>
        <message>
            <source>Letter landscape, 150 dpi (1650 × 1275)</source>
            <translation>Letter quer, 150 dpi (1650 × 1275)</translation>
        </message>
        <message>
            <source>Letter landscape, 300 dpi (3300 × 2550)</source>
            <translation>Letter quer, 300 dpi (3300 × 2550)</translation>
        </message>
        <message>
            <source>Load of the last 7 days against the last 28 (averages weighted towards recent days)</source>
            <translation>Belastung der letzten 7 Tage gegen die der letzten 28 (Mittelwerte mit mehr Gewicht auf den letzten Tagen)</translation>
        </message>
        <message>
            <source>Nothing to show for %1 yet.</source>
            <translation>Für %1 gibt es noch nichts zu zeigen.</translation>
        </message>
        <message numerus="yes">
            <source>Only %n days with a back-pain log in this range.</source>
            <translation>
                <numerusform>Nur %n Tag mit Rückenschmerz-Eintrag in diesem Zeitraum.</numerusform>
                <numerusform>Nur %n Tage mit Rückenschmerz-Eintrag in diesem Zeitraum.</numerusform>
            </translation>
        </message>
        <message>
            <source>Only 1 day with a back-pain log in this range.</source>
            <translation>Nur 1 Tag mit Rückenschmerz-Eintrag in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Reading your training history</source>
            <translation>Dein Trainingsverlauf wird gelesen</translation>
        </message>
        <message>
            <source>Saved the chart to %1.</source>
            <translation>Diagramm in %1 gespeichert.</translation>
        </message>
        <message>
            <source>Show the acute:chronic &amp;ratio</source>
            <translation>Akut:chronisch-&amp;Verhältnis zeigen</translation>
        </message>
        <message>
            <source>Show the acute:chronic ratio</source>
            <translation>Akut:chronisch-Verhältnis zeigen</translation>
        </message>
        <message>
            <source>Size of the exported image</source>
            <translation>Größe des exportierten Bildes</translation>
        </message>
        <message>
            <source>Slide, 1600 × 900</source>
            <translation>Folie, 1600 × 900</translation>
        </message>
        <message>
            <source>The acute:chronic ratio is context, not a verdict: whether it predicts injury is disputed (Impellizzeri et al. 2020), and in a study of 5,205 runners it did not flag risk (Frandsen et al. 2025).</source>
            <translation>Das Akut:chronisch-Verhältnis ist Kontext, kein Urteil: ob es Verletzungen vorhersagt, ist umstritten (Impellizzeri et al. 2020), und in einer Studie mit 5.205 Läuferinnen und Läufern zeigte es kein Risiko an (Frandsen et al. 2025).</translation>
        </message>
        <message>
            <source>Tick off sessions and log your back pain for two weeks to see the relationship.</source>
            <translation>Hake zwei Wochen lang Einheiten ab und erfasse deinen Rückenschmerz, dann zeigt sich der Zusammenhang.</translation>
        </message>
        <message>
            <source>Training load and back pain, %1</source>
            <translation>Trainingsbelastung und Rückenschmerz, %1</translation>
        </message>
        <message numerus="yes">
            <source>n = %n paired days: a day's load (effort × min) with the back pain logged %1. Days without a pain log are left out, not counted as 0; a bigger dot stands for several days with the same numbers.</source>
            <translation>
                <numerusform>n = %n gepaarter Tag: die Belastung eines Tages (Anstrengung × min) mit dem Rückenschmerz, erfasst %1. Tage ohne Schmerzeintrag fehlen und zählen nicht als 0; ein größerer Punkt steht für mehrere Tage mit denselben Zahlen.</numerusform>
                <numerusform>n = %n gepaarte Tage: die Belastung eines Tages (Anstrengung × min) mit dem Rückenschmerz, erfasst %1. Tage ohne Schmerzeintrag fehlen und zählen nicht als 0; ein größerer Punkt steht für mehrere Tage mit denselben Zahlen.</numerusform>
            </translation>
        </message>
        <message>
            <source>stridewise-pain-vs-load-%1.png</source>
            <translation>stridewise-schmerz-gegen-belastung-%1.png</translation>
        </message>
        <message>
            <source>stridewise-progress-%1.png</source>
            <translation>stridewise-verlauf-%1.png</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ProgressWindow</name>
        <message>
            <source>Progress – Stridewise</source>
            <translation>Verlauf – Stridewise</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::PublishScheduler</name>
        <message>
            <source>Calendar not updated: %1</source>
            <translation>Kalender nicht aktualisiert: %1</translation>
        </message>
        <message numerus="yes">
            <source>Calendar not updated: the server cannot be reached. Nothing is lost; trying again in %n minutes.</source>
            <translation>
                <numerusform>Kalender nicht aktualisiert: Der Server ist nicht erreichbar. Nichts geht verloren; neuer Versuch in einer Minute.</numerusform>
                <numerusform>Kalender nicht aktualisiert: Der Server ist nicht erreichbar. Nichts geht verloren; neuer Versuch in %n Minuten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Calendar not updated: the server cannot be reached. Nothing is lost; trying again in a minute.</source>
            <translation>Kalender nicht aktualisiert: Der Server ist nicht erreichbar. Nichts geht verloren; neuer Versuch in einer Minute.</translation>
        </message>
        <message>
            <source>Calendar up to date.</source>
            <translation>Kalender ist aktuell.</translation>
        </message>
        <message numerus="yes">
            <source>Calendar up to date: %n events changed.</source>
            <translation>
                <numerusform>Kalender ist aktuell: ein Termin geändert.</numerusform>
                <numerusform>Kalender ist aktuell: %n Termine geändert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Calendar up to date: 1 event changed.</source>
            <translation>Kalender ist aktuell: 1 Termin geändert.</translation>
        </message>
        <message>
            <source>Publishing the plan to your calendar…</source>
            <translation>Plan wird in deinem Kalender veröffentlicht…</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::RedFlags</name>
        <message>
            <source>Go to urgent care today (an emergency department). New trouble passing urine, loss of bladder or bowel control, numbness between the legs, or numbness or weakness in both legs can mean a nerve is pressed and need a doctor now. Do not run or train.</source>
            <translation>Geh heute noch in die Notaufnahme. Neue Probleme beim Wasserlassen, Verlust der Blasen- oder Darmkontrolle, Taubheit zwischen den Beinen oder Taubheit oder Schwäche in beiden Beinen können bedeuten, dass ein Nerv eingeklemmt ist, und brauchen sofort ärztliche Hilfe. Lauf nicht und trainiere nicht.</translation>
        </message>
        <message>
            <source>Go to urgent care today. Do not run.</source>
            <translation>Geh heute noch in die Notaufnahme. Lauf nicht.</translation>
        </message>
        <message>
            <source>Recorded that a clinician saw you on %1 about %2. From the next plan on, running comes back on the return ladder, starting with walk–runs, and core strength restarts at two sessions a week.</source>
            <translation>Erfasst: eine Fachperson hat dich am %1 wegen %2 untersucht. Ab dem nächsten Plan kommt das Laufen über die Rückkehrleiter zurück, beginnend mit Gehen–Laufen, und Rumpfkraft beginnt wieder mit zwei Einheiten pro Woche.</translation>
        </message>
        <message>
            <source>Recorded that a clinician saw you on %1.</source>
            <translation>Erfasst: eine Fachperson hat dich am %1 untersucht.</translation>
        </message>
        <message>
            <source>Red flag %1: %2. %3 Running and strength stay off until you record that a clinician has seen you.</source>
            <translation>Warnzeichen %1: %2. %3 Laufen und Krafttraining fallen aus, bis du erfasst, dass dich eine Fachperson untersucht hat.</translation>
        </message>
        <message>
            <source>See a clinician before you continue: you logged %1 %2. Running and strength work stay off, this week and every week after, until you record that a clinician has seen you.</source>
            <translation>Geh zu einer Ärztin oder einem Arzt, bevor du weitermachst: du hast %2 %1 erfasst. Laufen und Krafttraining fallen aus, diese Woche und jede Woche danach, bis du erfasst, dass dich eine Fachperson untersucht hat.</translation>
        </message>
        <message>
            <source>Seek urgent medical care today (emergency department): you logged %1 %2. New trouble passing urine, loss of bladder or bowel control, numbness between the legs or in both legs can mean a serious nerve problem that needs care the same day. Nothing is planned, not even the stretch, until you record that a clinician has seen you.</source>
            <translation>Such heute noch dringend ärztliche Hilfe (Notaufnahme): du hast %2 %1 erfasst. Neue Probleme beim Wasserlassen, Verlust der Blasen- oder Darmkontrolle, Taubheit zwischen den Beinen oder in beiden Beinen können ein ernstes Nervenproblem bedeuten, das noch am selben Tag behandelt werden muss. Nichts wird geplant, nicht einmal die Dehnung, bis du erfasst, dass dich eine Fachperson untersucht hat.</translation>
        </message>
        <message>
            <source>Stop running and see a clinician soon.</source>
            <translation>Hör auf zu laufen und geh bald zu einer Ärztin oder einem Arzt.</translation>
        </message>
        <message>
            <source>Stop running and see a clinician soon. Until a clinician has seen you, skip runs and strength work: plans leave them out until you record that a clinician has cleared you, and Re-plan takes them out of the rest of this week. The stretches and easy walking stay if they bring on no leg symptoms.</source>
            <translation>Hör auf zu laufen und geh bald zu einer Ärztin oder einem Arzt. Bis dich eine Fachperson untersucht hat, lass Läufe und Krafttraining aus: Pläne lassen sie weg, bis du erfasst, dass dich eine Fachperson freigegeben hat, und Neu planen nimmt sie aus dem Rest dieser Woche. Die Dehnungen und lockeres Gehen bleiben, wenn sie keine Beinbeschwerden auslösen.</translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>vom %1 bis %2</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>am %1</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ReminderActions</name>
        <message>
            <source>In place: %1</source>
            <translation>Eingerichtet: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 from the reminder.</source>
            <translation>Nicht gespeichert: %1 aus der Erinnerung.</translation>
        </message>
        <message>
            <source>Reminder again at %1.</source>
            <translation>Erinnerung wieder um %1.</translation>
        </message>
        <message>
            <source>Reminder not shown: %1</source>
            <translation>Erinnerung nicht angezeigt: %1</translation>
        </message>
        <message>
            <source>Reminders: %1</source>
            <translation>Erinnerungen: %1</translation>
        </message>
        <message>
            <source>Session %1 is no longer in the plan.</source>
            <translation>Einheit %1 steht nicht mehr im Plan.</translation>
        </message>
        <message>
            <source>The plan is open read-only: Later cannot be remembered.</source>
            <translation>Der Plan ist schreibgeschützt geöffnet: „Später“ kann nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>The plan is open read-only: tick the session off when it can be written.</source>
            <translation>Der Plan ist schreibgeschützt geöffnet: hake die Einheit ab, sobald er geschrieben werden kann.</translation>
        </message>
        <message>
            <source>The timer is not in place (removed outside Stridewise?): untick and tick again to write it.</source>
            <translation>Der Timer ist nicht eingerichtet (außerhalb von Stridewise entfernt?): Haken entfernen und wieder setzen, um ihn zu schreiben.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ReminderRepository</name>
        <message>
            <source>reading the reminders of %1</source>
            <translation>Lesen der Erinnerungen vom %1</translation>
        </message>
        <message>
            <source>saving the reminders of %1</source>
            <translation>Speichern der Erinnerungen vom %1</translation>
        </message>
        <message>
            <source>tidying up old reminders</source>
            <translation>Aufräumen alter Erinnerungen</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ReminderSender</name>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message numerus="yes">
            <source>Later (%n min)</source>
            <translation>
                <numerusform>Später (%n min)</numerusform>
                <numerusform>Später (%n min)</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick it off in Stridewise when you have done it.</source>
            <translation>Hake sie in Stridewise ab, wenn du sie gemacht hast.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ReminderService</name>
        <message>
            <source>No reminder "%1" was shown on %2.</source>
            <translation>Am %2 wurde keine Erinnerung „%1“ angezeigt.</translation>
        </message>
        <message>
            <source>Session %1 is no longer in the plan.</source>
            <translation>Einheit %1 steht nicht mehr im Plan.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ReminderTimer</name>
        <message>
            <source>Could not create %1.</source>
            <translation>%1 konnte nicht angelegt werden.</translation>
        </message>
        <message>
            <source>Could not enable the timer in %1.</source>
            <translation>Der Timer konnte in %1 nicht aktiviert werden.</translation>
        </message>
        <message>
            <source>Could not remove the reminder timer from %1.</source>
            <translation>Der Erinnerungs-Timer konnte nicht aus %1 entfernt werden.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Reminders come only while Stridewise is open.</source>
            <translation>Erinnerungen kommen nur, solange Stridewise geöffnet ist.</translation>
        </message>
        <message>
            <source>Reminders now come with Stridewise closed, too (systemd user timer %1).</source>
            <translation>Erinnerungen kommen jetzt auch bei geschlossenem Stridewise (systemd-Benutzer-Timer %1).</translation>
        </message>
        <message>
            <source>The timer is written to %1; your session's systemd did not answer, so it starts at your next login.</source>
            <translation>Der Timer ist nach %1 geschrieben; das systemd deiner Sitzung hat nicht geantwortet, daher startet er bei deiner nächsten Anmeldung.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Reminders</name>
        <message>
            <source>%1 (evening)</source>
            <comment>reminder title: the session's title</comment>
            <translation>%1 (abends)</translation>
        </message>
        <message>
            <source>%1 (morning)</source>
            <comment>reminder title: the session's title</comment>
            <translation>%1 (morgens)</translation>
        </message>
        <message>
            <source>%1 min at %2, effort %3/10.</source>
            <translation>%1 min um %2, Anstrengung %3/10.</translation>
        </message>
        <message>
            <source>%1 min at %2, effort %3/10. Warm up first: %4.</source>
            <translation>%1 min um %2, Anstrengung %3/10. Wärm dich zuerst auf: %4.</translation>
        </message>
        <message numerus="yes">
            <source>%1. Hold %2 s each side, %n time(s).</source>
            <comment>reminder: how to stretch</comment>
            <translation>
                <numerusform>%1. %2 s je Seite halten, %n-mal.</numerusform>
                <numerusform>%1. %2 s je Seite halten, %n-mal.</numerusform>
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
        <message>
            <source>Gently, and only if it brings on no leg symptoms.</source>
            <translation>Sanft, und nur, wenn es keine Beinbeschwerden auslöst.</translation>
        </message>
        <message>
            <source>In an hour: %1</source>
            <comment>reminder title: the run's title</comment>
            <translation>In einer Stunde: %1</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ReportPrinter</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1: %2; back pain up to %3/10.</source>
            <translation>%1: %2; Rückenschmerz bis %3/10.</translation>
        </message>
        <message>
            <source>(Stridewise advised urgent care the same day.)</source>
            <translation>(Stridewise hat geraten, noch am selben Tag dringend ärztliche Hilfe zu suchen.)</translation>
        </message>
        <message>
            <source>Back pain and training load</source>
            <translation>Rückenschmerz und Trainingsbelastung</translation>
        </message>
        <message>
            <source>Could not finish printing the report.</source>
            <translation>Der Bericht konnte nicht fertig gedruckt werden.</translation>
        </message>
        <message>
            <source>Could not start printing the report.</source>
            <translation>Der Druck des Berichts konnte nicht gestartet werden.</translation>
        </message>
        <message>
            <source>Days with red-flag symptoms logged: %1. Sessions done: %2 of %3 planned, %4 skipped (the daily stretches not counted).</source>
            <translation>Tage mit erfassten Warnsymptomen: %1. Erledigte Einheiten: %2 von %3 geplanten, %4 ausgelassen (die täglichen Dehnübungen nicht mitgezählt).</translation>
        </message>
        <message>
            <source>Load
(effort × min)</source>
            <translation>Belastung
(Anstrengung × min)</translation>
        </message>
        <message>
            <source>Low-impact
min</source>
            <translation>Gelenkschonend
min</translation>
        </message>
        <message>
            <source>Made by Stridewise from the runner's own log. It is not a diagnosis and does not replace a clinician.</source>
            <translation>Von Stridewise aus dem eigenen Protokoll der Läuferin oder des Läufers erstellt. Es ist keine Diagnose und ersetzt keine Ärztin und keinen Arzt.</translation>
        </message>
        <message>
            <source>Mean back
pain /10</source>
            <translation>Mittlerer Rücken-
schmerz /10</translation>
        </message>
        <message>
            <source>No back pain was logged in this range.</source>
            <translation>In diesem Zeitraum wurde kein Rückenschmerz erfasst.</translation>
        </message>
        <message>
            <source>No red-flag symptoms were logged in this range.</source>
            <translation>In diesem Zeitraum wurden keine Warnsymptome erfasst.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>Pain
days</source>
            <translation>Schmerz-
tage</translation>
        </message>
        <message>
            <source>Red-flag
days</source>
            <translation>Tage mit
Warnsymptomen</translation>
        </message>
        <message>
            <source>Running
min</source>
            <translation>Laufen
min</translation>
        </message>
        <message>
            <source>Strength
min</source>
            <translation>Kraft
min</translation>
        </message>
        <message>
            <source>Symptoms logged</source>
            <translation>Erfasste Symptome</translation>
        </message>
        <message>
            <source>The planner made no changes for back pain or symptoms in this range.</source>
            <translation>Der Planer hat in diesem Zeitraum nichts wegen Rückenschmerz oder Symptomen geändert.</translation>
        </message>
        <message>
            <source>The runner's own log, kept in Stridewise. Not a diagnosis; it does not replace a clinician.</source>
            <translation>Das eigene Protokoll der Läuferin oder des Läufers, geführt in Stridewise. Keine Diagnose; es ersetzt keine Ärztin und keinen Arzt.</translation>
        </message>
        <message>
            <source>This is the runner's own log, recorded in Stridewise by the runner. It is not a diagnosis and does not replace a clinician's assessment. Load is the effort the runner rated (0–10) × minutes; back pain is the runner's daily rating, 0–10.</source>
            <translation>Dies ist das eigene Protokoll der Läuferin oder des Läufers, von ihr oder ihm selbst in Stridewise erfasst. Es ist keine Diagnose und ersetzt nicht die Beurteilung durch eine Ärztin oder einen Arzt. Belastung ist die selbst bewertete Anstrengung (0–10) × Minuten; Rückenschmerz ist die tägliche eigene Bewertung, 0–10.</translation>
        </message>
        <message>
            <source>Training and back-pain log</source>
            <translation>Trainings- und Rückenschmerzprotokoll</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>Week %1, from %2</source>
            <translation>Woche %1, ab %2</translation>
        </message>
        <message>
            <source>Week by week</source>
            <translation>Woche für Woche</translation>
        </message>
        <message>
            <source>What the plan changed and why</source>
            <translation>Was der Plan geändert hat und warum</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::RestoreDialog</name>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>&amp;Other File…</source>
            <translation>&amp;Andere Datei…</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>Backups are kept in %1</source>
            <translation>Sicherungen liegen in %1</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Sicherungen, neueste zuerst</translation>
        </message>
        <message>
            <source>Go back to your data as it was when a backup was made. Your current data is kept as a backup first, so you can change your mind.</source>
            <translation>Zu deinen Daten zurückkehren, wie sie beim Anlegen einer Sicherung waren. Deine aktuellen Daten werden vorher als Sicherung aufbewahrt, du kannst es dir also anders überlegen.</translation>
        </message>
        <message>
            <source>Restore a Backup</source>
            <translation>Eine Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Restore from a File</source>
            <translation>Aus einer Datei wiederherstellen</translation>
        </message>
        <message>
            <source>Restore from another file</source>
            <translation>Aus einer anderen Datei wiederherstellen</translation>
        </message>
        <message>
            <source>Restore the chosen backup</source>
            <translation>Die gewählte Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Stridewise data (*.db);;All files (*)</source>
            <translation>Stridewise-Daten (*.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>There are no backups yet. Stridewise makes one on each day you change something, and File ▸ Back Up Now makes one at any time.</source>
            <translation>Es gibt noch keine Sicherungen. Stridewise legt an jedem Tag eine an, an dem du etwas änderst, und Datei ▸ Jetzt sichern legt jederzeit eine an.</translation>
        </message>
        <message>
            <source>daily backup</source>
            <translation>tägliche Sicherung</translation>
        </message>
        <message>
            <source>dddd d MMMM yyyy, HH:mm</source>
            <translation>dddd, d. MMMM yyyy, HH:mm</translation>
        </message>
        <message>
            <source>made before Stridewise was updated</source>
            <translation>angelegt, bevor Stridewise aktualisiert wurde</translation>
        </message>
        <message>
            <source>made with Back Up Now</source>
            <translation>angelegt mit „Jetzt sichern“</translation>
        </message>
        <message>
            <source>the backup of %1</source>
            <translation>die Sicherung von %1</translation>
        </message>
        <message>
            <source>your data just before a restore</source>
            <translation>deine Daten kurz vor einer Wiederherstellung</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Rules</name>
        <message>
            <source>A design principle, not a research finding.</source>
            <translation>Ein Gestaltungsprinzip, kein Forschungsergebnis.</translation>
        </message>
        <message>
            <source>A meta-analysis of 21 trials (30,850 people) found that exercise with education cut new back-pain episodes (risk ratio 0.55, moderate quality); exercise alone helped too (0.65), but that evidence is of low to very low quality. The exercises follow McGill (details unverified; expert opinion). Two to three times a week and the stages of the ladder are our own judgement.</source>
            <translation>Eine Metaanalyse von 21 Studien (30.850 Personen) fand, dass Übungen mit Aufklärung neue Rückenschmerz-Episoden verringerten (relatives Risiko 0,55, mäßige Qualität); Übungen allein halfen ebenfalls (0,65), aber diese Evidenz ist von niedriger bis sehr niedriger Qualität. Die Übungen folgen McGill (Details ungeprüft; Expertenmeinung). Zwei- bis dreimal pro Woche und die Stufen der Leiter sind unsere eigene Einschätzung.</translation>
        </message>
        <message>
            <source>A review of 19 studies lists not doing other aerobic exercise every week among the reported risk factors for back pain in runners. The studies were observational.</source>
            <translation>Eine Übersicht über 19 Studien nennt fehlendes anderes Ausdauertraining jede Woche unter den berichteten Risikofaktoren für Rückenschmerz bei Läuferinnen und Läufern. Die Studien waren Beobachtungsstudien.</translation>
        </message>
        <message>
            <source>A review of 5 trials found fewer injuries in 3 and none in 2: not enough evidence to endorse or drop warm-ups. A later meta-analysis found better performance, not fewer injuries. No trial looked at runners' backs. We keep it because it is cheap and harmless. The walk–run steps follow the manner of public beginner programmes; their sizes are our own judgement.</source>
            <translation>Eine Übersicht über 5 Studien fand in 3 weniger Verletzungen und in 2 keine: nicht genug Evidenz, um Aufwärmen zu empfehlen oder davon abzuraten. Eine spätere Metaanalyse fand bessere Leistung, nicht weniger Verletzungen. Keine Studie betrachtete den Rücken von Läufern. Wir behalten es, weil es wenig kostet und nicht schadet. Die Schritte des Gehen–Laufens folgen der Art öffentlicher Anfängerprogramme; ihre Größe ist unsere eigene Einschätzung.</translation>
        </message>
        <message>
            <source>At least one walking, cycling or swimming session a week, from the ones you prefer, and more when your back hurts.</source>
            <translation>Mindestens eine Einheit Gehen, Radfahren oder Schwimmen pro Woche, nach deiner Vorliebe, und mehr, wenn dein Rücken schmerzt.</translation>
        </message>
        <message>
            <source>Core strength two or three times a week</source>
            <translation>Rumpfkraft zwei- oder dreimal pro Woche</translation>
        </message>
        <message>
            <source>Curl-up, side plank and bird-dog, never on two days in a row, on a ladder of five stages: longer holds, the side plank from the knees to the feet, then dead bug and glute bridge. A stage moves up after two weeks with at least two sessions done and green pain, and back down after pain of 6/10 or more after a session or a red week. Two sessions a week for new runners and after a red flag is cleared.</source>
            <translation>Curl-up, Seitstütz und Vierfüßlerstand, nie an zwei Tagen hintereinander, auf einer Leiter mit fünf Stufen: längeres Halten, der Seitstütz von den Knien auf die Füße, dann Dead Bug und Beckenheben. Eine Stufe höher geht es nach zwei Wochen mit mindestens zwei erledigten Einheiten und Schmerz im grünen Bereich, eine Stufe zurück nach Schmerz von 6/10 oder mehr nach einer Einheit oder nach einer roten Woche. Zwei Einheiten pro Woche für Laufanfänger und nachdem ein Warnzeichen freigegeben ist.</translation>
        </message>
        <message>
            <source>Every day, morning and evening: lying on your back, raise one straight leg until you feel a gentle pull behind the thigh and hold it for 30 s, then the other leg. With leg symptoms or a disc problem in the past: stop if it brings on leg pain, tingling or numbness, because raising a straight leg stretches the nerves of the leg too. Not planned in a week that sends you to urgent care.</source>
            <translation>Jeden Tag, morgens und abends: in Rückenlage ein gestrecktes Bein heben, bis du ein sanftes Ziehen hinten am Oberschenkel spürst, und 30 s halten, dann das andere Bein. Bei Beinbeschwerden oder einem früheren Bandscheibenproblem: hör auf, wenn es Beinschmerzen, Kribbeln oder Taubheit auslöst, denn das Heben eines gestreckten Beins dehnt auch die Nerven des Beins. Nicht geplant in einer Woche, die dich in die Notaufnahme schickt.</translation>
        </message>
        <message>
            <source>Every run starts with 5–10 min of brisk walking or light jogging and ends with an easy walk. New runners start a walk–run programme in week 1: 1 min running and 1½ min walking at first, longer runs and shorter walks as the longest run grows, until 20 min without stopping. A walk–run's running minutes are the running in it; its minutes are the whole session.</source>
            <translation>Jeder Lauf beginnt mit 5–10 min zügigem Gehen oder leichtem Joggen und endet mit lockerem Gehen. Laufanfänger beginnen in Woche 1 ein Gehen–Laufen-Programm: anfangs 1 min laufen und 1½ min gehen, dann längere Laufabschnitte und kürzere Gehpausen, während der längste Lauf wächst, bis 20 min ohne Pause. Die Laufminuten einer Gehen–Laufen-Einheit sind das Laufen darin; ihre Minuten sind die ganze Einheit.</translation>
        </message>
        <message>
            <source>Fits your time</source>
            <translation>Passt in deine Zeit</translation>
        </message>
        <message>
            <source>Gradual progression</source>
            <translation>Allmähliche Steigerung</translation>
        </message>
        <message>
            <source>Hamstring stretch twice a day</source>
            <translation>Dehnung der hinteren Oberschenkel zweimal am Tag</translation>
        </message>
        <message>
            <source>Hard and easy days alternate: the week's monotony (mean daily load ÷ its spread) stays below 1.5.</source>
            <translation>Harte und leichte Tage wechseln sich ab: die Monotonie der Woche (mittlere Tagesbelastung ÷ ihre Streuung) bleibt unter 1,5.</translation>
        </message>
        <message>
            <source>In 25 athletes, illnesses mostly followed training strain above each athlete's own threshold. No fixed cut-off was given; the 1.5 is a rule of thumb.</source>
            <translation>Bei 25 Sportlerinnen und Sportlern folgten Erkrankungen meist einer Trainingsbeanspruchung über der eigenen Schwelle. Ein fester Grenzwert wurde nicht genannt; die 1,5 ist eine Faustregel.</translation>
        </message>
        <message>
            <source>In 5,205 runners (588,071 runs), a run more than 10 % longer than the longest of the past 30 days went with more injuries (hazard ratio 1.64 for 10–30 % longer). One large observational study; it measured distance, not minutes, and all overuse injuries, not back pain. The stand-in without history and the one-minute step are our own judgement.</source>
            <translation>Bei 5.205 Läuferinnen und Läufern (588.071 Läufe) ging ein Lauf, der mehr als 10 % länger war als der längste der letzten 30 Tage, mit mehr Verletzungen einher (Hazard Ratio 1,64 für 10–30 % länger). Eine große Beobachtungsstudie; sie maß Distanz, nicht Minuten, und alle Überlastungsverletzungen, nicht Rückenschmerz. Der Ersatzwert ohne Vorgeschichte und der Schritt von einer Minute sind unsere eigene Einschätzung.</translation>
        </message>
        <message>
            <source>In a trial of 38 people with Achilles tendon pain, those who kept running under a pain-monitoring model (pain up to 5/10 allowed, as summaries of the trial describe it) did as well as those who rested for 6 weeks. That was tendons, not backs: for backs, and for our cut-offs (the 2 points, the 90 %, the red marks), this is our own judgement.</source>
            <translation>In einer Studie mit 38 Menschen mit Achillessehnenschmerz schnitten die, die nach einem Schmerzbeobachtungsmodell weiterliefen (Schmerz bis 5/10 erlaubt, wie Zusammenfassungen der Studie es beschreiben), so gut ab wie die, die 6 Wochen pausierten. Das waren Sehnen, keine Rücken: für Rücken und für unsere Grenzwerte (die 2 Punkte, die 90 %, die roten Schwellen) ist das unsere eigene Einschätzung.</translation>
        </message>
        <message>
            <source>In a trial of 532 new runners, a graded 10 % programme did not prevent injury (20.8 % vs 20.3 %). In a cohort of 874 new runners, increases above 30 % a week were not clearly riskier. No trial supports the 10 % rule; we keep it only as a second guard behind the spike guard. The 4-week level, the 80 % and 120 % marks, the easier week's 75 % and 85 %, the ladder's rungs and the walk–run start are our own judgement.</source>
            <translation>In einer Studie mit 532 Laufanfängern verhinderte ein abgestuftes 10-%-Programm keine Verletzungen (20,8 % gegenüber 20,3 %). In einer Kohorte von 874 Laufanfängern waren Steigerungen über 30 % pro Woche nicht eindeutig riskanter. Keine Studie stützt die 10-%-Regel; wir behalten sie nur als zweite Sicherung hinter dem Schutz vor Sprungläufen. Das 4-Wochen-Niveau, die Schwellen von 80 % und 120 %, die 75 % und 85 % der leichteren Woche, die Stufen der Leiter und der Einstieg mit Gehen–Laufen sind unsere eigene Einschätzung.</translation>
        </message>
        <message>
            <source>In a trial of 93 adults with tight hamstrings, 30 s holds gained as much range as 60 s, and three stretches a day gained no more than one. The trial measured knee range of motion, not back pain: moderate evidence for flexibility, weak for back pain. Twice a day is what runners asked for; once a day works as well. The warning about leg symptoms is our own caution.</source>
            <translation>In einer Studie mit 93 Erwachsenen mit verkürzten hinteren Oberschenkeln brachte 30 s Halten so viel Beweglichkeit wie 60 s, und drei Dehnungen am Tag brachten nicht mehr als eine. Gemessen wurde die Beweglichkeit im Knie, nicht Rückenschmerz: mäßige Evidenz für die Beweglichkeit, schwache für Rückenschmerz. Zweimal am Tag haben sich Läuferinnen und Läufer gewünscht; einmal am Tag wirkt genauso. Die Warnung vor Beinbeschwerden ist unsere eigene Vorsicht.</translation>
        </message>
        <message>
            <source>Low-impact sessions</source>
            <translation>Gelenkschonende Einheiten</translation>
        </message>
        <message>
            <source>NICE asks clinicians to rule out serious causes of back pain such as cancer, infection, trauma and inflammatory disease first. Trouble passing urine, loss of bladder or bowel control, numbness in the saddle area and weakness or numbness in both legs can mean cauda equina syndrome, which usually needs immediate admission (details unverified).</source>
            <translation>NICE bittet Ärztinnen und Ärzte, zuerst ernste Ursachen von Rückenschmerz wie Krebs, Infektion, Verletzung und entzündliche Erkrankung auszuschließen. Probleme beim Wasserlassen, Verlust der Blasen- oder Darmkontrolle, Taubheit im Reithosenbereich und Schwäche oder Taubheit in beiden Beinen können ein Cauda-equina-Syndrom bedeuten, das meist eine sofortige Klinikaufnahme braucht (Details ungeprüft).</translation>
        </message>
        <message>
            <source>Never more than two running days in a row, and at least one day a week with only the stretches.</source>
            <translation>Nie mehr als zwei Lauftage hintereinander und mindestens ein Tag pro Woche nur mit den Dehnungen.</translation>
        </message>
        <message>
            <source>No run is longer than 110 % of your longest run in the 30 days before it. With no run in those 30 days, your stated weekly minutes over your running days stand for it, and no run is more than 10 % longer than an earlier one that week. Under 10 min a run may grow by one whole minute.</source>
            <translation>Kein Lauf ist länger als 110 % deines längsten Laufs der 30 Tage davor. Ohne Lauf in diesen 30 Tagen treten deine angegebenen Wochenminuten geteilt durch deine Lauftage an seine Stelle, und kein Lauf ist mehr als 10 % länger als ein früherer in dieser Woche. Unter 10 min darf ein Lauf um eine ganze Minute wachsen.</translation>
        </message>
        <message>
            <source>No trial was found. This is expert opinion.</source>
            <translation>Es wurde keine Studie gefunden. Das ist Expertenmeinung.</translation>
        </message>
        <message>
            <source>No trial was found. Varying lengths lowers the week's monotony and keeps single runs from spiking. The 40 % is our own judgement.</source>
            <translation>Es wurde keine Studie gefunden. Unterschiedliche Längen senken die Monotonie der Woche und verhindern Sprünge bei einzelnen Läufen. Die 40 % sind unsere eigene Einschätzung.</translation>
        </message>
        <message>
            <source>Numbness, tingling, pain down a leg, leg weakness, night pain that does not ease, back pain with fever or feeling unwell, unexplained weight loss, a history of cancer, or pain after a fall or blow: no running or strength, and see a clinician soon. Bladder or bowel changes, numbness between the legs, or numbness or weakness in both legs: urgent care today, and nothing is planned. Red flags stay until you record that a clinician has seen you; then running comes back on the return ladder, walk–runs first.</source>
            <translation>Taubheit, Kribbeln, Schmerz ins Bein, Schwäche im Bein, Nachtschmerz, der nicht nachlässt, Rückenschmerz mit Fieber oder Krankheitsgefühl, ungeklärter Gewichtsverlust, Krebs in der Vorgeschichte oder Schmerz nach einem Sturz oder Schlag: kein Laufen und kein Krafttraining, und geh bald zu einer Ärztin oder einem Arzt. Veränderungen an Blase oder Darm, Taubheit zwischen den Beinen oder Taubheit oder Schwäche in beiden Beinen: heute noch in die Notaufnahme, und nichts wird geplant. Warnzeichen bleiben bestehen, bis du erfasst, dass dich eine Fachperson untersucht hat; dann kommt das Laufen über die Rückkehrleiter zurück, zuerst mit Gehen–Laufen.</translation>
        </message>
        <message>
            <source>On the pain-monitoring model: pain up to 5/10 during or after running is acceptable, and the morning after a run should be back at your usual level (the median of your log of the week before). Amber: a day above 5/10, pain above 5/10 after a run, a 7-day mean 2 points or more above your usual level, or a morning after a run 2 points or more above it; a 1-point rise is not a signal. Amber holds running at your level, keeps no run over 90 % of your longest of the last 30 days and no two runs on consecutive days, and adds a low-impact session. Red (mean 5/10 or more, or two days in a row at 6/10 or more): no running this week.</source>
            <translation>Nach dem Schmerzbeobachtungsmodell ist Schmerz bis 5/10 während oder nach dem Laufen akzeptabel, und am Morgen nach einem Lauf sollte er wieder auf deinem üblichen Wert liegen (dem Median deiner Einträge der Vorwoche). Gelb: ein Tag über 5/10, Schmerz über 5/10 nach einem Lauf, ein 7-Tage-Mittel 2 Punkte oder mehr über deinem üblichen Wert oder ein Morgen nach einem Lauf 2 Punkte oder mehr darüber; ein Anstieg um 1 Punkt ist kein Signal. Gelb hält das Laufen auf deinem Niveau, lässt keinen Lauf über 90 % deines längsten der letzten 30 Tage und keine zwei Läufe an aufeinanderfolgenden Tagen zu und fügt eine gelenkschonende Einheit hinzu. Rot (Mittel 5/10 oder mehr oder zwei Tage hintereinander mit 6/10 oder mehr): kein Laufen diese Woche.</translation>
        </message>
        <message>
            <source>Pain zones</source>
            <translation>Schmerzzonen</translation>
        </message>
        <message>
            <source>Red flags stop training</source>
            <translation>Warnsymptome stoppen das Training</translation>
        </message>
        <message>
            <source>Rest day and no long running streaks</source>
            <translation>Ruhetag und keine langen Laufserien</translation>
        </message>
        <message>
            <source>Running moves from your level toward your goal (your own, or your weekly minutes, or 90 min for new runners) by at most 10 % of the level a week. The level is what you ran in the last 4 weeks with running: each week's planned running times how fully the runs you did were done, so missed runs never lower it; the latest week or the mean of three, whichever is higher. A week with at least 80 % of its runs done may step up; fewer holds. Running far more than planned (over 120 %), two easy runs logged at effort 5/10 or more, or a spike hold the next week too. Every fourth week is easier: about 75 %, and at most 85 % of the week before. After a red week, a cleared red flag or two weeks without running, a return ladder climbs 50, 65, 80 and 100 % of the level before, one rung per green week, walk–runs first after a red flag. Missed sessions are never made up; a week planned mid-week plans only the rest of the week's share.</source>
            <translation>Das Laufen steigt von deinem Niveau in Richtung Ziel (dein eigenes oder deine Wochenminuten oder 90 min für Laufanfänger) um höchstens 10 % des Niveaus pro Woche. Das Niveau ist, was du in den letzten 4 Wochen mit Laufen gelaufen bist: das geplante Laufen jeder Woche, multipliziert damit, wie vollständig die gemachten Läufe erledigt wurden, sodass verpasste Läufe es nie senken; die letzte Woche oder das Mittel aus dreien, je nachdem, was höher ist. Eine Woche mit mindestens 80 % erledigten Läufen darf steigern; bei weniger bleibt es gleich. Viel mehr Laufen als geplant (über 120 %), zwei lockere Läufe, die mit Anstrengung 5/10 oder mehr erfasst wurden, oder ein Sprunglauf halten auch die nächste Woche auf gleichem Stand. Jede vierte Woche ist leichter: etwa 75 % und höchstens 85 % der Vorwoche. Nach einer roten Woche, einem freigegebenen Warnzeichen oder zwei Wochen ohne Laufen steigt eine Rückkehrleiter über 50, 65, 80 und 100 % des vorherigen Niveaus, eine Stufe pro grüner Woche, nach einem Warnzeichen zuerst mit Gehen–Laufen. Verpasste Einheiten werden nie nachgeholt; eine mitten in der Woche geplante Woche plant nur den Anteil für den Rest der Woche.</translation>
        </message>
        <message>
            <source>Sessions go only on the days and within the minutes you have, the two daily stretches included; what does not fit is reported, never squeezed in by breaking a safety rule. A week planned mid-week plans nothing on days already past.</source>
            <translation>Einheiten kommen nur auf die Tage und in die Minuten, die du hast, die zwei täglichen Dehnungen eingeschlossen; was nicht passt, wird gemeldet und nie unter Bruch einer Sicherheitsregel hineingequetscht. Eine mitten in der Woche geplante Woche plant nichts an bereits vergangenen Tagen.</translation>
        </message>
        <message>
            <source>Spike guard</source>
            <translation>Schutz vor Sprungläufen</translation>
        </message>
        <message>
            <source>Stridewise does not replace a medical professional. If in doubt, see one before you start.</source>
            <translation>Stridewise ersetzt keine ärztliche Fachperson. Geh im Zweifel zu einer, bevor du anfängst.</translation>
        </message>
        <message>
            <source>Varied run lengths</source>
            <translation>Unterschiedliche Lauflängen</translation>
        </message>
        <message>
            <source>Varied week</source>
            <translation>Abwechslungsreiche Woche</translation>
        </message>
        <message>
            <source>Warm-up and cool-down around every run</source>
            <translation>Auf- und Abwärmen bei jedem Lauf</translation>
        </message>
        <message>
            <source>With three or more runs, one is longer (at most 40 % of the week's running) and no two runs are the same length.</source>
            <translation>Bei drei oder mehr Läufen ist einer länger (höchstens 40 % des Wochenlaufens) und keine zwei Läufe sind gleich lang.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::RulesDialog</name>
        <message>
            <source>Every plan follows these rules. Each says what the evidence behind it shows, where it comes from and how strong it is. Stridewise recommends nothing without evidence behind it.</source>
            <translation>Jeder Plan folgt diesen Regeln. Jede sagt, was die Evidenz dahinter zeigt, woher sie stammt und wie stark sie ist. Stridewise empfiehlt nichts ohne Evidenz.</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Evidenz:</translation>
        </message>
        <message>
            <source>How Stridewise plans</source>
            <translation>Wie Stridewise plant</translation>
        </message>
        <message>
            <source>Planning rules</source>
            <translation>Planungsregeln</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Quelle:</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>Stärke:</translation>
        </message>
        <message>
            <source>We could check this only in part against its source.</source>
            <translation>Das konnten wir nur teilweise an der Quelle prüfen.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::SessionCard</name>
        <message>
            <source>%1, %2, %3, %4</source>
            <translation>%1, %2, %3, %4</translation>
        </message>
        <message>
            <source>Done. Click to untick.</source>
            <translation>Erledigt. Klicken, um den Haken zu entfernen.</translation>
        </message>
        <message>
            <source>Done: %1</source>
            <translation>Erledigt: %1</translation>
        </message>
        <message>
            <source>Imported from a recording. Double-click (or press Enter) to give your effort and back pain after; until then the planned effort counts.</source>
            <translation>Aus einer Aufzeichnung importiert. Doppelklicke (oder drücke Enter), um deine Anstrengung und deinen Rückenschmerz danach anzugeben; bis dahin zählt die geplante Anstrengung.</translation>
        </message>
        <message>
            <source>Needs your effort</source>
            <translation>Deine Anstrengung fehlt</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ausgelassen</translation>
        </message>
        <message>
            <source>Tick off as done…</source>
            <translation>Als erledigt abhaken…</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>done, needs your effort</source>
            <translation>erledigt, deine Anstrengung fehlt</translation>
        </message>
        <message>
            <source>not done yet</source>
            <translation>noch nicht erledigt</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>ausgelassen</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::SessionDialog</name>
        <message>
            <source>&amp;Activity:</source>
            <translation>&amp;Aktivität:</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Tag:</translation>
        </message>
        <message>
            <source>&amp;Minutes:</source>
            <translation>&amp;Minuten:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>Add a session</source>
            <translation>Eine Einheit hinzufügen</translation>
        </message>
        <message>
            <source>Added by hand.</source>
            <translation>Von Hand hinzugefügt.</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Edit: %1</source>
            <translation>Bearbeiten: %1</translation>
        </message>
        <message>
            <source>Planned minutes</source>
            <translation>Geplante Minuten</translation>
        </message>
        <message>
            <source>Target &amp;effort:</source>
            <translation>Ziel-&amp;Anstrengung:</translation>
        </message>
        <message>
            <source>Target effort, 0 to 10</source>
            <translation>Ziel-Anstrengung, 0 bis 10</translation>
        </message>
        <message>
            <source>Time of d&amp;ay:</source>
            <translation>Tages&amp;zeit:</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Tageszeit</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::SessionPanel</name>
        <message>
            <source> per side</source>
            <translation> je Seite</translation>
        </message>
        <message>
            <source>%1 s hold</source>
            <translation>%1 s halten</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>%1 × %2 s hold</source>
            <translation>%1 × %2 s halten</translation>
        </message>
        <message>
            <source>, back pain after %1/10</source>
            <translation>, Rückenschmerz danach %1/10</translation>
        </message>
        <message>
            <source>&lt;p&gt;Click a session in the week (or move to it with the arrow keys) to see how to do it and why it is in your plan.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Klicke eine Einheit in der Woche an (oder geh mit den Pfeiltasten hin), um zu sehen, wie sie geht und warum sie in deinem Plan steht.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Abwärmen</translation>
        </message>
        <message>
            <source>Done: %1, %2</source>
            <translation>Erledigt: %1, %2</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>Evidenz: %1</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>How</source>
            <translation>So geht’s</translation>
        </message>
        <message>
            <source>Main part</source>
            <translation>Hauptteil</translation>
        </message>
        <message>
            <source>Needs your effort: Tick Off… to give it; the planned effort counts until then.</source>
            <translation>Deine Anstrengung fehlt: Gib sie mit „Abhaken…“ an; bis dahin zählt die geplante Anstrengung.</translation>
        </message>
        <message>
            <source>No session selected</source>
            <translation>Keine Einheit ausgewählt</translation>
        </message>
        <message>
            <source>Rule %1: %2</source>
            <translation>Regel %1: %2</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ausgelassen</translation>
        </message>
        <message>
            <source>Warm-up</source>
            <translation>Aufwärmen</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>You added this session yourself.</source>
            <translation>Diese Einheit hast du selbst hinzugefügt.</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>mit %1</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::SessionText</name>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 min. %2.</source>
            <translation>%1 min. %2.</translation>
        </message>
        <message>
            <source>%1 s hold</source>
            <translation>%1 s halten</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2 — %3</source>
            <translation>%1: %2 — %3</translation>
        </message>
        <message>
            <source>, back pain after %1/10</source>
            <translation>, Rückenschmerz danach %1/10</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Abwärmen</translation>
        </message>
        <message>
            <source>Done: %1 min, effort %2/10</source>
            <translation>Erledigt: %1 min, Anstrengung %2/10</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Main part</source>
            <translation>Hauptteil</translation>
        </message>
        <message>
            <source>Planned by Stridewise from your own log. It does not replace a clinician.</source>
            <translation>Von Stridewise aus deinem eigenen Protokoll geplant. Es ersetzt keine Ärztin und keinen Arzt.</translation>
        </message>
        <message>
            <source>Skipped.</source>
            <translation>Ausgelassen.</translation>
        </message>
        <message>
            <source>Skipped: %1</source>
            <translation>Ausgelassen: %1</translation>
        </message>
        <message>
            <source>Target effort %1/10 (%2)</source>
            <translation>Zielanstrengung %1/10 (%2)</translation>
        </message>
        <message>
            <source>Warm-up</source>
            <translation>Aufwärmen</translation>
        </message>
        <message>
            <source>per side</source>
            <translation>je Seite</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::SettingsActions</name>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Shoe</name>
        <message>
            <source>A shoe needs a name.</source>
            <translation>Ein Schuh braucht einen Namen.</translation>
        </message>
        <message>
            <source>Comfort %1 is outside 1–5.</source>
            <translation>Komfort %1 liegt außerhalb von 1–5.</translation>
        </message>
        <message>
            <source>Retire at %1 km is outside 1–%2 km.</source>
            <translation>Ausmustern bei %1 km liegt außerhalb von 1–%2 km.</translation>
        </message>
        <message>
            <source>The shoe is retired on %1, before it was started on %2.</source>
            <translation>Der Schuh ist am %1 ausgemustert, bevor er am %2 in Gebrauch genommen wurde.</translation>
        </message>
        <message>
            <source>The shoe's name is %1 characters long; at most %2 fit.</source>
            <translation>Der Name des Schuhs ist %1 Zeichen lang; höchstens %2 passen.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ShoeActions</name>
        <message>
            <source>Distances in &amp;Miles</source>
            <translation>Distanzen in &amp;Meilen</translation>
        </message>
        <message>
            <source>S&amp;hoes…</source>
            <translation>Sc&amp;huhe…</translation>
        </message>
        <message>
            <source>Show distances and pace in miles instead of kilometres</source>
            <translation>Distanzen und Tempo in Meilen statt in Kilometern anzeigen</translation>
        </message>
        <message>
            <source>Your shoes: comfort as you rate it, kilometres run, and back pain the day after</source>
            <translation>Deine Schuhe: Komfort nach deiner Bewertung, gelaufene Kilometer und Rückenschmerz am Tag danach</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ShoeReport</name>
        <message>
            <source>Comfort is your own rating, 1–5. A review proposes choosing shoes by comfort, as a hypothesis not yet tested (Nigg 2015, expert opinion); Stridewise advises a comfortable shoe and nothing more. The retirement distance (700 km unless you set another) is a rule of thumb, not evidence.</source>
            <translation>Komfort ist deine eigene Bewertung, 1–5. Eine Übersichtsarbeit schlägt vor, Schuhe nach Komfort zu wählen – als noch ungeprüfte Hypothese (Nigg 2015, Expertenmeinung); Stridewise rät zu einem bequemen Schuh und zu nichts weiter. Die Ausmusterungsdistanz (700 km, wenn du keine andere angibst) ist eine Faustregel, keine Evidenz.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ShoeRepository</name>
        <message>
            <source>"%1" is retired: it cannot be the default shoe.</source>
            <translation>„%1“ ist ausgemustert: er kann nicht der Standardschuh sein.</translation>
        </message>
        <message>
            <source>Only one shoe can be the default.</source>
            <translation>Nur ein Schuh kann der Standardschuh sein.</translation>
        </message>
        <message>
            <source>Session %1 is not a done session.</source>
            <translation>Einheit %1 ist keine erledigte Einheit.</translation>
        </message>
        <message>
            <source>Session %1 is not a run: shoes are for runs.</source>
            <translation>Einheit %1 ist kein Lauf: Schuhe gibt es nur für Läufe.</translation>
        </message>
        <message numerus="yes">
            <source>The shoe "%1" cannot be removed: %n done runs were run in it.</source>
            <translation>
                <numerusform>Der Schuh „%1“ kann nicht entfernt werden: Ein erledigter Lauf wurde darin gelaufen.</numerusform>
                <numerusform>Der Schuh „%1“ kann nicht entfernt werden: %n erledigte Läufe wurden darin gelaufen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The shoe "%1" has no id.</source>
            <translation>Der Schuh „%1“ hat keine ID.</translation>
        </message>
        <message>
            <source>There is already a shoe called "%1".</source>
            <translation>Es gibt schon einen Schuh namens „%1“.</translation>
        </message>
        <message>
            <source>There is no shoe %1.</source>
            <translation>Es gibt keinen Schuh %1.</translation>
        </message>
        <message>
            <source>adding the shoe "%1"</source>
            <translation>Hinzufügen des Schuhs „%1“</translation>
        </message>
        <message>
            <source>adding up the kilometres per shoe</source>
            <translation>Zusammenzählen der Kilometer je Schuh</translation>
        </message>
        <message>
            <source>choosing the default shoe</source>
            <translation>Wählen des Standardschuhs</translation>
        </message>
        <message>
            <source>reading runs by shoe</source>
            <translation>Lesen der Läufe je Schuh</translation>
        </message>
        <message>
            <source>reading session %1</source>
            <translation>Lesen von Einheit %1</translation>
        </message>
        <message>
            <source>reading shoe %1</source>
            <translation>Lesen von Schuh %1</translation>
        </message>
        <message>
            <source>reading the shoe "%1"</source>
            <translation>Lesen des Schuhs „%1“</translation>
        </message>
        <message>
            <source>reading your default shoe</source>
            <translation>Lesen deines Standardschuhs</translation>
        </message>
        <message>
            <source>reading your shoes</source>
            <translation>Lesen deiner Schuhe</translation>
        </message>
        <message>
            <source>removing the shoe "%1"</source>
            <translation>Entfernen des Schuhs „%1“</translation>
        </message>
        <message>
            <source>retiring the shoe "%1"</source>
            <translation>Ausmustern des Schuhs „%1“</translation>
        </message>
        <message>
            <source>saving the shoe "%1"</source>
            <translation>Speichern des Schuhs „%1“</translation>
        </message>
        <message>
            <source>saving the shoe of session %1</source>
            <translation>Speichern des Schuhs von Einheit %1</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ShoesDialog</name>
        <message>
            <source> km</source>
            <translation> km</translation>
        </message>
        <message numerus="yes">
            <source>%1 in %n runs</source>
            <translation>
                <numerusform>%1 in einem Lauf</numerusform>
                <numerusform>%1 in %n Läufen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 in 1 run</source>
            <translation>%1 in 1 Lauf</translation>
        </message>
        <message>
            <source>&amp;Add Shoe</source>
            <translation>Schuh &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Comfort:</source>
            <translation>&amp;Komfort:</translation>
        </message>
        <message>
            <source>&amp;Default:</source>
            <translation>&amp;Standard:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message numerus="yes">
            <source>(%n ticked by hand without a distance: not counted)</source>
            <translation>
                <numerusform>(einer ohne Distanz von Hand abgehakt: nicht gezählt)</numerusform>
                <numerusform>(%n ohne Distanz von Hand abgehakt: nicht gezählt)</numerusform>
            </translation>
        </message>
        <message>
            <source>(1 ticked by hand without a distance: not counted)</source>
            <translation>(1 ohne Distanz von Hand abgehakt: nicht gezählt)</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(kein Name)</translation>
        </message>
        <message>
            <source>1 – uncomfortable</source>
            <translation>1 – unbequem</translation>
        </message>
        <message>
            <source>2</source>
            <translation>2</translation>
        </message>
        <message>
            <source>3</source>
            <translation>3</translation>
        </message>
        <message>
            <source>4</source>
            <translation>4</translation>
        </message>
        <message>
            <source>5 – very comfortable</source>
            <translation>5 – sehr bequem</translation>
        </message>
        <message>
            <source>700 km is a rule of thumb, not evidence: choose your own.</source>
            <translation>700 km sind eine Faustregel, keine Evidenz: Wähle deinen eigenen Wert.</translation>
        </message>
        <message>
            <source>Back pain the day after its runs: %1.</source>
            <translation>Rückenschmerz am Tag nach den Läufen darin: %1.</translation>
        </message>
        <message>
            <source>Comfort, as you rate it</source>
            <translation>Komfort nach deiner Bewertung</translation>
        </message>
        <message>
            <source>Done runs name this shoe: retire it instead.</source>
            <translation>Erledigte Läufe nennen diesen Schuh: Mustere ihn stattdessen aus.</translation>
        </message>
        <message>
            <source>First run in them</source>
            <translation>Erster Lauf darin</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Near the %1 km you chose to retire it at.</source>
            <translation>Nahe an den %1 km, bei denen du ihn ausmustern wolltest.</translation>
        </message>
        <message>
            <source>New shoe</source>
            <translation>Neuer Schuh</translation>
        </message>
        <message>
            <source>No runs in this shoe yet.</source>
            <translation>Noch keine Läufe in diesem Schuh.</translation>
        </message>
        <message>
            <source>No shoes yet. Add the pair you run in: imported runs then count their kilometres.</source>
            <translation>Noch keine Schuhe. Füge das Paar hinzu, in dem du läufst: Importierte Läufe zählen dann ihre Kilometer mit.</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Nicht bewertet</translation>
        </message>
        <message>
            <source>Past the %1 km you chose to retire it at.</source>
            <translation>Über die %1 km hinaus, bei denen du ihn ausmustern wolltest.</translation>
        </message>
        <message>
            <source>Retire &amp;at:</source>
            <translation>Ausmustern &amp;bei:</translation>
        </message>
        <message>
            <source>Retire at, kilometres</source>
            <translation>Ausmustern bei, Kilometer</translation>
        </message>
        <message>
            <source>Retired (no longer offered for new runs)</source>
            <translation>Ausgemustert (nicht mehr für neue Läufe angeboten)</translation>
        </message>
        <message>
            <source>Shoes</source>
            <translation>Schuhe</translation>
        </message>
        <message>
            <source>Since:</source>
            <translation>Seit:</translation>
        </message>
        <message>
            <source>Started:</source>
            <translation>Begonnen:</translation>
        </message>
        <message>
            <source>The shoe imported and ticked runs get</source>
            <translation>Der Schuh für importierte und abgehakte Läufe</translation>
        </message>
        <message>
            <source>Two shoes are called "%1": give each its own name.</source>
            <translation>Zwei Schuhe heißen „%1“: Gib jedem einen eigenen Namen.</translation>
        </message>
        <message>
            <source>Your shoes</source>
            <translation>Deine Schuhe</translation>
        </message>
        <message>
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>near %1 km</source>
            <translation>fast %1 km</translation>
        </message>
        <message>
            <source>past %1 km</source>
            <translation>über %1 km</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>ausgemustert</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::SkipDialog</name>
        <message>
            <source>&amp;Mark skipped</source>
            <translation>Als ausgelassen &amp;markieren</translation>
        </message>
        <message>
            <source>Missed sessions are never made up later: the plan simply moves on.
Why was it skipped? (optional)</source>
            <translation>Verpasste Einheiten werden nie nachgeholt: der Plan geht einfach weiter.
Warum wurde sie ausgelassen? (optional)</translation>
        </message>
        <message>
            <source>Reason for skipping</source>
            <translation>Grund für das Auslassen</translation>
        </message>
        <message>
            <source>Skip: %1</source>
            <translation>Auslassen: %1</translation>
        </message>
        <message>
            <source>e.g. back felt stiff, no time</source>
            <translation>z. B. Rücken war steif, keine Zeit</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::StatsRepository</name>
        <message>
            <source>reading runs from %1 to %2</source>
            <translation>Lesen der Läufe von %1 bis %2</translation>
        </message>
        <message>
            <source>reading the first day of your records</source>
            <translation>Lesen des ersten Tages deiner Einträge</translation>
        </message>
        <message>
            <source>reading the pain log from %1 to %2</source>
            <translation>Lesen der Schmerzeinträge von %1 bis %2</translation>
        </message>
        <message>
            <source>reading the planned load from %1 to %2</source>
            <translation>Lesen der geplanten Belastung von %1 bis %2</translation>
        </message>
        <message>
            <source>reading the training load from %1 to %2</source>
            <translation>Lesen der Trainingsbelastung von %1 bis %2</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::TcxReader</name>
        <message>
            <source>cut short at line %1, column %2</source>
            <translation>abgeschnitten in Zeile %1, Spalte %2</translation>
        </message>
        <message>
            <source>no activity in it (a course or a workout, not a recording)</source>
            <translation>keine Aktivität darin (eine Strecke oder ein Trainingsplan, keine Aufzeichnung)</translation>
        </message>
        <message>
            <source>no timestamps: cannot tell how long</source>
            <translation>keine Zeitstempel: die Dauer lässt sich nicht bestimmen</translation>
        </message>
        <message>
            <source>not a TCX file (its root element is &lt;%1&gt;)</source>
            <translation>keine TCX-Datei (ihr Wurzelelement ist &lt;%1&gt;)</translation>
        </message>
        <message>
            <source>not a TCX file (no XML in it)</source>
            <translation>keine TCX-Datei (kein XML darin)</translation>
        </message>
        <message>
            <source>not a TCX file (not XML)</source>
            <translation>keine TCX-Datei (kein XML)</translation>
        </message>
        <message>
            <source>not valid XML at line %1, column %2: %3</source>
            <translation>kein gültiges XML in Zeile %1, Spalte %2: %3</translation>
        </message>
        <message>
            <source>timestamps in %1: the device's clock was not set</source>
            <translation>Zeitstempel im Jahr %1: die Uhr des Geräts war nicht gestellt</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::TodayPanel</name>
        <message>
            <source>&amp;Back pain:</source>
            <translation>&amp;Rückenschmerz:</translation>
        </message>
        <message>
            <source>&amp;Log</source>
            <translation>&amp;Erfassen</translation>
        </message>
        <message>
            <source>&amp;Update</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>&amp;on</source>
            <comment>back pain on a day</comment>
            <translation>&amp;am</translation>
        </message>
        <message>
            <source>0 is no pain, 10 the worst pain you can imagine. Enter logs it.</source>
            <translation>0 ist kein Schmerz, 10 der schlimmste vorstellbare Schmerz. Enter erfasst ihn.</translation>
        </message>
        <message>
            <source>A red-flag symptom: logged, it takes running and strength out of your plan and says what to do.</source>
            <translation>Ein Warnsymptom: erfasst, nimmt es Laufen und Krafttraining aus deinem Plan und sagt, was zu tun ist.</translation>
        </message>
        <message>
            <source>Any of these?</source>
            <translation>Etwas davon?</translation>
        </message>
        <message>
            <source>Back pain today, 0 to 10</source>
            <translation>Rückenschmerz heute, 0 bis 10</translation>
        </message>
        <message>
            <source>Day of the pain log</source>
            <translation>Tag des Schmerzeintrags</translation>
        </message>
        <message>
            <source>Log back pain</source>
            <translation>Rückenschmerz erfassen</translation>
        </message>
        <message>
            <source>Logged for %1: %2/10, %3.</source>
            <translation>Erfasst für %1: %2/10, %3.</translation>
        </message>
        <message>
            <source>Logged for %1: %2/10.</source>
            <translation>Erfasst für %1: %2/10.</translation>
        </message>
        <message>
            <source>More signs</source>
            <translation>Weitere Zeichen</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Notiz (optional)</translation>
        </message>
        <message>
            <source>Note about today's back</source>
            <translation>Notiz zum Rücken heute</translation>
        </message>
        <message>
            <source>Nothing logged for %1 yet.</source>
            <translation>Für %1 ist noch nichts erfasst.</translation>
        </message>
        <message>
            <source>Saves the back pain, symptoms and note for the day shown.</source>
            <translation>Speichert Rückenschmerz, Symptome und Notiz für den angezeigten Tag.</translation>
        </message>
        <message>
            <source>Shows five more red-flag signs: numbness or weakness in both legs, fever or feeling unwell, unexplained weight loss, pain after a fall or blow, a history of cancer.</source>
            <translation>Zeigt fünf weitere Warnzeichen: Taubheit oder Schwäche in beiden Beinen, Fieber oder allgemeines Krankheitsgefühl, ungeklärter Gewichtsverlust, Schmerz nach einem Sturz oder Schlag, eine Krebserkrankung in der Vorgeschichte.</translation>
        </message>
        <message>
            <source>The day the back pain and symptoms below are for; today unless you change it.</source>
            <translation>Der Tag, für den Rückenschmerz und Symptome unten gelten; heute, solange du ihn nicht änderst.</translation>
        </message>
        <message>
            <source>Update back pain</source>
            <translation>Rückenschmerz aktualisieren</translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Units</name>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 /%2</source>
            <translation>%1 /%2</translation>
        </message>
        <message>
            <source>%1 /100 m</source>
            <translation>%1 /100 m</translation>
        </message>
        <message>
            <source>%1 /100 yd</source>
            <translation>%1 /100 yd</translation>
        </message>
        <message>
            <source>%1 km/h</source>
            <translation>%1 km/h</translation>
        </message>
        <message>
            <source>%1 mph</source>
            <translation>%1 mph</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <source>mi</source>
            <translation>mi</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::Validation</name>
        <message>
            <source>%1: %2 is more than %3 years from today (%4); Stridewise keeps dates within %3 years of today.</source>
            <translation>%1: %2 liegt mehr als %3 Jahre von heute (%4) entfernt; Stridewise hält Daten innerhalb von %3 Jahren um heute.</translation>
        </message>
        <message>
            <source>%1: not a valid date.</source>
            <translation>%1: kein gültiges Datum.</translation>
        </message>
        <message>
            <source>--from %1 is after --to %2.</source>
            <translation>--from %1 liegt nach --to %2.</translation>
        </message>
        <message>
            <source>Actual minutes %1 is outside 1–%2 min.</source>
            <translation>Tatsächliche Minuten %1 liegen außerhalb von 1–%2 min.</translation>
        </message>
        <message>
            <source>Choose at least one available day.</source>
            <translation>Wähle mindestens einen verfügbaren Tag.</translation>
        </message>
        <message>
            <source>Choose at least one low-impact activity: walking, cycling or swimming.</source>
            <translation>Wähle mindestens eine gelenkschonende Aktivität: Gehen, Radfahren oder Schwimmen.</translation>
        </message>
        <message>
            <source>Distance %1 km is outside 0–%2 km.</source>
            <translation>Distanz %1 km liegt außerhalb von 0–%2 km.</translation>
        </message>
        <message>
            <source>Effort %1 is outside 0–10.</source>
            <translation>Anstrengung %1 liegt außerhalb von 0–10.</translation>
        </message>
        <message>
            <source>Low-impact activities are walking, cycling and swimming.</source>
            <translation>Gelenkschonende Aktivitäten sind Gehen, Radfahren und Schwimmen.</translation>
        </message>
        <message>
            <source>Minutes available on a weekday %1 is outside 1–%2 min.</source>
            <translation>Verfügbare Minuten an einem Werktag: %1 liegt außerhalb von 1–%2 min.</translation>
        </message>
        <message>
            <source>Minutes available on a weekend day %1 is outside 1–%2 min.</source>
            <translation>Verfügbare Minuten an einem Wochenendtag: %1 liegt außerhalb von 1–%2 min.</translation>
        </message>
        <message>
            <source>Pain score %1 is outside 0–10.</source>
            <translation>Schmerzwert %1 liegt außerhalb von 0–10.</translation>
        </message>
        <message>
            <source>Planned minutes %1 is outside 1–%2 min.</source>
            <translation>Geplante Minuten %1 liegen außerhalb von 1–%2 min.</translation>
        </message>
        <message>
            <source>Running days %1 is outside %2–%3.</source>
            <translation>Lauftage %1 liegen außerhalb von %2–%3.</translation>
        </message>
        <message>
            <source>Running minutes %1 is outside 0–%2 min.</source>
            <translation>Laufminuten %1 liegen außerhalb von 0–%2 min.</translation>
        </message>
        <message>
            <source>Target effort %1 is outside 0–10.</source>
            <translation>Ziel-Anstrengung %1 liegt außerhalb von 0–10.</translation>
        </message>
        <message>
            <source>The note has %1 characters; at most %2 fit.</source>
            <translation>Die Notiz hat %1 Zeichen; höchstens %2 passen.</translation>
        </message>
        <message>
            <source>The pain log needs a valid date.</source>
            <translation>Der Schmerzeintrag braucht ein gültiges Datum.</translation>
        </message>
        <message>
            <source>The range %1 to %2 spans more than %3 years.</source>
            <translation>Der Zeitraum %1 bis %2 umfasst mehr als %3 Jahre.</translation>
        </message>
        <message>
            <source>The session needs a title.</source>
            <translation>Die Einheit braucht einen Titel.</translation>
        </message>
        <message>
            <source>The session needs a valid date.</source>
            <translation>Die Einheit braucht ein gültiges Datum.</translation>
        </message>
        <message>
            <source>The title has %1 characters; at most %2 fit.</source>
            <translation>Der Titel hat %1 Zeichen; höchstens %2 passen.</translation>
        </message>
        <message>
            <source>The weekly running goal %1 min is outside 0–%2 min.</source>
            <translation>Das wöchentliche Laufziel von %1 min liegt außerhalb von 0–%2 min.</translation>
        </message>
        <message>
            <source>Weekly running minutes %1 is outside 0–%2 min.</source>
            <translation>Wöchentliche Laufminuten %1 liegen außerhalb von 0–%2 min.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::ViewActions</name>
        <message>
            <source>&amp;About Stridewise</source>
            <translation>&amp;Über Stridewise</translation>
        </message>
        <message>
            <source>&amp;How Stridewise Plans</source>
            <translation>&amp;Wie Stridewise plant</translation>
        </message>
        <message>
            <source>About Stridewise</source>
            <translation>Über Stridewise</translation>
        </message>
        <message>
            <source>Back pain against training load (Ctrl+R)</source>
            <translation>Rückenschmerz gegen Trainingsbelastung (Strg+R)</translation>
        </message>
        <message>
            <source>P&amp;rogress</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>Stridewise %1

Weekly running plans that look after your back: runs, low-impact sessions, core strength and daily hamstring stretches, adapted to what you did and how your back felt.

%2</source>
            <translation>Stridewise %1

Wöchentliche Laufpläne, die auf deinen Rücken achten: Läufe, gelenkschonende Einheiten, Rumpfkraft und tägliche Dehnung der hinteren Oberschenkel, angepasst an das, was du gemacht hast, und wie sich dein Rücken anfühlte.

%2</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::WatchedFolderDialog</name>
        <message>
            <source>%1 is a file, not a folder.</source>
            <translation>%1 ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Wählen…</translation>
        </message>
        <message>
            <source>&amp;Stop Watching</source>
            <translation>Überwachung &amp;beenden</translation>
        </message>
        <message>
            <source>Choose the Watched Folder</source>
            <translation>Überwachten Ordner wählen</translation>
        </message>
        <message>
            <source>For example a Garmin watch plugged in by USB (its GARMIN/Activity folder), or the folder a phone or a website export syncs to.</source>
            <translation>Zum Beispiel eine per USB angeschlossene Garmin-Uhr (ihr Ordner GARMIN/Activity) oder der Ordner, in den ein Handy oder ein Website-Export synchronisiert.</translation>
        </message>
        <message>
            <source>Give the whole path of the folder, starting with %1.</source>
            <translation>Gib den vollständigen Pfad des Ordners an, beginnend mit %1.</translation>
        </message>
        <message>
            <source>No folder: nothing is imported by itself</source>
            <translation>Kein Ordner: Nichts wird von selbst importiert</translation>
        </message>
        <message>
            <source>Stridewise imports new FIT, TCX and GPX files from this folder and the folders in it by itself: when the window opens, and the moment they appear while it is open. Each import ticks the planned sessions it matches and can be undone.</source>
            <translation>Stridewise importiert neue FIT-, TCX- und GPX-Dateien aus diesem Ordner und den Ordnern darin von selbst: wenn sich das Fenster öffnet und sobald sie erscheinen, während es offen ist. Jeder Import hakt die passenden geplanten Einheiten ab und lässt sich rückgängig machen.</translation>
        </message>
        <message>
            <source>Watched Folder</source>
            <translation>Überwachter Ordner</translation>
        </message>
        <message>
            <source>Watched folder</source>
            <translation>Überwachter Ordner</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::WeekBanner</name>
        <message>
            <source>A Clinician Has Seen Me…</source>
            <translation>Eine Fachperson hat mich untersucht…</translation>
        </message>
        <message>
            <source>Record that a clinician has seen you about these symptoms. Until then running and strength stay out of your plans.</source>
            <translation>Erfasse, dass dich eine Fachperson wegen dieser Symptome untersucht hat. Bis dahin bleiben Laufen und Krafttraining aus deinen Plänen heraus.</translation>
        </message>
        <message>
            <source>This file is open read-only because %1, so nothing can be changed or saved: %2</source>
            <translation>Diese Datei ist schreibgeschützt geöffnet, weil %1; daher kann nichts geändert oder gespeichert werden: %2</translation>
        </message>
        <message>
            <source>This file is open read-only, so nothing can be changed or saved: %1</source>
            <translation>Diese Datei ist schreibgeschützt geöffnet; daher kann nichts geändert oder gespeichert werden: %1</translation>
        </message>
        <message>
            <source>This week was planned without running and strength because of red-flag symptoms that are no longer in your log.</source>
            <translation>Diese Woche wurde wegen Warnsymptomen, die nicht mehr in deinem Protokoll stehen, ohne Laufen und Krafttraining geplant.</translation>
        </message>
        <message>
            <source>This week was planned without running and strength because of red-flag symptoms that are no longer in your log. Plan ▸ Re-plan the Rest of the Week (Ctrl+Shift+R) plans them again.</source>
            <translation>Diese Woche wurde wegen Warnsymptomen, die nicht mehr in deinem Protokoll stehen, ohne Laufen und Krafttraining geplant. Plan ▸ Rest der Woche neu planen (Strg+Umschalt+R) plant sie wieder ein.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::WeekChange</name>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>No red flag any more: the rest of the week can be planned again.</source>
            <translation>Kein Warnzeichen mehr: der Rest der Woche kann wieder geplant werden.</translation>
        </message>
        <message>
            <source>Pain zone: %1 → %2.</source>
            <translation>Schmerzzone: %1 → %2.</translation>
        </message>
        <message>
            <source>Red flag: running and strength come out of the rest of the week.</source>
            <translation>Warnzeichen: Laufen und Krafttraining werden aus dem Rest der Woche genommen.</translation>
        </message>
        <message>
            <source>Urgent red flag: nothing is planned until a clinician has seen you.</source>
            <translation>Dringendes Warnzeichen: nichts wird geplant, bis dich eine Fachperson untersucht hat.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::WeekHeader</name>
        <message>
            <source>%1 of %2 sessions done · %3 of running planned</source>
            <translation>%1 von %2 Einheiten erledigt · %3 Laufen geplant</translation>
        </message>
        <message>
            <source>%1 · week %2 · %3</source>
            <translation>%1 · Woche %2 · %3</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>Fill in your profile to get a plan.</source>
            <translation>Füll dein Profil aus, um einen Plan zu bekommen.</translation>
        </message>
        <message>
            <source>Fill in your profile…</source>
            <translation>Profil ausfüllen…</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Letzte Woche</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Nächste Woche</translation>
        </message>
        <message>
            <source>No plan for this week yet.</source>
            <translation>Für diese Woche gibt es noch keinen Plan.</translation>
        </message>
        <message>
            <source>Plan this week</source>
            <translation>Diese Woche planen</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <source>Week %1 · %2</source>
            <translation>Woche %1 · %2</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <translation>d. MMMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::WeekPicker</name>
        <message>
            <source>"%1" is not a day: write it like 2026-07-15 and press Enter.</source>
            <translation>„%1“ ist kein Tag: schreib ihn wie 2026-07-15 und drück Enter.</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>2026-07-15</source>
            <translation>2026-07-15</translation>
        </message>
        <message>
            <source>Choose a week from the calendar</source>
            <translation>Eine Woche aus dem Kalender wählen</translation>
        </message>
        <message>
            <source>Go to the week of a day: type it (2026-07-15) and press Enter (Ctrl+G)</source>
            <translation>Zur Woche eines Tages: tippe ihn ein (2026-07-15) und drück Enter (Strg+G)</translation>
        </message>
        <message>
            <source>Go to the week of this day</source>
            <translation>Zur Woche dieses Tages</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d. MMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::WeekPrinter</name>
        <message>
            <source>%1 min · %2</source>
            <translation>%1 min · %2</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>/10</source>
            <translation>/10</translation>
        </message>
        <message>
            <source>Back pain</source>
            <translation>Rückenschmerz</translation>
        </message>
        <message>
            <source>Could not finish printing the week.</source>
            <translation>Die Woche konnte nicht fertig gedruckt werden.</translation>
        </message>
        <message>
            <source>Could not start printing the week.</source>
            <translation>Der Druck der Woche konnte nicht gestartet werden.</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>Abends</translation>
        </message>
        <message>
            <source>Hamstring stretch</source>
            <translation>Dehnung der hinteren Oberschenkel</translation>
        </message>
        <message>
            <source>Hamstring stretch, morning and evening: %1</source>
            <translation>Dehnung der hinteren Oberschenkel, morgens und abends: %1</translation>
        </message>
        <message>
            <source>Morning</source>
            <translation>Morgens</translation>
        </message>
        <message>
            <source>Rest day: the stretches only.</source>
            <translation>Ruhetag: nur die Dehnübungen.</translation>
        </message>
        <message>
            <source>Stridewise does not replace a clinician. Stop running and see one soon if pain spreads down a leg with numbness, tingling or weakness; get urgent care today for new trouble passing urine, loss of bladder or bowel control, or numbness between the legs.</source>
            <translation>Stridewise ersetzt keine Ärztin und keinen Arzt. Hör auf zu laufen und lass dich bald untersuchen, wenn Schmerz mit Taubheit, Kribbeln oder Schwäche ins Bein ausstrahlt; such noch heute dringend ärztliche Hilfe bei neuen Problemen beim Wasserlassen, Verlust der Blasen- oder Darmkontrolle oder Taubheit zwischen den Beinen.</translation>
        </message>
        <message>
            <source>Stridewise · week %1 · %2</source>
            <translation>Stridewise · Woche %1 · %2</translation>
        </message>
        <message>
            <source>This week: %1</source>
            <translation>Diese Woche: %1</translation>
        </message>
        <message>
            <source>Tick each box when it is done.</source>
            <translation>Hake jedes Kästchen ab, wenn es erledigt ist.</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::WeekView</name>
        <message>
            <source>Week plan</source>
            <translation>Wochenplan</translation>
        </message>
    </context>
    <context>
        <name>Stridewise::WindowBus</name>
        <message>
            <source>Not a reminder: "%1" "%2" "%3".</source>
            <translation>Keine Erinnerung: „%1“ „%2“ „%3“.</translation>
        </message>
        <message>
            <source>The Stridewise window did not answer (%1).</source>
            <translation>Das Stridewise-Fenster hat nicht geantwortet (%1).</translation>
        </message>
        <message>
            <source>This window cannot remember reminders.</source>
            <translation>Dieses Fenster kann sich keine Erinnerungen merken.</translation>
        </message>
        <message>
            <source>This window cannot tick sessions.</source>
            <translation>Dieses Fenster kann keine Einheiten abhaken.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Exit as soon as the main window has painted once (for benchmarks).</source>
            <translation>Beenden, sobald das Hauptfenster einmal gezeichnet ist (für Benchmarks).</translation>
        </message>
        <message>
            <source>Open this database file instead of your own.</source>
            <translation>Diese Datenbankdatei statt deiner eigenen öffnen.</translation>
        </message>
        <message>
            <source>Render the main window to a PNG file and exit.</source>
            <translation>Das Hauptfenster in eine PNG-Datei zeichnen und beenden.</translation>
        </message>
        <message>
            <source>Say in the window that it shows demo data.</source>
            <translation>Im Fenster sagen, dass es Demodaten zeigt.</translation>
        </message>
        <message>
            <source>Stridewise plans running weeks that look after your back.

</source>
            <translation>Stridewise plant Laufwochen, die auf deinen Rücken achten.

</translation>
        </message>
        <message>
            <source>Use a dark palette (for screenshots).</source>
            <translation>Eine dunkle Palette verwenden (für Bildschirmfotos).</translation>
        </message>
        <message>
            <source>argument %1 is not valid UTF-8 text; nothing was changed.</source>
            <translation>Argument %1 ist kein gültiger UTF-8-Text; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>unknown command "%1". Run stridewise --help for the list.</source>
            <translation>unbekannter Befehl „%1“. stridewise --help zeigt die Liste.</translation>
        </message>
    </context>
</TS>
