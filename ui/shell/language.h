#pragma once

#include <QLocale>
#include <QStringList>

namespace Stridewise {

/**
 * The program's language (issue 14): Stridewise's own translation (translations/stridewise_<lang>.ts, compiled into
 * the program under :/i18n) and Qt's for its standard buttons, chosen by the locale's UI languages (LANGUAGE, then
 * LC_ALL / LC_MESSAGES / LANG). A language Stridewise has no translation for gets the English plural forms
 * ("1 day", "2 days"); the source strings are English.
 */
namespace Language {

/**
 * Replaces the installed translations with those for locale (the window and the command line call it once with
 * QLocale::system(); tests switch languages with it). Returns the language loaded, "de" or "en".
 */
QString install(const QLocale &locale = QLocale::system());

/** The languages Stridewise ships a translation for: "de", "en". */
QStringList available();

} // namespace Language

} // namespace Stridewise
