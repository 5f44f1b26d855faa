#include "core/model/isoweek.h"
#include "core/service/importer.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/shoerepository.h"
#include "ui/charts/distancechart.h"
#include "ui/charts/distancepage.h"
#include "ui/charts/progressview.h"
#include "ui/charts/progresswindow.h"
#include "ui/document/importactions.h"
#include "ui/document/shoeactions.h"
#include "ui/log/completiondialog.h"
#include "ui/log/shoesdialog.h"
#include "ui/shell/settings.h"
#include "ui/shell/watchedfolderdialog.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QUndoStack>
#include <QUrl>

#include "tests/import/importtest.h"
#include "tests/io/readertest.h"
#include "tests/ui/uitest.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

/**
 * The window on the week of 30 November 2026, when run-35min-1hz.fit was recorded (06:30 UTC), with a 30-minute
 * run planned that morning. Recordings are dated in UTC, so the tests do not depend on the machine's zone.
 */
class ImportUiTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_today = QDate(2026, 12, 2);
        m_monday = QDate(2026, 11, 30);
        auto db = openDb(m_dir.path());
        ASSERT_TRUE(db);
        m_week = saveWeek(*db, m_monday,
            { planned(m_monday, Activity::Run, 30, 4), planned(m_monday.addDays(1), Activity::Walk, 40, 2) });
        ASSERT_EQ(m_week.sessions.size(), 2);
        m_runId = m_week.sessions.at(0).id;
    }

    MainWindow &open()
    {
        MainWindow &window = openWindow();
        window.importActions().setTimeZone(QTimeZone::utc());
        window.importActions().setSettleTime(0);
        return window;
    }

    std::optional<Completion> completionOf(qint64 id) const
    {
        auto c = LogRepository(m_window->database()).completion(id);
        return c.ok() ? *c : std::nullopt;
    }

    QString status() const { return m_window->statusBar()->currentMessage(); }

    /** A copy of a fixture in folder (created), its time set to an hour ago so it counts as settled. */
    static QString copyFixture(const QString &name, const QString &folder)
    {
        QDir().mkpath(folder);
        const QString to = QDir(folder).filePath(name);
        QFile::copy(activityFixture(name), to);
        QFile f(to);
        if (f.open(QIODevice::ReadWrite))
            f.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime);
        return to;
    }

    Week m_week;
    qint64 m_runId = 0;
};

} // namespace

