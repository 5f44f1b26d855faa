#include "ui/shell/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace Stridewise::Language {

namespace {

const QString kFolder = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("stridewise");

struct Installed
{
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

} // namespace

QString install(const QLocale &locale)
{
    Installed &t = installed();
    for (auto *old : { t.own.get(), t.qt.get() }) {
        if (old)
            QCoreApplication::removeTranslator(old);
    }
    t.own = std::make_unique<QTranslator>();
    t.qt = std::make_unique<QTranslator>();

    // Stridewise's own: the locale's first UI language we have; English (its plural forms) when none is.
    if (!t.own->load(locale, kPrefix, QStringLiteral("_"), kFolder))
        (void)t.own->load(kPrefix + QStringLiteral("_en"), kFolder);
    QCoreApplication::installTranslator(t.own.get());
    // Qt's own words (Close, Cancel, Restore Defaults) in the same language, when the system has them.
    if (t.qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(t.qt.get());
    return t.own->language().section(QLatin1Char('_'), 0, 0);
}

QStringList available()
{
    QStringList languages;
    const auto files = QDir(kFolder).entryList({ kPrefix + QStringLiteral("_*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(kPrefix.size() + 1).chopped(3);
    return languages;
}

} // namespace Stridewise::Language
