// The baseline of tests/bench/run's first-paint rows: a bare Qt Widgets + Charts window, what any such program
// costs to start. A main window of Stridewise's size with a menu bar, a toolbar, a status bar and a small line
// chart in the middle; it takes --quit-after-first-paint and quits through the very same code as stridewise
// (app/firstpaint.cpp). Built only with -DSTRIDEWISE_BUILD_BENCHMARKS=ON.

#include "app/firstpaint.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QLineSeries>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption firstPaint(
        QStringLiteral("quit-after-first-paint"), QStringLiteral("Exit as soon as the window has painted once."));
    parser.addOption(firstPaint);
    parser.process(app);

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
    QAction *quit = file->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    window.menuBar()->addMenu(QStringLiteral("&Help"))->addAction(QStringLiteral("&About"));
    QToolBar *tools = window.addToolBar(QStringLiteral("Main"));
    tools->addAction(window.style()->standardIcon(QStyle::SP_DialogSaveButton), QStringLiteral("Save"));
    tools->addAction(quit);
    window.statusBar()->showMessage(QStringLiteral("Ready"));

    auto *series = new QLineSeries;
    for (int day = 0; day < 7; ++day)
        series->append(day, (day * 37) % 11);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    chart->setTitle(QStringLiteral("A week"));
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    window.setCentralWidget(view);
    window.resize(1180, 760); // Stridewise's first size

    if (parser.isSet(firstPaint))
        Stridewise::quitAfterFirstPaint(&window);
    window.show();
    return QApplication::exec();
}