TEST_F(ImportUiTest, ImportMenuTicksThePlannedRunAndUndoTakesTheWholeImportBack)
{
    MainWindow &window = open();
    QAction *import = action(QStringLiteral("importAction"));
    ASSERT_TRUE(import);
    EXPECT_EQ(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    m_prompts.files(
        { activityFixture(QStringLiteral("run-35min-1hz.fit")), activityFixture(QStringLiteral("strava-run.tcx")),
            activityFixture(QStringLiteral("garmin-connect-walk.gpx")) });
    import->trigger();

    // One file dialog, several files, with a filter per format from the registry.
    ASSERT_EQ(m_prompts.count(Prompt::Kind::OpenFiles), 1);
    const QString filter = m_prompts.asked().first().filter;
    for (const char *pattern : { "*.fit", "*.tcx", "*.gpx", "*.FIT" })
        EXPECT_TRUE(filter.contains(QLatin1String(pattern))) << filter.toStdString();
    EXPECT_TRUE(filter.startsWith(QStringLiteral("Activity files ("))) << filter.toStdString();

    // The planned run is ticked with the recorded minutes, distance and the marker; the 2017 ones are added.
    auto done = completionOf(m_runId);
    ASSERT_TRUE(done);
    EXPECT_EQ(done->minutes, 35);
    EXPECT_TRUE(done->needsEffort);
    ASSERT_TRUE(done->distanceMeters);
    EXPECT_DOUBLE_EQ(*done->distanceMeters, 6300.0);
    EXPECT_EQ(status(), QStringLiteral("3 activities imported, 1 planned session ticked"));
    EXPECT_TRUE(firstCard(Activity::Run)->checkBox()->isChecked());
    EXPECT_EQ(window.document().monday(), m_monday); // something imported lies in the week shown: it stays
    ASSERT_EQ(window.document().undoStack()->count(), 1);
    EXPECT_EQ(window.document().undoStack()->undoText(), QStringLiteral("Import 3 activities"));

    // Undo takes back all three; redo imports the same bytes again.
    const int sessionsBefore = int(dump(window.database(), QStringLiteral("session")).size());
    window.document().undoStack()->undo();
    EXPECT_FALSE(completionOf(m_runId));
    EXPECT_FALSE(firstCard(Activity::Run)->checkBox()->isChecked());
    EXPECT_TRUE(dump(window.database(), QStringLiteral("imported_activity")).isEmpty());
    EXPECT_EQ(int(dump(window.database(), QStringLiteral("session")).size()), sessionsBefore - 2);
    window.document().undoStack()->redo();
    ASSERT_TRUE(completionOf(m_runId));
    EXPECT_TRUE(firstCard(Activity::Run)->checkBox()->isChecked());
    EXPECT_EQ(int(dump(window.database(), QStringLiteral("session")).size()), sessionsBefore);

    // Importing the same files again changes nothing and leaves no undo step.
    const QStringList saved = dumpAll(window.database());
    m_prompts.files(
        { activityFixture(QStringLiteral("run-35min-1hz.fit")), activityFixture(QStringLiteral("strava-run.tcx")) });
    import->trigger();
    EXPECT_EQ(dumpAll(window.database()), saved);
    EXPECT_EQ(window.document().undoStack()->count(), 1);
    EXPECT_TRUE(status().contains(QStringLiteral("2 skipped"))) << status().toStdString();
}

TEST_F(ImportUiTest, ABadFileIsNamedWithWhatIsWrongAndNothingSavedChanges)
{
    MainWindow &window = open();
    m_prompts.files({ activityFixture(QStringLiteral("run-35min-1hz.fit")) });
    action(QStringLiteral("importAction"))->trigger();
    ASSERT_TRUE(completionOf(m_runId));
    const QStringList saved = dumpAll(window.database());

    m_prompts.files({ activityFixture(QStringLiteral("run-35min-wrong-crc.fit")),
        activityFixture(QStringLiteral("strava-run-cut-short.tcx")),
        activityFixture(QStringLiteral("MonitoringFile.fit")), activityFixture(QStringLiteral("clock-1901.gpx")) });
    action(QStringLiteral("importAction"))->trigger();
    ASSERT_EQ(m_prompts.count(Prompt::Kind::Warning), 1);
    const Prompt::Request &box = m_prompts.asked().last();
    EXPECT_EQ(box.title, QStringLiteral("Nothing Imported"));
    for (const char *words : { "run-35min-wrong-crc.fit: CRC mismatch",
             "strava-run-cut-short.tcx: ", "MonitoringFile.fit: ", "monitoring", "clock-1901.gpx: ", "1901" })
        EXPECT_TRUE(box.text.contains(QLatin1String(words))) << words << "\n" << box.text.toStdString();
    EXPECT_EQ(dumpAll(window.database()), saved);
    EXPECT_EQ(window.document().undoStack()->count(), 1); // the refused import left no step
    EXPECT_TRUE(status().contains(QStringLiteral("4 files refused"))) << status().toStdString();
}

TEST_F(ImportUiTest, FilesAndFoldersDroppedOnTheWindowAreImported)
{
    MainWindow &window = open();
    TempDir drop;
    copyFixture(QStringLiteral("run-35min-1hz.fit"), drop.path(QStringLiteral("watch/Activity")));
    copyFixture(QStringLiteral("MonitoringFile.fit"), drop.path(QStringLiteral("watch/Monitor")));
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(drop.path(QStringLiteral("watch"))) });

    QWidget *target = window.centralWidget();
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &dropEvent);
    EXPECT_TRUE(dropEvent.isAccepted());
    ASSERT_TRUE(QTest::qWaitFor([&] { return completionOf(m_runId).has_value(); }, 5000));
    EXPECT_TRUE(firstCard(Activity::Run)->checkBox()->isChecked());
    // The monitoring file found in the folder is passed over quietly: no box.
    EXPECT_EQ(m_prompts.count(Prompt::Kind::Warning), 0);
    EXPECT_EQ(window.document().undoStack()->count(), 1);

    // Text, or a session card's own drag, is not an import.
    QMimeData text;
    text.setText(QStringLiteral("not a file"));
    QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    EXPECT_FALSE(refused.isAccepted());
}

