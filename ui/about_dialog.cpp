#include "about_dialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QVBoxLayout>

namespace lance {

namespace {
QLabel *addLabel(QVBoxLayout *layout, const QString &objectName, const QString &text)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // Version lines end up in bug reports: let them be copied.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    return label;
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_licenceButton(new QPushButton(tr("&Licence"), this))
    , m_licenceView(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Lance Desk"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/lance-desk.svg")).pixmap(64));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *text = new QVBoxLayout;
    QLabel *name = addLabel(text, QStringLiteral("aboutName"), tr("Lance Desk"));
    QFont nameFont = name->font();
    nameFont.setBold(true);
    if (nameFont.pointSizeF() > 0)
        nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    name->setFont(nameFont);
    addLabel(text, QStringLiteral("aboutVersion"),
             tr("Version %1").arg(QStringLiteral(LANCE_VERSION)));
    addLabel(text, QStringLiteral("aboutDescription"),
             tr("Enrich sales leads with phone numbers and emails through the Lance API."));
    text->addSpacing(fontMetrics().height() / 2);
    addLabel(text, QStringLiteral("aboutLicence"), tr("Released under the MIT licence."));
    // Both, because the system's Qt can be newer than the one this was
    // built against, and a bug may live in either.
    addLabel(text, QStringLiteral("aboutQtVersion"),
             tr("Running on Qt %1 (built with Qt %2).")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    addLabel(text, QStringLiteral("aboutCredits"),
             tr("Demo mode runs lance-engine, a local stand-in for the Lance API with "
                "generated leads and simulated enrichment providers: it spends no real "
                "credits. Made with Qt (LGPL v3) and QtKeychain (BSD licence)."));
    // Wide enough for the credits to wrap into a few lines, not a column.
    text->itemAt(0)->widget()->setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(fontMetrics().averageCharWidth() * 2);
    top->addLayout(text, 1);

    m_licenceView->setPlainText(licenceText());
    m_licenceView->setObjectName(QStringLiteral("licenceText"));
    m_licenceView->setAccessibleName(tr("Licence text"));
    m_licenceView->setReadOnly(true);
    // The LICENSE file is wrapped by hand at 78 columns: shown as it is,
    // in a fixed font, with room for those columns plus the frame, the
    // document margins and a vertical scroll bar.
    m_licenceView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_licenceView->setLineWrapMode(QPlainTextEdit::NoWrap);
    const QFontMetrics fixed(m_licenceView->font());
    const int chrome =
        2 * (m_licenceView->frameWidth() + int(m_licenceView->document()->documentMargin())) +
        style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    m_licenceView->setMinimumSize(fixed.horizontalAdvance(QString(80, QLatin1Char('m'))) + chrome,
                                  fixed.lineSpacing() * 16);
    m_licenceView->hide();

    m_licenceButton->setObjectName(QStringLiteral("aboutLicenceButton"));
    // Checkable: assistive tools announce "pressed" while the text is shown.
    m_licenceButton->setAccessibleName(tr("Licence"));
    m_licenceButton->setToolTip(tr("Show or hide the full licence text"));
    m_licenceButton->setCheckable(true);
    connect(m_licenceButton, &QPushButton::toggled, this, &AboutDialog::setLicenceShown);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    buttons->addButton(m_licenceButton, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("aboutCloseButton"));
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_licenceView, 1);
    layout->addWidget(buttons);
    // The dialog follows its contents: it grows when the licence is shown
    // and shrinks back when it is hidden again.
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

QString AboutDialog::licenceText(bool *fromFile)
{
    // Compiled in by ui/CMakeLists.txt when LICENSE existed at configure time.
    QFile file(QStringLiteral(":/legal/LICENSE"));
    const bool found = file.open(QIODevice::ReadOnly | QIODevice::Text);
    if (fromFile)
        *fromFile = found;
    if (found)
        return QString::fromUtf8(file.readAll());
    // Wrapped by hand like the LICENSE file, since the view does not wrap.
    return tr("MIT License\n\n"
              "Copyright (c) Lance Desk contributors\n\n"
              "The full licence text was not found when this copy was built. In short:\n"
              "permission is granted, free of charge, to use, copy, modify, merge,\n"
              "publish, distribute, sublicense and sell copies of the software, provided\n"
              "the copyright notice and this permission notice are included in all\n"
              "copies or substantial portions of it. The software is provided \"as is\",\n"
              "without warranty of any kind.\n");
}

void AboutDialog::setLicenceShown(bool shown)
{
    m_licenceView->setVisible(shown);
    if (shown)
        m_licenceView->setFocus(Qt::OtherFocusReason);
}

} // namespace lance
