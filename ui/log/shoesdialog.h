#pragma once

#include "core/model/shoe.h"
#include "core/service/shoereport.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Stridewise {

/**
 * Edit ▸ Shoes… (issue 12): the runner's shoes, each with a name, comfort 1–5 as the runner rates it, the date
 * started, the distance to retire it at (700 km unless changed), retired or not, and which one is the default
 * that imported and ticked runs get. Beside each, read-only, what core counted: kilometres and runs, a warning
 * near retirement, and the back pain the day after its runs (with n). The dialog only edits a list; the caller
 * saves it as one undo step (EditShoesCommand). A shoe that done runs name cannot be removed (retire it).
 */
class ShoesDialog : public QDialog
{
    Q_OBJECT

public:
    ShoesDialog(const QList<ShoeFacts> &facts, QDate today, QWidget *parent = nullptr);

    /** The shoes as edited (valid once accepted); new shoes get ids after every id the list held. */
    QList<Shoe> shoes() const { return m_shoes; }
    /** The shoes as they were when the dialog opened. */
    QList<Shoe> original() const { return m_original; }

    void accept() override;

private:
    void addShoe();
    void removeShoe();
    void select(int row);
    void storeForm();
    void refreshList();
    void updateFacts();
    int current() const;
    const ShoeFacts *factsOf(qint64 id) const;

    QList<ShoeFacts> m_facts;
    QList<Shoe> m_original;
    QList<Shoe> m_shoes;
    QDate m_today;
    qint64 m_nextId = 1;
    bool m_loading = false;

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_comfort = nullptr;
    QCheckBox *m_startedKnown = nullptr;
    QDateEdit *m_started = nullptr;
    QSpinBox *m_retireKm = nullptr;
    QCheckBox *m_retired = nullptr;
    QCheckBox *m_default = nullptr;
    QLabel *m_factsLabel = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_form = nullptr;
};

} // namespace Stridewise