TEST_F(ImportUiTest, ARecordingOfAnUnknownSportIsAskedAbout)
{
    const QDate day(2022, 7, 16); // sup_activity_1.tcx: stand-up paddling, "Other" in TCX
    {
        auto db = openDb(m_dir.path());
        saveWeek(*db, IsoWeek::mondayOf(day), { planned(day, Activity::Walk, 60, 2) });
    }
    MainWindow &window = open();
    m_prompts.choose(1); // Walk
    m_prompts.files({ activityFixture(QStringLiteral("sup_activity_1.tcx")) });
    action(QStringLiteral("importAction"))->trigger();
    ASSERT_EQ(m_prompts.count(Prompt::Kind::Choice), 1);
    const Prompt::Request &asked = m_prompts.asked().at(1);
    EXPECT_EQ(asked.title, QStringLiteral("Which Activity Was It?"));
    EXPECT_TRUE(asked.text.startsWith(QStringLiteral("sup_activity_1.tcx holds a recording")))
        << asked.text.toStdString();
    EXPECT_EQ(asked.choices,
        QStringList({ QStringLiteral("Run"), QStringLiteral("Walk"), QStringLiteral("Cycle"), QStringLiteral("Swim"),
            QStringLiteral("Don't Import") }));
    EXPECT_TRUE(status().startsWith(QStringLiteral("1 activity imported"))) << status().toStdString();
    EXPECT_EQ(IsoWeek::mondayOf(day), window.document().monday()); // shows the week of what it imported
    ASSERT_EQ(window.document().undoStack()->count(), 1);

    // "Don't Import" imports nothing and says so.
    window.document().undoStack()->undo();
    const QStringList saved = dumpAll(window.database());
    m_prompts.choose(4);
    m_prompts.files({ activityFixture(QStringLiteral("sup_activity_1.tcx")) });
    action(QStringLiteral("importAction"))->trigger();
    EXPECT_EQ(dumpAll(window.database()), saved);
    EXPECT_TRUE(status().contains(QStringLiteral("1 skipped"))) << status().toStdString();
    EXPECT_EQ(m_prompts.count(Prompt::Kind::Warning), 0); // the runner's own choice needs no warning
    EXPECT_EQ(window.document().undoStack()->count(), 1); // nothing pushed: the undone import can still be redone
}

TEST_F(ImportUiTest, TheWatchedFolderImportsOnOpenAndWhatAppearsWhileTheWindowRuns)
{
    TempDir watch;
    const QString folder = watch.path(QStringLiteral("GARMIN/Activity"));
    copyFixture(QStringLiteral("run-35min-1hz.fit"), folder);
    Settings::setValue(Settings::Key::WatchedFolder, folder, m_dir.path());

    MainWindow &window = open();
    window.importActions().startWatching();
    ASSERT_TRUE(QTest::qWaitFor([&] { return completionOf(m_runId).has_value(); }, 5000));
    EXPECT_EQ(status(), QStringLiteral("From the watched folder: 1 activity imported, 1 planned session ticked"));
    EXPECT_TRUE(window.importActions().watchedDirectories().contains(folder));

    // A new subfolder, and a file in it, while the window is open: imported without asking anything.
    const QString sub = QDir(folder).filePath(QStringLiteral("2017"));
    QDir().mkpath(sub);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.importActions().watchedDirectories().contains(sub); }, 5000));
    copyFixture(QStringLiteral("garmin-connect-walk.gpx"), sub);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.document().undoStack()->count() == 2; }, 5000));
    EXPECT_TRUE(status().startsWith(QStringLiteral("From the watched folder: 1 activity imported")))
        << status().toStdString();
    EXPECT_EQ(m_prompts.asked().size(), 0);

    // A damaged file there is said in the status bar, with its name, and changes nothing.
    const QStringList saved = dumpAll(window.database());
    copyFixture(QStringLiteral("run-35min-wrong-crc.fit"), folder);
    ASSERT_TRUE(QTest::qWaitFor([&] { return status().contains(QStringLiteral("run-35min-wrong-crc.fit")); }, 5000));
    EXPECT_TRUE(status().contains(QStringLiteral("CRC mismatch"))) << status().toStdString();
    EXPECT_EQ(dumpAll(window.database()), saved);

    // Opened again: what was looked at is not read again, and nothing is imported twice.
    closeWindow();
    MainWindow &again = open();
    again.importActions().startWatching();
    QTest::qWait(200);
    EXPECT_EQ(again.document().undoStack()->count(), 0);
    EXPECT_EQ(dumpAll(again.database()), saved);
}

