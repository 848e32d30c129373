#include "PatientForm.h"

#include "DuplicateCheckDialog.h"
#include "PatientFormFields.h"
#include "RegistryFetchJob.h"
#include "PatientText.h"
#include "SessionAccess.h"
#include "bhu/sync/RegistryLookup.h"
#include "bhu/sync/RegistryMatch.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QApplication>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace bhu::ui {

namespace {
QStringList warningsOf(const QList<services::FieldIssue>& issues)
{
    QStringList w;
    for (const auto& i : issues)
        if (i.warning) w << i.field + u'\x1f' + i.message;
    w.sort();
    return w;
}

// The default address of a new patient, per facility: the last one registered (see the header).
QString defaultAddressKey(const QString& facilityCode)
{
    return QStringLiteral("patientForm/") + facilityCode + QStringLiteral("/lastRegisteredAddress");
}

// The real registry calls. The $match runs on a worker thread: its network access manager is
// made there, for the call.
Result<QList<services::RegistryMatchHit>> matchOverNetwork(const db::Enrolment& e, const Patient& draft)
{
    auto r = sync::RegistryMatch().find(e, draft);
    if (!r.ok()) return r.error();
    QList<services::RegistryMatchHit> out;
    for (const sync::RemoteMatch& m : r.value()) out.append(services::RegistryMatchHit{m.patient, m.score, m.grade});
    return out;
}

Result<db::PulledPage> fetchOverNetwork(const db::Enrolment& e, const QString& system, const QString& digits, const QString& user,
                                        const QString& reason, const services::CancelFlag& cancel)
{
    return sync::RegistryLookup(nullptr, 20000, cancel).fetch(e, sync::LookupQuery{system, digits, user, reason});
}
} // namespace

PatientForm::PatientForm(std::shared_ptr<SessionAccess> access, QWidget* parent)
    : QWidget(parent), m_access(std::move(access)), m_registryMatch(matchOverNetwork), m_registryFetch(fetchOverNetwork)
{
    setObjectName(QStringLiteral("patientForm"));
    m_matchWatcher = new QFutureWatcher<Result<QList<services::RegistryMatchHit>>>(this);
    connect(m_matchWatcher, &QFutureWatcherBase::finished, this, &PatientForm::onRegistryAnswer);
    m_adoptJob = new RegistryFetchJob(this);
    connect(m_adoptJob, &RegistryFetchJob::finished, this, &PatientForm::onAdoptAnswer);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("formTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    // The address lists are tiny: read on the GUI thread, waiting at most for one search.
    auto places = [access = m_access](const QString& parentId, db::PlaceLevel level) {
        auto r = access->runPlaces([&](services::PlaceService& s) { return s.children(parentId, level); });
        return r.ok() ? r.value() : QList<db::Place>();   // no lists: the address can still be typed
    };
    m_fields = new PatientFormFields(places, this);   // fits the main window without scrolling
    const QStringList last = QSettings().value(defaultAddressKey(m_access->facilityCode())).toStringList();
    if (last.size() == db::kPlaceLevels) m_lastAddress = Address{last.at(0), last.at(1), last.at(2), last.at(3), last.at(4)};

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("formStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Cancel (Esc)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_fields, 1);
    layout->addLayout(buttons);

    setTabOrder(m_fields->lastInput(), m_save);
    setTabOrder(m_save, m_cancel);
    setFocusProxy(m_fields->firstInput());
    connect(m_save, &QPushButton::clicked, this, &PatientForm::save);
    connect(m_cancel, &QPushButton::clicked, this, &PatientForm::cancel);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this, this, &PatientForm::save);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    auto* cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &PatientForm::cancel);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
}

PatientForm::~PatientForm()
{
    m_matchWatcher->disconnect(this);
    m_matchWatcher->waitForFinished();   // at most the $match timeout
}

void PatientForm::setRegistryCalls(services::RegistryMatchFetch match, services::RegistryFetch fetch)
{
    m_registryMatch = std::move(match);
    m_registryFetch = std::move(fetch);
}

