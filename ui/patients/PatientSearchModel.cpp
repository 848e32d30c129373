#include "PatientSearchModel.h"

#include "PatientText.h"

#include <QFont>

namespace bhu::ui {

PatientSearchModel::PatientSearchModel(QObject* parent) : QAbstractTableModel(parent), m_today(PatientText::today()) {}

void PatientSearchModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

void PatientSearchModel::clear()
{
    if (m_hits.isEmpty()) return;
    beginResetModel();
    m_hits.clear();
    endResetModel();
}

const SearchHit* PatientSearchModel::hitFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_hits.size()) return nullptr;
    return &m_hits.at(index.row());
}

void PatientSearchModel::setToday(const QDate& today)
{
    m_today = today;
    if (!m_hits.isEmpty()) Q_EMIT dataChanged(index(0, AgeSex), index(rowCount() - 1, AgeSex), {Qt::DisplayRole});
}

int PatientSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int PatientSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PatientSearchModel::displayText(const SearchHit& h, int column) const
{
    switch (column) {
    case Name: return h.name.isEmpty() ? h.nameUrdu : h.name;
    case Guardian: return PatientText::guardian(h.relation, h.guardianName);
    case AgeSex: return PatientText::ageSex(h.birthDate, h.birthDateEstimated, h.sex, m_today);
    case Mr: return PatientText::mr(h.mr);
    case Cnic: return PatientText::cnic(h.cnic);
    case Phone: return PatientText::phone(h.phone);
    case Village: return h.village.isEmpty() ? h.unionCouncil : h.village;
    case LastVisit: return PatientText::date(h.lastVisit);
    default: break;
    }
    return {};
}

QVariant PatientSearchModel::data(const QModelIndex& index, int role) const
{
    const SearchHit* h = hitFromIndex(index);
    if (!h) return {};
    switch (role) {
    case Qt::DisplayRole: return displayText(*h, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && !h->nameUrdu.isEmpty()) return h->nameUrdu;
        if (index.column() == AgeSex) {
            const QString born = PatientText::date(h->birthDate);
            return born.isEmpty() ? PatientText::sexName(h->sex)
                                  : tr("%1, born %2%3").arg(PatientText::sexName(h->sex), born,
                                                             h->birthDateEstimated ? tr(" (estimated)") : QString());
        }
        if (index.column() == Village && !h->unionCouncil.isEmpty()) return tr("Union council: %1").arg(h->unionCouncil);
        return {};
    case Qt::FontRole:
        if (index.column() == Mr || index.column() == Name) {
            QFont f;
            f.setBold(index.column() == Name);
            if (index.column() == Mr) f.setFamily(QStringLiteral("monospace"));
            return f;
        }
        return {};
    case PatientIdRole: return h->patientId;
    case ScoreRole: return h->score;
    default: break;
    }
    return {};
}

QVariant PatientSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Guardian: return tr("Guardian");
    case AgeSex: return tr("Age / sex");
    case Mr: return tr("MR number");
    case Cnic: return tr("CNIC / B-form");
    case Phone: return tr("Phone");
    case Village: return tr("Village");
    case LastVisit: return tr("Last visit");
    default: break;
    }
    return {};
}

} // namespace bhu::ui