TEST_F(ImportUiTest, WatchedFolderDialogChoosesAFolderAndRefusesAFile)
{
    MainWindow &window = open();
    TempDir watch;
    copyFixture(QStringLiteral("run-35min-1hz.fit"), watch.path(QStringLiteral("Activity")));
    action(QStringLiteral("watchedFolderAction"))->trigger();
    auto *dialog = waitFor<WatchedFolderDialog>(QStringLiteral("watchedFolderDialog"));
    ASSERT_TRUE(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("folderLineEdit"));
    const QString file = copyFixture(QStringLiteral("strava-run.tcx"), watch.path(QStringLiteral("files")));
    edit->setText(file);
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(
        dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("is a file")));
    m_prompts.file(watch.path(QStringLiteral("Activity")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("choosePushButton")), Qt::LeftButton);
    EXPECT_EQ(edit->text(), QDir::toNativeSeparators(watch.path(QStringLiteral("Activity"))));
    if (!qEnvironmentVariableIsEmpty("STRIDEWISE_SHOTS_DIR"))
        dialog->grab().save(
            qEnvironmentVariable("STRIDEWISE_SHOTS_DIR") + QStringLiteral("/watched-folder-dialog.png"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("savePushButton")), Qt::LeftButton);
    EXPECT_EQ(window.importActions().watchedFolder(), watch.path(QStringLiteral("Activity")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return completionOf(m_runId).has_value(); }, 5000));
}

namespace {
QString shotsDir()
{
    return qEnvironmentVariable("STRIDEWISE_SHOTS_DIR");
}
} // namespace

