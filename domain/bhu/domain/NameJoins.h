#pragma once
// Compound names written joined, hyphenated or spaced, brought to one set of words:
//   Abdul Rehman = Abdur Rehman = Abd-ur-Rehman = Abdurrehman = Abdulrehman → abdul rehman
//   Zia-ul-Haq = Zia ul Haq = Ziaul Haq = Zia Ulhaq = Ziaulhaq → zia haq
//   Naseer-ud-Din = Nasiruddin = Naseer Uddin → naseer/nasir din
//   Rahmatullah = Rahmat Ullah → rahmat ullah      (Abdullah stays one word)
//   عبدالرحمن = عبد الرحمن → عبد رحمن;  ضیاالحق = ضیا الحق → ضیا حق;  نصیرالدین → نصیر دین
// A join is split only before a known second element (din, haq, rehman, islam, zaman, nisa,
// amin, mulk, nabi, hasan, hussain and spellings) whose first letter fits the connector
// (ud+din, ur+rehman, uz+zaman, un+nisa; ul before any), so ordinary names are left alone.
#include <QStringList>

namespace bhu {

// Input: lower-case words from normalizeName() (honorifics already removed).
QStringList splitNameJoins(const QStringList& words);

} // namespace bhu
