#pragma once

#include <QMainWindow>

#include <memory>

namespace Stridewise {

class Database;

/** The Stridewise window: one runner's database, one week at a time. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_db; }

private:
    std::unique_ptr<Database> m_db;
};

} // namespace Stridewise