TEST_F(ImportUiTest, CardsShowDistanceAndPaceAndTheEffortIsAskedWithoutLosingTheRecording)
{
    qint64 pegasus = 0;
    qint64 trail = 0;
    {
        auto db = openDb(m_dir.path());
        pegasus = ShoeRepository(*db).add(Shoe{ 0, QStringLiteral("Pegasus"), 4 })->id;
        trail = ShoeRepository(*db).add(Shoe{ 0, QStringLiteral("Trail shoes"), 3 })->id;
    }
    MainWindow &window = open();
    m_prompts.files({ activityFixture(QStringLiteral("run-35min-1hz.fit")) });
    action(QStringLiteral("importAction"))->trigger();
    SessionCard *card = firstCard(Activity::Run);
    ASSERT_TRUE(card && card->checkBox()->isChecked());
    auto *detail = card->findChild<QLabel *>(QStringLiteral("detailLabel"));
    auto *marker = card->findChild<QLabel *>(QStringLiteral("needsEffortLabel"));
    EXPECT_EQ(detail->text(), QStringLiteral("Done: 35\u00a0min\n6.30 km · 5:33 /km"));
    EXPECT_TRUE(marker->isVisible());
    EXPECT_TRUE(card->accessibleName().contains(QStringLiteral("needs your effort")));

    // The Session panel says the same, with the shoe.
    window.document().setSelectedSessionId(m_runId);
    auto *panelText = window.findChild<QLabel *>(QStringLiteral("sessionDetailsLabel"));
    ASSERT_TRUE(panelText);
    EXPECT_TRUE(panelText->text().contains(QStringLiteral("6.30 km · 5:33 /km · in Pegasus")))
        << panelText->text().toStdString();
    EXPECT_TRUE(panelText->text().contains(QStringLiteral("Needs your effort"))) << panelText->text().toStdString();

    // Miles, from the View menu: every card follows at once.
    QAction *miles = action(QStringLiteral("milesAction"));
    ASSERT_TRUE(miles);
    miles->trigger();
    EXPECT_EQ(Settings::value(Settings::Key::Units).toString(), QStringLiteral("mi"));
    EXPECT_EQ(detail->text(), QStringLiteral("Done: 35\u00a0min\n3.91 mi · 8:56 /mi"));
    EXPECT_TRUE(panelText->text().contains(QStringLiteral("3.91 mi · 8:56 /mi"))) << panelText->text().toStdString();
    if (!shotsDir().isEmpty())
        window.grab().save(shotsDir() + QStringLiteral("/imported-run-card-miles.png"));
    miles->trigger();
    EXPECT_EQ(detail->text(), QStringLiteral("Done: 35\u00a0min\n6.30 km · 5:33 /km"));

    // Enter on the card opens the tick-off editor with what was recorded and the default shoe.
    card->setFocus();
    QTest::keyClick(card, Qt::Key_Return);
    auto *dialog = waitFor<CompletionDialog>(QStringLiteral("completionDialog"));
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->findChild<QSpinBox *>(QStringLiteral("actualMinutesSpinBox"))->value(), 35);
    auto *recorded = dialog->findChild<QLabel *>(QStringLiteral("recordedLabel"));
    ASSERT_TRUE(recorded);
    EXPECT_TRUE(recorded->text().startsWith(QStringLiteral("Recorded: 6.30 km in 35\u00a0min (5:33 /km).")))
        << recorded->text().toStdString();
    auto *shoe = dialog->findChild<QComboBox *>(QStringLiteral("shoeComboBox"));
    ASSERT_TRUE(shoe);
    EXPECT_EQ(shoe->currentText(), QStringLiteral("Pegasus"));
    dialog->findChild<QSpinBox *>(QStringLiteral("effortSpinBox"))->setValue(6);
    dialog->findChild<QSpinBox *>(QStringLiteral("painAfterSpinBox"))->setValue(2);
    shoe->setCurrentIndex(shoe->findData(trail)); // ran in the other pair today
    if (!shotsDir().isEmpty())
        dialog->grab().save(shotsDir() + QStringLiteral("/tick-off-imported-run.png"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("savePushButton")), Qt::LeftButton);
    auto c = completionOf(m_runId);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->minutes, 35);
    EXPECT_EQ(c->rpe, 6);
    EXPECT_EQ(c->pain, 2);
    EXPECT_FALSE(c->needsEffort);
    ASSERT_TRUE(c->distanceMeters);
    EXPECT_DOUBLE_EQ(*c->distanceMeters, 6300.0); // kept: LogRepository::complete writes what it is given
    EXPECT_EQ(c->shoeId, trail);
    EXPECT_FALSE(marker->isVisible());
    EXPECT_FALSE(action(QStringLiteral("tickOffAction"))->isEnabled()); // done, nothing more to give

    // Undo: the imported tick as it was, marker, default shoe and all.
    window.document().undoStack()->undo();
    c = completionOf(m_runId);
    EXPECT_TRUE(c->needsEffort);
    EXPECT_EQ(c->shoeId, pegasus);
    EXPECT_DOUBLE_EQ(c->distanceMeters.value_or(0), 6300.0);
    EXPECT_TRUE(marker->isVisible());
    EXPECT_TRUE(action(QStringLiteral("tickOffAction"))->isEnabled()); // "Tick Off…" gives the effort
}

