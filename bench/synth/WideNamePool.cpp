#include "bhu/synth/WideNamePool.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace bhu::synth {

namespace {

// Latin names in rough order of frequency; Urdu spelling from NamePool where it has the name.
QList<PoolName> withUrdu(const QStringList& latin, const QList<PoolName>& known)
{
    QHash<QString, QString> urdu;
    for (const PoolName& p : known) urdu.insert(p.latin, p.urdu);
    QList<PoolName> out;
    for (const QString& l : latin) out.append(PoolName{l, urdu.value(l)});
    return out;
}

} // namespace

const QList<PoolName>& wideMaleGivenNames()
{
    static const QList<PoolName> l = withUrdu(
        QStringLiteral(
            "Ali,Ahmed,Hassan,Hussain,Bilal,Imran,Usman,Umar,Abdul Rehman,Hamza,Asif,Tariq,Zahid,Arshad,Iqbal,Aslam,Akbar,"
            "Shahid,Rashid,Khalid,Javed,Naveed,Nadeem,Faisal,Kashif,Sajid,Waqas,Ibrahim,Yousaf,Mahmood,Noor,Fazal,Riaz,Sohail,"
            "Adnan,Saleem,Ghulam Abbas,Naseer ud Din,Zia ul Haq,Abbas,Akram,Anwar,Ashfaq,Ayub,Azhar,Babar,Danish,Ehsan,Farhan,"
            "Farooq,Ghafoor,Habib,Haider,Hameed,Haroon,Ijaz,Ishaq,Ismail,Jamil,Jawad,Junaid,Kamran,Karim,Khurram,Latif,Majid,"
            "Manzoor,Maqsood,Masood,Mehboob,Mukhtar,Munir,Mushtaq,Nasir,Nawaz,Nazir,Qasim,Rafiq,Rehan,Rizwan,Sabir,Sadiq,Safdar,"
            "Saeed,Salman,Sarfraz,Shafiq,Shakeel,Shaukat,Sharif,Shoaib,Siddique,Sultan,Tahir,Talha,Tanveer,Tufail,Waheed,Waseem,"
            "Yasir,Younas,Zafar,Zubair,Zulfiqar,Aamir,Abid,Afzal,Altaf,Amjad,Aqeel,Arif,Asghar,Atif,Azam,Bashir,Dilawar,Fahad,"
            "Fayyaz,Ghazanfar,Hafeez,Hanif,Hashim,Iftikhar,Ilyas,Imtiaz,Irfan,Jahangir,Jalal,Kaleem,Khizar,Liaqat,Mansoor,Mazhar,"
            "Mohsin,Mubashir,Mudassar,Muneeb,Naeem,Najeeb,Nauman,Obaid,Pervaiz,Qadeer,Qaiser,Rauf,Razzaq,Sadaqat,Saqib,Shahzad,"
            "Shamim,Sikandar,Tauqeer,Umair,Waqar,Wajid,Yaqoob,Zeeshan,Zakir,Aftab,Ahsan,Anees,Arslan,Asim,Aurangzeb,Baqir,"
            "Basit,Dawood,Gulzar,Hasnain,Idrees,Inam,Jabbar,Kamal,Lal Din,Mubarak,Nadir,Owais,Qamar,Raees,Sami,Shafqat,"
            "Shehzad,Suleman,Taimoor,Wazir,Yameen,Zaheer,Zaman")
            .split(u','),
        maleGivenNames());
    return l;
}

const QList<PoolName>& wideFemaleGivenNames()
{
    static const QList<PoolName> l = withUrdu(
        QStringLiteral(
            "Fatima,Ayesha,Zainab,Maryam,Khadija,Amna,Sadia,Nasreen,Shazia,Rubina,Parveen,Shabana,Nazia,Saima,Bushra,Rukhsana,"
            "Kausar,Samina,Razia,Hina,Iqra,Mehwish,Sana,Farzana,Naseem,Zubaida,Asma,Rabia,Uzma,Tahira,Abida,Afshan,Aliya,Aneela,"
            "Anila,Anum,Aqsa,Arifa,Asia,Atiya,Azra,Benish,Fareeda,Farhat,Fauzia,Gulnaz,Hajra,Halima,Humaira,Ishrat,Jamila,"
            "Javeria,Kalsoom,Kiran,Laiba,Lubna,Madiha,Maham,Mahnoor,Maria,Misbah,Mumtaz,Munira,Naheed,Najma,Nargis,Nighat,"
            "Nilofar,Noreen,Nusrat,Qudsia,Rafia,Rashida,Rehana,Rizwana,Saba,Sabira,Sadaf,Safia,Sajida,Saleema,Salma,Samra,"
            "Sara,Shagufta,Shahida,Shakila,Shamim,Shehnaz,Shumaila,Sidra,Sobia,Sughra,Sumaira,Tabassum,Tahmina,Tanzeela,Tasleem,"
            "Uroosa,Yasmeen,Zahida,Zakia,Zarina,Zohra,Adeela,Amina,Andleeb,Arooj,Attia,Ayman,Bilqees,Farah,Faryal,"
            "Ghazala,Gulshan,Huma,Iffat,Irum,Jannat,Kanwal,Khalida,Komal,Mahira,Mehreen,Mussarat,Nabila,Nadia,"
            "Naila,Nazish,Pakeeza,Rani,Riffat,Rimsha,Rozina,Sabiha,Saeeda,Saira,Sakina,Sameera,"
            "Sehrish,Shaheen,Shireen,Sitara,Sumbal,Tahseen,Tayyaba,Unaiza,Wajiha,Yusra,Zara,Zeenat,Zubia")
            .split(u','),
        femaleGivenNames());
    return l;
}

int zipfRank(Rng& rng, int n)
{
    // Cumulative weights per n (two sizes in practice), built once.
    static QHash<int, std::vector<double>> tables;
    std::vector<double>& cum = tables[n];
    if (cum.empty()) {
        double total = 0;
        for (int k = 1; k <= n; ++k) cum.push_back(total += std::pow(k, -0.8));
    }
    const double x = static_cast<double>(rng.next() >> 11) * 0x1.0p-53 * cum.back();
    return static_cast<int>(std::min<std::ptrdiff_t>(std::upper_bound(cum.begin(), cum.end(), x) - cum.begin(), n - 1));
}

} // namespace bhu::synth
