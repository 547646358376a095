#include "workspace_actions.h"

#include "about_dialog.h"
#include "i18n.h"
#include "shortcuts_dialog.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDockWidget>
#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QToolBar>

namespace lance {

namespace {
const QString kFieldKey = QStringLiteral("mainWindow/field");

QIcon actionIcon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(name)));
}
} // namespace

WorkspaceActions::WorkspaceActions(QMainWindow *window, QDockWidget *filterDock,
                                   QDockWidget *detailDock)
    : QObject(window)
    , m_window(window)
{
    createFileAndEditMenus();
    createViewMenu(filterDock, detailDock);
    createEnrichAndHelpMenus();
    createToolBar();
    ContactField f = ContactField::Emails;
    parseField(QSettings().value(kFieldKey).toString(), &f);
    setField(f);
    showField();
}

void WorkspaceActions::createFileAndEditMenus()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_export = file->addAction(tr("&Export CSV…"));
    m_export->setObjectName(QStringLiteral("exportCsvAction"));
    m_export->setIcon(actionIcon("export-csv"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_export->setToolTip(
        tr("Save the selected leads (or, with none selected, all that match) as CSV"));
    m_connect = file->addAction(tr("&Connection…"));
    m_connect->setObjectName(QStringLiteral("connectAction"));
    m_connect->setIcon(actionIcon("connection"));
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_connect->setToolTip(tr("Use the demo engine or connect to a Lance server"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), m_window, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_selectVisible = edit->addAction(tr("Select &visible leads"));
    m_selectVisible->setObjectName(QStringLiteral("selectVisibleAction"));
    m_selectVisible->setShortcut(QKeySequence::SelectAll);
    m_selectAllMatching = edit->addAction(tr("Select &all that match"));
    m_selectAllMatching->setObjectName(QStringLiteral("selectAllMatchingAction"));
    m_selectAllMatching->setIcon(actionIcon("select-all"));
    m_selectAllMatching->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    m_selectNone = edit->addAction(tr("Select &none"));
    m_selectNone->setObjectName(QStringLiteral("selectNoneAction"));
    m_selectNone->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    edit->addSeparator();
    m_focusFilter = edit->addAction(tr("&Filter…"));
    m_focusFilter->setObjectName(QStringLiteral("focusFilterAction"));
    m_focusFilter->setIcon(actionIcon("filters"));
    m_focusFilter->setShortcut(QKeySequence::Find);
    m_focusTable = edit->addAction(tr("Go to &leads"));
    m_focusTable->setObjectName(QStringLiteral("focusTableAction"));
    m_focusTable->setShortcut(QKeySequence(Qt::Key_F6));
}

void WorkspaceActions::createViewMenu(QDockWidget *filterDock, QDockWidget *detailDock)
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_refresh = view->addAction(tr("&Refresh"));
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setIcon(actionIcon("refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setEnabled(false);
    view->addSeparator();
    QAction *filtersToggle = filterDock->toggleViewAction();
    filtersToggle->setObjectName(QStringLiteral("toggleFiltersAction"));
    filtersToggle->setIcon(actionIcon("filters"));
    filtersToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addAction(filtersToggle);
    QAction *detailsToggle = detailDock->toggleViewAction();
    detailsToggle->setObjectName(QStringLiteral("toggleDetailsAction"));
    detailsToggle->setIcon(actionIcon("details"));
    detailsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addAction(detailsToggle);
    view->addSeparator();
    createLanguageMenu(view);
}

void WorkspaceActions::createLanguageMenu(QMenu *view)
{
    // main.cpp loads the language once, at start: the widgets set their texts
    // as they are built, so a change applies when the app starts again (the
    // window offers to restart now).
    QMenu *menu = view->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const QString current = QSettings().value(languageSettingKey()).toString();
    auto add = [&](const QString &code, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setObjectName(
            QStringLiteral("language_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings settings;
            if (settings.value(languageSettingKey()).toString() == code)
                return;
            settings.setValue(languageSettingKey(), code);
            emit languageChanged();
        });
    };
    add(QString(), tr("&System default"));
    for (const Language &language : availableLanguages())
        add(language.code, language.menuText);
}

void WorkspaceActions::createEnrichAndHelpMenus()
{
    QMenu *enrich = m_window->menuBar()->addMenu(tr("En&rich"));
    enrich->setObjectName(QStringLiteral("enrichMenu"));
    m_enrich = enrich->addAction(tr("&Enrich…"));
    m_enrich->setObjectName(QStringLiteral("enrichAction"));
    m_enrich->setIcon(actionIcon("enrich"));
    m_enrich->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_enrich->setToolTip(tr("See the cost, then enrich the selected leads"));
    m_cancelPending = enrich->addAction(tr("&Cancel pending"));
    m_cancelPending->setObjectName(QStringLiteral("cancelPendingAction"));
    m_cancelPending->setIcon(actionIcon("cancel-pending"));
    m_cancelPending->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_retryFailed = enrich->addAction(tr("&Retry failed"));
    m_retryFailed->setObjectName(QStringLiteral("retryFailedAction"));
    m_retryFailed->setIcon(actionIcon("retry"));
    m_retryFailed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    enrich->addSeparator();
    // Checkable and exclusive: the menu shows which one Enrich will find.
    auto *fields = new QActionGroup(enrich);
    m_fieldEmails =
        enrich->addAction(tr("Find e&mails"), this, [this] { setField(ContactField::Emails); });
    m_fieldEmails->setObjectName(QStringLiteral("fieldEmailsAction"));
    m_fieldEmails->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_fieldPhones =
        enrich->addAction(tr("Find &phones"), this, [this] { setField(ContactField::Phones); });
    m_fieldPhones->setObjectName(QStringLiteral("fieldPhonesAction"));
    m_fieldPhones->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    for (QAction *a : {m_fieldEmails, m_fieldPhones}) {
        a->setCheckable(true);
        fields->addAction(a);
    }

    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *start = help->addAction(tr("&Getting started"), this, [this] {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("Getting started"),
            tr("<p><b>1. Narrow the leads.</b> Type in the filters on the left (Ctrl+F for free "
               "text); each value you pick becomes a chip, removed with its ×.</p>"
               "<p><b>2. Pick leads.</b> Click, Ctrl+click or Shift+click rows, or tick their "
               "boxes; Ctrl+A picks what you see, and the banner offers every lead that "
               "matches.</p>"
               "<p><b>3. Choose emails or phones</b> in the toolbar (Alt+1, Alt+2).</p>"
               "<p><b>4. Enrich (Ctrl+E).</b> The estimate shows what is new, what is free "
               "because it was enriched already, and the most it can cost. Credits are held, "
               "then charged only for contacts found.</p>"
               "<p><b>5. Watch the statuses</b> change in the table and the status bar; you "
               "can close Lance Desk meanwhile: the next start picks up where it left "
               "off.</p>"),
            QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("gettingStarted"));
        box->setTextFormat(Qt::RichText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    start->setObjectName(QStringLiteral("gettingStartedAction"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Lance Desk"), this, [this] {
        // Window-modal, so the window is blocked (F1 included) until it is
        // closed; a fresh dialog each time, deleted on close.
        auto *dialog = new AboutDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setIcon(actionIcon("about"));
    about->setShortcut(QKeySequence::HelpContents);
    about->setMenuRole(QAction::AboutRole);
}

void WorkspaceActions::createToolBar()
{
    QToolBar *bar = m_window->addToolBar(tr("Enrichment"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    // Icons help find a button; the text beside them keeps every label.
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_fieldCombo = new QComboBox(m_window);
    m_fieldCombo->setObjectName(QStringLiteral("fieldCombo"));
    m_fieldCombo->setAccessibleName(tr("Contact data to find"));
    m_fieldCombo->setToolTip(tr("What to find for the selected leads (Alt+1, Alt+2)"));
    m_fieldCombo->addItem(tr("Emails"), int(ContactField::Emails));
    m_fieldCombo->addItem(tr("Phones"), int(ContactField::Phones));
    bar->addWidget(m_fieldCombo);
    bar->addAction(m_enrich);
    bar->addAction(m_cancelPending);
    bar->addAction(m_retryFailed);
    bar->addSeparator();
    bar->addAction(m_export);
    bar->addSeparator();
    bar->addAction(m_connect);
    connect(m_fieldCombo, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kFieldKey, fieldName(field()));
        showField();
        emit fieldChanged();
    });
    for (QAction *a : bar->actions()) {
        if (QWidget *w = bar->widgetForAction(a)) {
            if (w->objectName().isEmpty())
                w->setObjectName(a->objectName() + QStringLiteral("Button"));
            w->setAccessibleName(a->text().remove(QLatin1Char('&')));
        }
    }
}

void WorkspaceActions::showField()
{
    if (!m_fieldCombo || !m_fieldEmails)
        return;
    (field() == ContactField::Emails ? m_fieldEmails : m_fieldPhones)->setChecked(true);
}

ContactField WorkspaceActions::field() const
{
    return ContactField(m_fieldCombo->currentData().toInt());
}

void WorkspaceActions::setField(ContactField f)
{
    m_fieldCombo->setCurrentIndex(m_fieldCombo->findData(int(f)));
}

void WorkspaceActions::update(const State &s)
{
    m_enrich->setEnabled(s.connected && !s.submitting && s.hasSelection);
    m_cancelPending->setEnabled(s.connected && s.serverCancels && s.hasPending);
    m_cancelPending->setToolTip(
        s.serverCancels ? tr("Cancel this session's pending enrichments and release their credits")
                        : tr("This server cannot cancel enrichments"));
    m_retryFailed->setEnabled(s.connected && !s.submitting && s.hasFailed);
    m_export->setEnabled(s.connected && s.totalKnown);
}

} // namespace lance