void PatientForm::startNew(const QString& typedQuery)
{
    m_editing = false;
    m_base = Patient{};
    m_shownWarnings.clear();
    m_title->setText(tr("New patient"));
    m_fields->clear(m_lastAddress);
    if (!typedQuery.isEmpty()) m_fields->prefillFromSearch(typedQuery);
    showStatus(tr("Ctrl+S saves, Esc cancels."), false);
    m_fields->firstInput()->setFocus(Qt::OtherFocusReason);
}

void PatientForm::startEdit(const Patient& p)
{
    m_editing = true;
    m_base = p;
    m_shownWarnings.clear();
    m_title->setText(tr("Edit patient — %1 (MR %2)").arg(p.name, PatientText::mr(p.mrNumber())));
    m_fields->setPatient(p);
    showStatus(tr("Ctrl+S saves the changes, Esc cancels."), false);
    m_fields->firstInput()->setFocus(Qt::OtherFocusReason);
}

void PatientForm::showStatus(const QString& text, bool error)
{
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x1c, 0x1c) : palette().color(QPalette::PlaceholderText));
    m_status->setPalette(p);
    m_status->setText(text);
}

void PatientForm::save()
{
    if (m_dialog || isCheckingRegistry()) return;   // the duplicate check is open or under way
    Patient p = m_fields->applyTo(m_base);
    QList<services::FieldIssue> issues = m_fields->localIssues();
    issues += m_access->run([&p](services::PatientService& s) { return s.validate(p); });
    m_fields->showIssues(issues);
    const bool errors = std::any_of(issues.cbegin(), issues.cend(), [](const auto& i) { return !i.warning; });
    const QStringList warnings = warningsOf(issues);
    if (errors) {
        showStatus(tr("Nothing was saved: correct the fields marked in red."), true);
        if (QWidget* w = m_fields->firstFieldWithIssue()) w->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!warnings.isEmpty() && warnings != m_shownWarnings) {
        m_shownWarnings = warnings;
        showStatus(tr("Check the notes in amber. Press Save again to keep the entries as they are."), true);
        if (QWidget* w = m_fields->firstFieldWithIssue()) w->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_editing) saveEdit(p);
    else checkDuplicates(p);
}

void PatientForm::cancel()
{
    if (m_dialog || isCheckingRegistry()) return;
    m_fields->clearIssues();
    Q_EMIT cancelled();
}

void PatientForm::checkDuplicates(const Patient& p)
{
    auto found = m_access->run([&p](services::PatientService& s) { return s.findDuplicates(p); });
    if (!found.ok()) {
        showStatus(found.error().message, true);
        return;
    }
    const std::optional<db::Enrolment> target =
        m_access->runWith<services::RegistryLookupService>([](services::RegistryLookupService& s) { return s.matchTarget(); });
    if (!target || !m_registryMatch) {   // not enrolled: exactly as before
        showCandidates(p, found.value(), {});
        return;
    }
    m_pending = p;
    m_pendingLocal = found.value();
    m_save->setEnabled(false);
    showStatus(tr("Checking the national registry for this patient…"), false);
    m_matchWatcher->setFuture(QtConcurrent::run([fetch = m_registryMatch, e = *target, p] { return fetch(e, p); }));
}

void PatientForm::onRegistryAnswer()
{
    const Result<QList<services::RegistryMatchHit>> answer = m_matchWatcher->result();
    const QList<DuplicateCandidate> registry =
        m_access->runWith<services::RegistryLookupService>([&](services::RegistryLookupService& s) { return s.registryCandidates(answer); });
    m_save->setEnabled(true);
    showStatus(QString(), false);
    showCandidates(m_pending, m_pendingLocal, registry);
}

