// PatientService::search — one search box that understands MR numbers, CNIC / B-form, phone
// numbers and names.
#include "bhu/services/PatientService.h"

#include "NameQuery.h"
#include "bhu/db/PatientFinder.h"
#include "bhu/domain/DigitText.h"
#include "bhu/domain/MrNumber.h"
#include "bhu/domain/Phone.h"

#include <QCoreApplication>
#include <algorithm>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::PatientService", s); }

db::FinderFilter filterFor(const SearchQuery& q)
{
    db::FinderFilter f;
    f.sex = q.sex;
    f.village = q.village.trimmed();
    const QDate today = QDate::currentDate();
    if (q.minAgeYears >= 0) f.bornTo = today.addYears(-q.minAgeYears);
    if (q.maxAgeYears >= 0) f.bornFrom = today.addYears(-(q.maxAgeYears + 1)).addDays(1);
    return f;
}

// True when the text is a number someone typed (digits with the usual separators).
bool looksNumeric(const QString& digits) { return isAsciiDigits(digits); }

void sortAndTrim(QList<SearchHit>& hits, int limit)
{
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        if (a.score != b.score) return a.score > b.score;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    if (hits.size() > limit) hits.resize(limit);
}

void appendUnique(QList<SearchHit>& into, const QList<SearchHit>& more, double score)
{
    for (SearchHit h : more) {
        const bool seen = std::any_of(into.begin(), into.end(), [&](const SearchHit& x) { return x.patientId == h.patientId; });
        if (seen) continue;
        h.score = score;
        into.append(h);
    }
}
} // namespace

Result<SearchResult> PatientService::search(const SearchQuery& q)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    SearchResult out;
    const QString text = q.text.trimmed();
    const int limit = std::clamp(q.limit, 1, 500);
    db::PatientFinder finder(m_s.store().conn());
    const db::FinderFilter f = filterFor(q);
    if (text.isEmpty()) {
        // Filters alone list the patients that fit them (e.g. all women 15–49 of one village).
        if (!f.sex && !f.bornFrom.isValid() && !f.bornTo.isValid() && f.village.isEmpty()) return out;
        auto hits = finder.byBirthRange(f, limit);
        if (!hits.ok()) return hits.error();
        appendUnique(out.hits, hits.value(), 0.5);
        sortAndTrim(out.hits, limit);
        BHU_TRY(finder.fillIdentifiers(out.hits));
        return out;
    }
    const QString digits = stripToDigits(text, u"-+()./");

    if (looksNumeric(digits)) {
        const bool phoneShaped = text.startsWith(u'+') || (digits.size() == 11 && digits.startsWith(u"03")) ||
                                 (digits.size() == 12 && digits.startsWith(u"923")) || (digits.size() == 14 && digits.startsWith(u"00923"));
        if (phoneShaped && isMobilePhone(text)) {
            out.kind = QueryKind::Phone;
            auto hits = finder.byPhone(normalizePhone(text).value(), f, limit);
            if (!hits.ok()) return hits.error();
            appendUnique(out.hits, hits.value(), 1.0);
            out.notice = tr("Searching by phone number. Households often share one phone.");
        } else if (digits.size() == MrNumber::kDigits) {
            out.kind = QueryKind::MrNumber;
            if (MrNumber::check(digits) == MrProblem::WrongCheckDigit)
                out.notice = tr("This MR number has a wrong check digit: one digit is probably mistyped. Check the number on the card.");
            auto hits = finder.byIdentifier(digits, false, f, limit);
            if (!hits.ok()) return hits.error();
            appendUnique(out.hits, hits.value(), 1.0);
        } else if (digits.size() == 13) {
            out.kind = QueryKind::Cnic;
            auto own = finder.byIdentifier(digits, false, f, limit);
            if (!own.ok()) return own.error();
            appendUnique(out.hits, own.value(), 1.0);
            // Children registered under this CNIC as their guardian's.
            auto children = finder.byGuardianCnic(digits, f, limit);
            if (!children.ok()) return children.error();
            appendUnique(out.hits, children.value(), 0.8);
            out.notice = tr("Searching by CNIC or B-form; children registered under this CNIC are listed after.");
        } else if (digits.size() >= 4) {
            out.kind = QueryKind::Digits;
            auto hits = finder.byIdentifier(digits, true, f, limit);
            if (!hits.ok()) return hits.error();
            appendUnique(out.hits, hits.value(), 0.7);
            out.notice = tr("Showing MR numbers and CNICs that start with these digits.");
        } else {
            out.kind = QueryKind::Digits;
            out.notice = tr("Type at least 4 digits, or a name.");
            return out;
        }
    } else {
        out.kind = QueryKind::Name;
        const detail::NameQuery nq = detail::parseNameQuery(text, true);
        const QString expr = nq.ftsExpression();
        if (expr.isEmpty()) return out;
        // Candidates in index order, then ranked by similarity: a few times the page size.
        auto hits = finder.byNameIndex(expr, f, std::max(200, limit * 4));
        if (!hits.ok()) return hits.error();
        out.hits = hits.value();
        for (SearchHit& h : out.hits) h.score = nq.score(h);
    }
    sortAndTrim(out.hits, limit);
    BHU_TRY(finder.fillIdentifiers(out.hits));
    return out;
}

} // namespace bhu::services
