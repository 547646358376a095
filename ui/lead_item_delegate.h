#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace lance {

// Paints the lead table: rows the rep ticked look selected (the selection
// lives in the model, by id, not in the view), and the status columns get
// an icon per enrichment status beside the model's text. The model stays
// free of GUI types (Qt Core only), so both are decided here from its roles.
class LeadItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LeadItemDelegate(QObject *parent = nullptr);
    // The icon for an EnrichmentStatus value and whether data was found.
    static QIcon iconFor(int status, bool dataFound);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace lance
