#pragma once

#include "core/result.h"
#include "core/service/clinicianreport.h"

#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;

namespace Stridewise {

/**
 * The report for the runner's clinician (issue 13), drawn with QPainter for paper: the pain-versus-load chart
 * (vector), a weekly table (running, low-impact and strength minutes, load, mean pain, pain days, red-flag days),
 * the symptoms logged with their dates, the mean back pain over the range, what the plan changed and why, and the
 * plain statement that this is the runner's own log, not a diagnosis, and does not replace a clinician.
 *
 * It keeps to kMaxPages for half a year: text shrinks a little first, then the oldest plan changes are left out
 * (the page says how many). Longer ranges may run longer.
 */
class ReportPrinter
{
public:
    static constexpr int kMaxPages = 2;

    ReportPrinter(ClinicianReport report, QDate printedOn, QLocale locale = QLocale())
        : m_report(std::move(report))
        , m_printedOn(printedOn)
        , m_locale(std::move(locale))
    {
    }

    /**
     * Paints every page on painter, active on device, each inside page (device units); returns the number of
     * pages. Calls device.newPage() between pages, so a QPrinter or QPdfWriter can drive it.
     */
    int paint(QPainter &painter, QPagedPaintDevice &device, const QRectF &page) const;

    /** Sets device up (page size, portrait, 14 mm margins) and paints the report; the page count, or why not. */
    Result<int> print(QPagedPaintDevice &device, QPageSize::PageSizeId pageSize) const;

    /** How many plan changes the last paint() left out to keep within kMaxPages. */
    int changesLeftOut() const { return m_changesLeftOut; }

private:
    struct Fit
    {
        double scale = 1.0;
        int changes = 0; ///< how many plan changes are listed (the newest ones)
    };
    int layout(QPainter *painter, QPagedPaintDevice &device, const QRectF &page, const Fit &fit, int totalPages) const;

    ClinicianReport m_report;
    QDate m_printedOn;
    QLocale m_locale;
    mutable int m_changesLeftOut = 0;
};

} // namespace Stridewise
