#include "selection_banner.h"

#include "counts.h"
#include "lead_table_model.h"
#include "lead_table_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lance {

SelectionBanner::SelectionBanner(LeadTableView *table, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_label(new QLabel(this))
    , m_selectAll(new QPushButton(this))
    , m_clear(new QPushButton(tr("Clear selection"), this))
{
    setObjectName(QStringLiteral("selectionBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    m_label->setObjectName(QStringLiteral("selectionBannerText"));
    m_selectAll->setObjectName(QStringLiteral("selectAllMatching"));
    m_clear->setObjectName(QStringLiteral("clearSelection"));
    m_clear->setAccessibleName(tr("Clear selection"));
    layout->addWidget(m_label);
    layout->addWidget(m_selectAll);
    layout->addWidget(m_clear);
    layout->addStretch();
    setStyleSheet(QStringLiteral("#selectionBanner { background: palette(alternate-base); "
                                 "border-bottom: 1px solid palette(mid); }"));
    hide();
    connect(m_selectAll, &QPushButton::clicked, this, [this] {
        m_table->leadModel()->selectAllMatching();
        m_table->setFocus();
    });
    connect(m_clear, &QPushButton::clicked, m_table, &LeadTableView::clearLeadSelection);
}

void SelectionBanner::refresh()
{
    const LeadTableModel *model = m_table->leadModel();
    const Selection &s = model->selection();
    const qint64 total = model->total();
    if (s.mode() == Selection::Mode::AllMatching) {
        // All that match, every one of them: the unticked are told apart.
        QString text = tr("All %Ln lead(s) that match are selected.", nullptr, countOf(total));
        if (!s.excludedIds().isEmpty())
            text += QLatin1Char(' ') +
                    tr("%Ln you unticked are left out.", nullptr, countOf(s.excludedIds().size()));
        m_label->setText(text);
        m_selectAll->hide();
        show();
    } else if (m_table->offersAllMatching() && !s.isEmpty() && total > s.count()) {
        m_label->setText(tr("%Ln lead(s) selected.", nullptr, countOf(s.count())));
        m_selectAll->setText(tr("Select all %Ln that match", nullptr, countOf(total)));
        m_selectAll->setAccessibleName(m_selectAll->text());
        m_selectAll->show();
        show();
    } else {
        hide();
    }
}

} // namespace lance