TEST_F(ImportUiTest, TheShoeEditorAddsAShoeAsOneUndoStepAndShowsKilometres)
{
    {
        auto db = openDb(m_dir.path());
        ASSERT_TRUE(ShoeRepository(*db).add(Shoe{ 0, QStringLiteral("Pegasus"), 4, QDate(2026, 9, 1) }).ok());
    }
    MainWindow &window = open();
    m_prompts.files({ activityFixture(QStringLiteral("run-35min-1hz.fit")) });
    action(QStringLiteral("importAction"))->trigger();
    const QList<Shoe> before = *ShoeRepository(window.database()).shoes();

    QAction *shoes = action(QStringLiteral("shoesAction"));
    ASSERT_TRUE(shoes);
    EXPECT_TRUE(find<QMenu>(QStringLiteral("editMenu"))->actions().contains(shoes));
    shoes->trigger();
    auto *dialog = waitFor<ShoesDialog>(QStringLiteral("shoesDialog"));
    ASSERT_TRUE(dialog);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("shoeListWidget"));
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("Pegasus · 6.30 km · default"));
    auto *facts = dialog->findChild<QLabel *>(QStringLiteral("shoeFactsLabel"));
    EXPECT_TRUE(facts->text().startsWith(QStringLiteral("6.30 km in 1 run."))) << facts->text().toStdString();
    EXPECT_TRUE(facts->text().contains(QStringLiteral("not enough runs yet"))) << facts->text().toStdString();
    EXPECT_FALSE(dialog->findChild<QPushButton *>(QStringLiteral("removeShoePushButton"))->isEnabled());
    EXPECT_TRUE(
        dialog->findChild<QLabel *>(QStringLiteral("evidenceLabel"))->text().contains(QStringLiteral("Nigg 2015")));

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addShoePushButton")), Qt::LeftButton);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("shoeNameLineEdit"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("pegasus"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("savePushButton")), Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("Two shoes are called"))) << error->text().toStdString();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Trail shoes"));
    auto *comfort = dialog->findChild<QComboBox *>(QStringLiteral("comfortComboBox"));
    comfort->setCurrentIndex(comfort->findData(5));
    dialog->findChild<QCheckBox *>(QStringLiteral("defaultCheckBox"))->setChecked(true);
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("Pegasus · 6.30 km"));
    if (!shotsDir().isEmpty())
        dialog->grab().save(shotsDir() + QStringLiteral("/shoes-dialog.png"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("savePushButton")), Qt::LeftButton);

    auto after = ShoeRepository(window.database()).shoes();
    ASSERT_EQ(after->size(), 2);
    EXPECT_EQ((*ShoeRepository(window.database()).defaultShoe())->name, QStringLiteral("Trail shoes"));
    EXPECT_EQ(window.document().undoStack()->undoText(), QStringLiteral("Edit shoes"));
    window.document().undoStack()->undo();
    EXPECT_EQ(*ShoeRepository(window.database()).shoes(), before);
    window.document().undoStack()->redo();
    EXPECT_EQ(*ShoeRepository(window.database()).shoes(), *after);
}

TEST_F(ImportUiTest, ProgressShowsWeeklyDistanceAndNextDayPainByShoeFromCore)
{
    qint64 pegasus = 0;
    {
        // Ten earlier runs in one shoe, each with a back-pain log the next day (2 and 4 in turn: mean 3.0).
        auto db = openDb(m_dir.path());
        pegasus = ShoeRepository(*db).add(Shoe{ 0, QStringLiteral("Pegasus"), 4 })->id;
        ASSERT_TRUE(ShoeRepository(*db).add(Shoe{ 0, QStringLiteral("Racers"), 2 }).ok());
        for (int i = 0; i < 10; ++i) {
            const QDate day = QDate(2026, 10, 19).addDays(3 * i);
            auto added = PlanRepository(*db).addSession(planned(day, Activity::Run, 30, 4));
            ASSERT_TRUE(added.ok()) << added.message().toStdString();
            Completion c{ added->id, false, 30, 4, {}, {} };
            c.distanceMeters = 5000;
            c.shoeId = pegasus;
            ASSERT_TRUE(LogRepository(*db).complete(c).ok());
            ASSERT_TRUE(LogRepository(*db).logPain(PainEntry{ day.addDays(1), i % 2 == 0 ? 2 : 4, {}, {} }).ok());
        }
    }
    MainWindow &window = open();
    m_prompts.files({ activityFixture(QStringLiteral("run-35min-1hz.fit")) });
    action(QStringLiteral("importAction"))->trigger();
    ASSERT_TRUE(completionOf(m_runId));

    for (const bool dark : { false, true }) {
        const QPalette original = QApplication::palette();
        dark ? Theme::applyDark() : Theme::applyLight();
        window.viewActions().showProgress();
        ProgressWindow *progress = window.viewActions().progressWindow();
        ASSERT_TRUE(progress && progress->view());
        progress->view()->refresh();
        progress->resize(1000, 680);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !progress->view()->isBusy(); }, 30000));
        progress->view()->setCurrentChart(2);
        DistancePage *page = progress->view()->distancePage();
        ASSERT_TRUE(page);
        const Charts::DistanceSeries &series = page->series();
        ASSERT_GT(series.bars(), 0);
        EXPECT_NEAR(series.runs.last(), 6.3, 1e-9); // this week: the imported run's 6,300 m
        EXPECT_EQ(page->chart()->runBars(), series.runs);
        double total = 0;
        for (double km : series.runs)
            total += km;
        EXPECT_NEAR(total, 56.3, 1e-9); // ten runs of 5 km, and the import
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("shoeTableWidget"));
        ASSERT_EQ(table->rowCount(), 2);
        EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Pegasus"));
        EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("56.30 km"));
        EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("3.0/10 the day after 10 runs (n = 10)"));
        EXPECT_EQ(table->item(1, 3)->text(), QStringLiteral("not enough runs yet (0 of 10)"));
        EXPECT_TRUE(
            page->findChild<QLabel *>(QStringLiteral("shoeNoteLabel"))->text().contains(QStringLiteral("Nigg 2015")));
        QTest::qWait(50);
        if (!shotsDir().isEmpty())
            progress->grab().save(shotsDir()
                + (dark ? QStringLiteral("/progress-distance-dark.png")
                        : QStringLiteral("/progress-distance-light.png")));
        QApplication::setPalette(original);
    }
    // In miles, the same bars in the other unit.
    action(QStringLiteral("milesAction"))->trigger();
    DistancePage *page = window.viewActions().progressWindow()->view()->distancePage();
    EXPECT_NEAR(page->series().runs.last(), 6300 / Units::kMetresPerMile, 1e-9);
    EXPECT_EQ(page->findChild<QTableWidget *>(QStringLiteral("shoeTableWidget"))->item(0, 2)->text(),
        QStringLiteral("34.98 mi"));
}

