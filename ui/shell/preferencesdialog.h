#pragma once

#include "ui/shell/settings.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace Stridewise {

/**
 * Edit ▸ Preferences…: every runner's preference in the Settings table, one row each, saved the moment it changes
 * (what acts on the running window — the theme, the reminders — listens to Settings::changed). Rows come from one
 * table (rows()), so a new setting is one line there; the profile keeps its own editor and opens from here.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Editor
    {
        Check, ///< a bool, as a check box saying what it does
        Time, ///< "HH:mm"
        Choice, ///< one of a few values, as radio buttons
        Folder, ///< a folder path, with Choose…
        Text, ///< a line of text (a setting nobody has described yet)
    };

    struct Choice
    {
        const char *value; ///< what is stored
        const char *label; ///< what the runner reads (translated when shown)
    };

    /** One setting on the page. Texts are translated when shown (QT_TRANSLATE_NOOP in the table). */
    struct Row
    {
        const char *section; ///< the group box it sits in
        Settings::Key key;
        Editor editor;
        const char *label; ///< the form's label
        const char *text; ///< Check: the box's words; others: unused
        const char *description; ///< the tooltip and accessible description: what it does, in full
        QList<Choice> choices = {};
        /** When set, the row is only enabled while that Check row is ticked. */
        std::optional<Settings::Key> enabledBy = std::nullopt;
    };

    /**
     * The page: every row, in order, grouped by section as they come. Every preference of the Settings table (User
     * scope, except choices other dialogs remember) has one; those not described in preferencesdialog.cpp come last,
     * under their key, so a new setting is never missing from the page.
     */
    static const QList<Row> &rows();
    /** Whether the key's row has its own words (label and description) rather than its bare key. */
    static bool isDescribed(Settings::Key key);

    explicit PreferencesDialog(QWidget *parent = nullptr);

    /** The editor of a key (for tests and the screen reader walk). */
    QWidget *editorFor(Settings::Key key) const { return m_editors.value(key); }
    /** Shows a line of state under a row, e.g. whether the reminder timer is running. */
    void setStatus(Settings::Key key, const QString &text);
    /** Puts every row back to its default. */
    void restoreDefaults();

signals:
    /** Edit Profile… was pressed. */
    void profileRequested();
    /** Watched Folder… was pressed (the open data file's, File ▸ Watched Folder…). */
    void watchedFolderRequested();
    /** Calendar… was pressed (the open data file's, File ▸ Calendar Publishing…). */
    void calendarRequested();

private:
    QWidget *makeEditor(const Row &row, QWidget *parent);
    void load(const Row &row);
    void updateEnabled();

    QHash<Settings::Key, QWidget *> m_editors;
    QHash<Settings::Key, QLabel *> m_status;
    QHash<Settings::Key, QWidget *> m_labels;
    bool m_loading = false;
};

} // namespace Stridewise