void PatientForm::showCandidates(const Patient& p, const QList<DuplicateCandidate>& local, const QList<DuplicateCandidate>& registry)
{
    if (local.isEmpty() && registry.isEmpty()) {
        registerNew(p, {});
        return;
    }
    m_registryShown = registry;
    m_dialog = new DuplicateCheckDialog(p, local, registry, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &DuplicateCheckDialog::openExistingChosen, this, &PatientForm::openExisting);
    connect(m_dialog, &DuplicateCheckDialog::registryMatchChosen, this, &PatientForm::adoptRegistryPatient);
    connect(m_dialog, &DuplicateCheckDialog::registerNewChosen, this,
            [this, p](const services::RegisterOptions& options) { registerNew(p, options); });
    connect(m_dialog, &DuplicateCheckDialog::fetchCancelled, this, [this] {
        m_adoptJob->cancel();   // aborts the request; nothing is stored
        if (m_dialog) {
            m_dialog->setFetching(false);
            m_dialog->showError(tr("Cancelled: the registry record was not fetched."));
        }
    });
    connect(m_dialog, &QDialog::rejected, this, [this] {
        m_adoptJob->cancel();
        showStatus(tr("Not saved yet: change the details or save again."), false);
    });
    m_dialog->open();   // window-modal, no nested event loop
}

bool PatientForm::isFetchingRegistryPatient() const { return m_adoptJob->isRunning(); }

// "Same person": the registry's record is fetched with its history (an audited lookup that
// adds it to this facility's catchment) and opened instead of registering a duplicate. The
// lookup is checked and audited here, fetched on a worker thread (the dialog stays live, with
// a busy bar and a Cancel that aborts the request) and stored when it arrives (onAdoptAnswer).
void PatientForm::adoptRegistryPatient(const QString& patientId)
{
    const auto it = std::find_if(m_registryShown.cbegin(), m_registryShown.cend(),
                                 [&](const DuplicateCandidate& c) { return c.hit.patientId == patientId; });
    if (it == m_registryShown.cend() || !m_dialog || m_adoptJob->isRunning()) return;
    const services::RegistryQuery q = services::RegistryLookupService::adoptQuery(*it);
    auto prepared = m_access->runWith<services::RegistryLookupService>(
        [&](services::RegistryLookupService& s) { return s.prepareLookUp(q); });
    if (!prepared.ok()) {
        m_dialog->showError(prepared.error().message);
        return;
    }
    m_adoptJob->start(prepared.value(), m_registryFetch);
    m_dialog->setFetching(true);
}

void PatientForm::onAdoptAnswer()
{
    const Result<db::PulledPage> page = m_adoptJob->result();
    auto r = m_access->runWith<services::RegistryLookupService>(
        [&](services::RegistryLookupService& s) { return s.applyLookUp(page); });
    if (m_dialog) m_dialog->setFetching(false);
    if (!r.ok()) {
        if (m_dialog) m_dialog->showError(r.error().message);
        return;
    }
    if (m_dialog) m_dialog->accept();
    m_fields->clearIssues();
    m_shownWarnings.clear();
    showStatus(QString(), false);
    Q_EMIT openExisting(r.value());
}

void PatientForm::registerNew(const Patient& p, const services::RegisterOptions& options)
{
    auto result = m_access->run([&p, &options](services::PatientService& s) { return s.registerPatient(p, options); });
    if (m_dialog) {
        // A refused supervisor override or a shared CNIC: say so in the dialog, which stays open.
        if (!result.ok() && (result.is(ErrorCode::Forbidden) || result.is(ErrorCode::WrongPassword) || result.is(ErrorCode::Conflict))) {
            m_dialog->showError(result.error().message);
            return;
        }
        m_dialog->accept();
    }
    finish(result, true);
}

void PatientForm::saveEdit(const Patient& p)
{
    auto result = m_access->run([&p](services::PatientService& s) { return s.update(p); });
    finish(result, false);
}

void PatientForm::finish(const Result<Patient>& result, bool created)
{
    if (!result.ok()) {
        showStatus(result.error().message, true);
        return;
    }
    if (created) {
        const Address& a = result->address;
        m_lastAddress = a;
        QSettings().setValue(defaultAddressKey(m_access->facilityCode()),
                             QStringList{a.province, a.district, a.tehsil, a.unionCouncil, a.village});
    }
    m_fields->clearIssues();
    m_shownWarnings.clear();
    showStatus(QString(), false);
    Q_EMIT saved(result.value(), created);
}

} // namespace bhu::ui