TEST_F(ImportUiTest, AReadOnlyFileTakesNoImportsDropsOrShoeEdits)
{
    MainWindow &window = openWindow(Database::Mode::ReadOnly);
    for (const char *name : { "importAction", "watchedFolderAction", "shoesAction" })
        EXPECT_FALSE(action(QString::fromLatin1(name))->isEnabled()) << name;
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(activityFixture(QStringLiteral("run-35min-1hz.fit"))) });
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(&window, &enter);
    EXPECT_FALSE(enter.isAccepted());
    EXPECT_TRUE(window.importActions()
                    .importPaths({ activityFixture(QStringLiteral("run-35min-1hz.fit")) })
                    .imported.isEmpty());
}

/** Not a check: the new dialogs and an imported card, light and dark, when STRIDEWISE_SHOTS_DIR names a folder. */
TEST_F(ImportUiTest, Screenshots)
{
    if (shotsDir().isEmpty())
        GTEST_SKIP() << "set STRIDEWISE_SHOTS_DIR to render screenshots";
    {
        auto db = openDb(m_dir.path());
        ASSERT_TRUE(ShoeRepository(*db).add(Shoe{ 0, QStringLiteral("Pegasus"), 4, QDate(2026, 9, 1) }).ok());
    }
    MainWindow &window = open();
    m_prompts.files({ activityFixture(QStringLiteral("run-35min-1hz.fit")) });
    action(QStringLiteral("importAction"))->trigger();
    window.document().setSelectedSessionId(m_runId);
    for (const bool dark : { false, true }) {
        const QPalette original = QApplication::palette();
        dark ? Theme::applyDark() : Theme::applyLight();
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        QApplication::processEvents();
        window.grab().save(shotsDir() + QStringLiteral("/window-imported-run") + suffix);
        action(QStringLiteral("tickOffAction"))->trigger();
        if (auto *dialog = waitFor<CompletionDialog>(QStringLiteral("completionDialog"))) {
            dialog->grab().save(shotsDir() + QStringLiteral("/tick-off-needs-effort") + suffix);
            dialog->reject();
        }
        action(QStringLiteral("shoesAction"))->trigger();
        if (auto *dialog = waitFor<ShoesDialog>(QStringLiteral("shoesDialog"))) {
            dialog->grab().save(shotsDir() + QStringLiteral("/shoes") + suffix);
            dialog->reject();
        }
        action(QStringLiteral("watchedFolderAction"))->trigger();
        if (auto *dialog = waitFor<WatchedFolderDialog>(QStringLiteral("watchedFolderDialog"))) {
            dialog->grab().save(shotsDir() + QStringLiteral("/watched-folder") + suffix);
            dialog->reject();
        }
        QApplication::processEvents();
        QApplication::setPalette(original);
    }
}
