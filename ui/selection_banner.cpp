#include "selection_banner.h"

#include "api_limits.h"
#include "counts.h"
#include "hidden_selection.h"
#include "lead_table_model.h"
#include "lead_table_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lance {

namespace {
QPushButton *bannerButton(const QString &text, const char *objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(objectName));
    return button;
}
} // namespace

SelectionBanner::SelectionBanner(LeadTableView *table, HiddenSelection *hidden, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_hidden(hidden)
    , m_label(new QLabel(this))
    , m_selectAll(bannerButton(QString(), "selectAllMatching", this))
    , m_show(bannerButton(tr("Show them"), "showHiddenPicks", this))
    , m_untick(bannerButton(tr("Untick them"), "untickHiddenPicks", this))
    , m_clear(bannerButton(tr("Clear selection"), "clearSelection", this))
    , m_dismiss(bannerButton(tr("Dismiss"), "dismissSelectionNotice", this))
{
    setObjectName(QStringLiteral("selectionBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    m_label->setObjectName(QStringLiteral("selectionBannerText"));
    m_label->setWordWrap(true);
    m_untick->setToolTip(tr("Leave the hidden leads out of the selection"));
    for (QPushButton *b : {m_show, m_untick, m_clear, m_dismiss})
        b->setAccessibleName(b->text());
    layout->addWidget(m_label, 1);
    for (QPushButton *b : {m_selectAll, m_show, m_untick, m_clear, m_dismiss})
        layout->addWidget(b);
    setStyleSheet(QStringLiteral("#selectionBanner { background: palette(alternate-base); "
                                 "border-bottom: 1px solid palette(mid); }"));
    hide();
    connect(m_selectAll, &QPushButton::clicked, this, [this] {
        m_table->leadModel()->selectAllMatching();
        m_table->setFocus();
    });
    connect(m_show, &QPushButton::clicked, this,
            [this] { emit showPickedRequested(m_table->leadModel()->selection().ids()); });
    connect(m_untick, &QPushButton::clicked, this, [this] {
        m_table->leadModel()->setSelected(m_hidden->hiddenIds(), false);
        m_table->setFocus();
    });
    connect(m_clear, &QPushButton::clicked, m_table, &LeadTableView::clearLeadSelection);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_notice.clear();
        refresh();
    });
    connect(m_hidden, &HiddenSelection::changed, this, &SelectionBanner::refresh);
}

void SelectionBanner::noteAllMatchingEnded(qint64 count)
{
    m_notice = tr("The filters changed, so the selection of all %Ln lead(s) that matched the "
                  "previous filters ended: nothing is selected.",
                  nullptr, countOf(count));
    refresh();
}

void SelectionBanner::refresh()
{
    const LeadTableModel *model = m_table->leadModel();
    const Selection &s = model->selection();
    const qint64 total = model->total();
    if (!s.isEmpty())
        m_notice.clear();
    QString text;
    bool offerAll = false, hiddenPicks = false, notice = false;
    if (s.mode() == Selection::Mode::AllMatching) {
        // All that match, every one of them: the unticked are told apart.
        text = tr("All %Ln lead(s) that match are selected.", nullptr, countOf(total));
        if (!s.excludedIds().isEmpty())
            text += QLatin1Char(' ') +
                    tr("%Ln you unticked are left out.", nullptr, countOf(s.excludedIds().size()));
    } else if (!s.isEmpty()) {
        text = tr("%Ln lead(s) selected.", nullptr, countOf(s.count()));
        const qint64 hidden = m_hidden->hiddenCount();
        if (hidden > 0) {
            text +=
                QLatin1Char(' ') + tr("%Ln of them hidden by the filters; Enrich includes them.",
                                      nullptr, countOf(hidden));
            hiddenPicks = true;
        } else if (hidden < 0 && !m_hidden->isChecking() && !model->filters().isEmpty()) {
            text += QLatin1Char(' ') + tr("Some may be hidden by the filters.");
        } else if (m_table->offersAllMatching() && total > s.count()) {
            offerAll = true;
        } else {
            text.clear(); // the status bar's count says it all
        }
    } else if (!m_notice.isEmpty()) {
        text = m_notice;
        notice = true;
    }
    if (text.isEmpty()) {
        hide();
        return;
    }
    m_label->setText(text);
    m_label->setAccessibleName(text);
    m_selectAll->setVisible(offerAll);
    if (offerAll) {
        m_selectAll->setText(tr("Select all %Ln that match", nullptr, countOf(total)));
        m_selectAll->setAccessibleName(m_selectAll->text());
    }
    m_show->setVisible(hiddenPicks);
    // The ids filter takes at most 1,000 leads.
    const bool showable = s.count() <= api::kMaxBulkIds;
    m_show->setEnabled(showable);
    m_show->setToolTip(
        showable ? tr("Filter the table to the leads you picked")
                 : tr("Too many picked leads to show at once (at most %L1)").arg(api::kMaxBulkIds));
    m_untick->setVisible(hiddenPicks);
    m_clear->setVisible(!notice);
    m_dismiss->setVisible(notice);
    show();
}

} // namespace lance
