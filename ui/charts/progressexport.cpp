// The Progress view's PNG export (issue 10): the chart shown, as on screen or laid out again at a print size.
// Apart from progressview.cpp, which reads and shows the ranges.

#include "ui/charts/chartpalette.h"
#include "ui/charts/distancechart.h"
#include "ui/charts/distancepage.h"
#include "ui/charts/progressview.h"
#include "ui/charts/scatterchart.h"
#include "ui/charts/timechart.h"
#include "ui/shell/prompt.h"
#include "ui/shell/settings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QSaveFile>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Stridewise {

using namespace Charts;

QList<ProgressView::ExportSize> ProgressView::exportSizes()
{
    // Laid out at about a printed page's width in points, drawn at scale: the words keep their size on paper.
    return {
        { QStringLiteral("screen"), tr("As on screen"), QSize(), 1.0 },
        { QStringLiteral("slide"), tr("Slide, 1600 × 900"), QSize(1600, 900), 1600.0 / 1200.0 },
        { QStringLiteral("a4-150"), tr("A4 landscape, 150 dpi (1754 × 1240)"), QSize(1754, 1240), 1.5 },
        { QStringLiteral("a4-300"), tr("A4 landscape, 300 dpi (3508 × 2480)"), QSize(3508, 2480), 3.0 },
        { QStringLiteral("letter-150"), tr("Letter landscape, 150 dpi (1650 × 1275)"), QSize(1650, 1275), 1.5 },
        { QStringLiteral("letter-300"), tr("Letter landscape, 300 dpi (3300 × 2550)"), QSize(3300, 2550), 3.0 },
    };
}

namespace {

Result<void> savePng(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<void>::failure(ErrorKind::Storage,
            ProgressView::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!image.save(&file, "PNG") || !file.commit())
        return Result<void>::failure(ErrorKind::Storage,
            ProgressView::tr("Could not save the chart to %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

Result<void> ProgressView::exportPng(const QString &path)
{
    QWidget *chart = m_tabs->currentIndex() == 0 ? m_timeChart->widget()
        : m_tabs->currentIndex() == 1            ? m_scatterChart->widget()
                                                 : m_distancePage->chart()->widget();
    return savePng(chart->grab().toImage(), path);
}

Result<void> ProgressView::exportPng(const QString &path, const QString &sizeId)
{
    const QList<ExportSize> sizes = exportSizes();
    const auto it = std::find_if(sizes.cbegin(), sizes.cend(), [&](const ExportSize &s) { return s.id == sizeId; });
    if (it == sizes.cend() || it->pixels.isEmpty() || m_tabs->currentIndex() == 2)
        return exportPng(path);
    return savePng(renderAt(*it), path);
}

QImage ProgressView::renderAt(const ExportSize &size) const
{
    // A chart of its own, laid out at the export's size off screen and drawn at its scale: the one on screen keeps
    // its size, and nothing is squeezed or stretched.
    const QSize logical((size.pixels.toSizeF() / size.scale).toSize());
    QWidget holder;
    holder.setAttribute(Qt::WA_DontShowOnScreen);
    holder.setPalette(palette());
    holder.resize(logical);
    auto *layout = new QVBoxLayout(&holder);
    layout->setContentsMargins(0, 0, 0, 0);
    QWidget *drawn = nullptr;
    const ChartPalette colours = ChartPalette::from(palette());
    TimeChart time(&holder);
    ScatterChart scatter(&holder);
    if (m_tabs->currentIndex() == 0) {
        time.setPalette(colours);
        for (int r = 0; r <= static_cast<int>(TimeRole::Ratio); ++r)
            time.setRoleVisible(static_cast<TimeRole>(r), m_timeChart->isRoleVisible(static_cast<TimeRole>(r)));
        TimeSeries series = m_unit == BucketUnit::Day ? buildTimeSeries(m_report, barBudget(logical.width()))
                                                      : buildTimeSeries(m_overview, barBudget(logical.width()));
        if (m_unit != BucketUnit::Day && m_hasDaily)
            attachRatios(series, m_report);
        time.setSeries(series);
        time.setTitle(tr("Training load and back pain, %1").arg(rangeTitle()));
        drawn = time.widget();
        scatter.widget()->hide();
    } else {
        scatter.setPalette(colours);
        scatter.setSeries(m_scatterSeries);
        scatter.setTitle(tr("Back pain against training load, %1").arg(rangeTitle()));
        drawn = scatter.widget();
        time.widget()->hide();
    }
    layout->addWidget(drawn);
    holder.show();
    QCoreApplication::sendPostedEvents(); // Qt Charts lays out axes and series in posted events
    QImage image(size.pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(size.scale);
    image.fill(colours.background);
    drawn->render(&image);
    holder.hide();
    image.setDevicePixelRatio(1.0);
    return image;
}

void ProgressView::exportWithDialog()
{
    const QString folder = Settings::value(Settings::Key::ChartExportFolder).toString();
    const QString name =
        m_tabs->currentIndex() == 0 ? tr("stridewise-progress-%1.png") : tr("stridewise-pain-vs-load-%1.png");
    const QString suggested = QDir(folder).filePath(name.arg(m_today.toString(Qt::ISODate)));
    QString path = Prompt::saveFileName(this, tr("Export chart"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QLatin1String(".png");
    const Result<void> saved = exportPng(path, m_exportSizeCombo->currentData().toString());
    if (saved)
        Settings::setValue(Settings::Key::ChartExportFolder, QFileInfo(path).absolutePath());
    m_statusLabel->setText(saved ? tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)) : saved.message());
}

} // namespace Stridewise
