#include "core/service/datapaths.h"
#include "ui/shell/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Stridewise;

namespace {

/** Runs a test under the program's own names (as app/main.cpp sets them), then puts the test's back. */
class ProgramIdentity : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_app = QCoreApplication::applicationName();
        m_org = QCoreApplication::organizationName();
        QCoreApplication::setApplicationName(QStringLiteral("stridewise"));
        QCoreApplication::setOrganizationName(QStringLiteral("stridewise"));
        m_config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QDir(m_config + QStringLiteral("/stridewise")).removeRecursively();
        QDir(m_config + QStringLiteral("/Unknown Organization")).removeRecursively();
    }
    void TearDown() override
    {
        QCoreApplication::setApplicationName(m_app);
        QCoreApplication::setOrganizationName(m_org);
    }

    QString legacyFile() const { return m_config + QStringLiteral("/Unknown Organization/stridewise.conf"); }

    QString m_app, m_org, m_config;
};

} // namespace

TEST_F(ProgramIdentity, SettingsLiveInTheProgramsOwnConfigFolder)
{
    QSettings settings;
    EXPECT_EQ(settings.fileName(), m_config + QStringLiteral("/stridewise/stridewise.conf"));
    settings.setValue(QStringLiteral("probe"), 1);
    settings.sync();
    EXPECT_EQ(settings.status(), QSettings::NoError) << "no organisation name made QSettings report an access error";
}

TEST_F(ProgramIdentity, TheDatabaseStaysWhereItAlwaysWasWhateverTheOrganisation)
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    EXPECT_EQ(DataPaths::defaultDatabasePath(), data + QStringLiteral("/stridewise/stridewise.db"));
    EXPECT_EQ(DataPaths::demoDatabasePath(), data + QStringLiteral("/stridewise/demo.db"));
}

TEST_F(ProgramIdentity, SettingsSavedBeforeTheOrganisationHadANameAreKept)
{
    QDir().mkpath(QFileInfo(legacyFile()).absolutePath());
    {
        QSettings legacy(legacyFile(), QSettings::IniFormat);
        legacy.setValue(Settings::storageKey(Settings::Key::DataSeen, QStringLiteral("/tmp/runner.db")), true);
        legacy.setValue(QStringLiteral("window/geometry"), QByteArray("saved geometry"));
    }
    EXPECT_TRUE(Settings::adoptLegacyFile());
    EXPECT_TRUE(Settings::value(Settings::Key::DataSeen, QStringLiteral("/tmp/runner.db")).toBool())
        << "an emptied file would no longer be noticed";
    EXPECT_EQ(Settings::value(Settings::Key::WindowGeometry).toByteArray(), QByteArray("saved geometry"));
    EXPECT_FALSE(QFile::exists(legacyFile()));
    EXPECT_FALSE(Settings::adoptLegacyFile()) << "only once";
}

TEST_F(ProgramIdentity, ANewerSettingsFileIsNeverOverwrittenByTheOldOne)
{
    Settings::setValue(Settings::Key::ChartExportSize, QStringLiteral("letter-300"));
    QSettings().sync();
    QDir().mkpath(QFileInfo(legacyFile()).absolutePath());
    {
        QSettings legacy(legacyFile(), QSettings::IniFormat);
        legacy.setValue(Settings::storageKey(Settings::Key::ChartExportSize), QStringLiteral("a4-150"));
    }
    EXPECT_FALSE(Settings::adoptLegacyFile());
    EXPECT_EQ(Settings::value(Settings::Key::ChartExportSize).toString(), QStringLiteral("letter-300"));
}
