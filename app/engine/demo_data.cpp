#include "demo_data.h"

#include "iso_time.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <cmath>

namespace lance::engine {

namespace {

// xoshiro256** seeded by splitmix64: the same sequence on every platform,
// unlike the standard library's distributions.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (quint64 &s : m_s) {
            seed += 0x9E3779B97F4A7C15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            s = z ^ (z >> 31);
        }
    }
    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    int below(int n) { return int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Skewed towards the front of a list, as real data is (a few titles and
    // countries are far more common than the rest).
    int skewed(int n, double power = 2.2)
    {
        return std::min(n - 1, int(n * std::pow(unit(), power)));
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_s{};
};

QString uuid(Rng &rng)
{
    static const char hex[] = "0123456789abcdef";
    const quint64 a = rng.next(), b = rng.next();
    char out[36];
    int pos = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out[pos++] = '-';
        int nibble = int(((i < 16 ? a : b) >> (4 * (i % 16))) & 0xf);
        if (i == 12)
            nibble = 4; // version 4
        if (i == 16)
            nibble = 8 | (nibble & 3); // RFC 4122 variant
        out[pos++] = hex[nibble];
    }
    return QString::fromLatin1(out, 36);
}

const char *const kFirstNames[] = {
    "James",     "Mary",      "John",      "Patricia",   "Robert",    "Jennifer",   "Michael",
    "Linda",     "William",   "Elizabeth", "David",      "Barbara",   "Richard",    "Susan",
    "Joseph",    "Jessica",   "Thomas",    "Sarah",      "Charles",   "Karen",      "Daniel",
    "Nancy",     "Matthew",   "Lisa",      "Anthony",    "Betty",     "Mark",       "Margaret",
    "Steven",    "Sandra",    "Paul",      "Ashley",     "Andrew",    "Emily",      "Joshua",
    "Michelle",  "Kevin",     "Amanda",    "Brian",      "Melissa",   "George",     "Deborah",
    "Timothy",   "Stephanie", "Ryan",      "Rebecca",    "Jacob",     "Laura",      "Nicholas",
    "Sharon",    "Eric",      "Cynthia",   "Jonathan",   "Kathleen",  "Samuel",     "Amy",
    "Benjamin",  "Angela",    "Lukas",     "Anna",       "Leon",      "Lena",       "Finn",
    "Hannah",    "Jonas",     "Lea",       "Felix",      "Marie",     "Maximilian", "Sophie",
    "Paul",      "Emma",      "Louis",     "Chloe",      "Hugo",      "Camille",    "Jules",
    "Manon",     "Arthur",    "Ines",      "Lucas",      "Lucia",     "Mateo",      "Sofia",
    "Hugo",      "Martina",   "Pablo",     "Carmen",     "Alejandro", "Elena",      "Diego",
    "Valentina", "Marco",     "Giulia",    "Alessandro", "Chiara",    "Lorenzo",    "Francesca",
    "Matteo",    "Aurora",    "Joao",      "Beatriz",    "Pedro",     "Mariana",    "Gabriel",
    "Larissa",   "Rafael",    "Camila",    "Sem",        "Julia",     "Daan",       "Saar",
    "Liam",      "Olivia",    "Noah",      "Ava",        "Oliver",    "Isla",       "Erik",
    "Astrid",    "Lars",      "Ingrid",    "Mikkel",     "Freja",     "Jakub",      "Zuzanna",
    "Piotr",     "Agnieszka", "Hiroshi",   "Yuki",       "Kenji",     "Sakura",     "Wei",
    "Mei",       "Jun",       "Li",        "Arjun",      "Priya",     "Rohan",      "Ananya",
    "Vikram",    "Aisha",     "Omar",      "Fatima",     "Yusuf",     "Layla",      "Kwame",
    "Amara",     "Chinedu",   "Ngozi",     "Tariq",      "Zara",      "Min-jun",    "Seo-yeon",
    "Dmitri",    "Olga",      "Ivan",      "Natalia",    "Mehmet",    "Elif",
};

const char *const kLastNames[] = {
    "Smith",     "Johnson",   "Williams",  "Brown",     "Jones",      "Garcia",       "Miller",
    "Davis",     "Rodriguez", "Martinez",  "Hernandez", "Lopez",      "Gonzalez",     "Wilson",
    "Anderson",  "Thomas",    "Taylor",    "Moore",     "Jackson",    "Martin",       "Lee",
    "Perez",     "Thompson",  "White",     "Harris",    "Sanchez",    "Clark",        "Ramirez",
    "Lewis",     "Robinson",  "Walker",    "Young",     "Allen",      "King",         "Wright",
    "Scott",     "Torres",    "Nguyen",    "Hill",      "Flores",     "Green",        "Adams",
    "Nelson",    "Baker",     "Hall",      "Rivera",    "Campbell",   "Mitchell",     "Carter",
    "Roberts",   "Muller",    "Schmidt",   "Schneider", "Fischer",    "Weber",        "Meyer",
    "Wagner",    "Becker",    "Schulz",    "Hoffmann",  "Koch",       "Richter",      "Klein",
    "Wolf",      "Schroder",  "Neumann",   "Braun",     "Zimmermann", "Dubois",       "Durand",
    "Lefebvre",  "Moreau",    "Laurent",   "Simon",     "Michel",     "Leroy",        "Roux",
    "David",     "Bertrand",  "Morel",     "Fournier",  "Girard",     "Fernandez",    "Gomez",
    "Diaz",      "Alvarez",   "Romero",    "Navarro",   "Ruiz",       "Moreno",       "Rossi",
    "Russo",     "Ferrari",   "Esposito",  "Bianchi",   "Romano",     "Colombo",      "Ricci",
    "Marino",    "Greco",     "Silva",     "Santos",    "Oliveira",   "Souza",        "Pereira",
    "Costa",     "Carvalho",  "de Jong",   "Jansen",    "de Vries",   "van den Berg", "Bakker",
    "Visser",    "Smit",      "Murphy",    "Kelly",     "O'Brien",    "Walsh",        "Byrne",
    "Ryan",      "Andersson", "Johansson", "Karlsson",  "Nilsson",    "Hansen",       "Jensen",
    "Nielsen",   "Larsen",    "Kowalski",  "Nowak",     "Wisniewski", "Tanaka",       "Suzuki",
    "Takahashi", "Watanabe",  "Wang",      "Zhang",     "Chen",       "Liu",          "Huang",
    "Sharma",    "Patel",     "Singh",     "Gupta",     "Kumar",      "Reddy",        "Khan",
    "Ahmed",     "Hassan",    "Ali",       "Okafor",    "Mensah",     "Kim",          "Park",
    "Choi",      "Ivanov",    "Petrov",    "Yilmaz",    "Kaya",       "Demir",        "Cohen",
    "Levi",
};

struct Country
{
    const char *name;
    const char *tld; // company domains of this country
    const char *cities[5];
    int weight; // share of companies based here
};

const Country kCountries[] = {
    {"United States", "com", {"New York", "San Francisco", "Austin", "Chicago", "Boston"}, 30},
    {"United Kingdom", "co.uk", {"London", "Manchester", "Edinburgh", "Bristol", "Leeds"}, 9},
    {"Germany", "de", {"Berlin", "Munich", "Hamburg", "Frankfurt", "Cologne"}, 9},
    {"France", "fr", {"Paris", "Lyon", "Toulouse", "Nantes", "Lille"}, 7},
    {"Canada", "ca", {"Toronto", "Vancouver", "Montreal", "Calgary", "Ottawa"}, 5},
    {"Netherlands", "nl", {"Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "The Hague"}, 4},
    {"Spain", "es", {"Madrid", "Barcelona", "Valencia", "Seville", "Bilbao"}, 4},
    {"Italy", "it", {"Milan", "Rome", "Turin", "Bologna", "Florence"}, 3},
    {"Sweden", "se", {"Stockholm", "Gothenburg", "Malmo", "Uppsala", "Lund"}, 3},
    {"Australia", "com.au", {"Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"}, 3},
    {"India", "in", {"Bangalore", "Mumbai", "Delhi", "Hyderabad", "Pune"}, 4},
    {"Brazil",
     "com.br",
     {"Sao Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre"},
     2},
    {"Japan", "jp", {"Tokyo", "Osaka", "Yokohama", "Nagoya", "Fukuoka"}, 2},
    {"Singapore", "sg", {"Singapore", "Singapore", "Singapore", "Singapore", "Singapore"}, 2},
    {"Ireland", "ie", {"Dublin", "Cork", "Galway", "Limerick", "Dublin"}, 2},
    {"Switzerland", "ch", {"Zurich", "Geneva", "Basel", "Bern", "Lausanne"}, 2},
    {"Denmark", "dk", {"Copenhagen", "Aarhus", "Odense", "Aalborg", "Copenhagen"}, 1},
    {"Norway", "no", {"Oslo", "Bergen", "Trondheim", "Stavanger", "Oslo"}, 1},
    {"Poland", "pl", {"Warsaw", "Krakow", "Wroclaw", "Gdansk", "Poznan"}, 2},
    {"Portugal", "pt", {"Lisbon", "Porto", "Braga", "Coimbra", "Faro"}, 1},
    {"Belgium", "be", {"Brussels", "Antwerp", "Ghent", "Leuven", "Liege"}, 1},
    {"Austria", "at", {"Vienna", "Graz", "Linz", "Salzburg", "Innsbruck"}, 1},
    {"Israel", "co.il", {"Tel Aviv", "Jerusalem", "Haifa", "Herzliya", "Tel Aviv"}, 1},
    {"Mexico", "com.mx", {"Mexico City", "Guadalajara", "Monterrey", "Puebla", "Queretaro"}, 1},
    {"South Africa",
     "co.za",
     {"Cape Town", "Johannesburg", "Durban", "Pretoria", "Stellenbosch"},
     1},
    {"Finland", "fi", {"Helsinki", "Espoo", "Tampere", "Turku", "Oulu"}, 1},
};

const char *const kIndustries[] = {
    "Software",    "Financial Services", "Healthcare",    "Manufacturing", "Retail",
    "Logistics",   "Telecommunications", "Energy",        "Education",     "Media",
    "Real Estate", "Consulting",         "Biotechnology", "Insurance",     "Automotive",
    "Hospitality", "Construction",       "E-commerce",    "Cybersecurity", "Marketing Services",
};

const char *const kNameParts1[] = {
    "North",    "Blue",      "Bright",   "Silver",   "Iron",  "Green",   "Red",     "Clear",
    "Swift",    "Nova",      "Summit",   "Harbor",   "Atlas", "Pioneer", "Granite", "Cedar",
    "Maple",    "Quantum",   "Vertex",   "Lumen",    "Crest", "Orbit",   "Delta",   "Polar",
    "Sterling", "Golden",    "Rapid",    "Open",     "True",  "Prime",   "Beacon",  "Echo",
    "Falcon",   "Horizon",   "Keystone", "Meridian", "Oak",   "Pacific", "River",   "Stone",
    "Sun",      "Terra",     "Union",    "Vista",    "West",  "Zenith",  "Aurora",  "Bay",
    "Copper",   "Evergreen",
};
const char *const kNameParts2[] = {
    "wind",   "field", "bridge", "point", "stack", "wave", "line", "path",
    "gate",   "works", "forge",  "light", "peak",  "rock", "leaf", "stream",
    "mark",   "scale", "sight",  "craft", "grid",  "loop", "port", "shift",
    "spring", "star",  "track",  "vale",  "view",  "yard", "",
};
const char *const kNameSuffixes[] = {
    "Labs",   "Systems", "Technologies", "Group",    "Solutions", "Partners",   "Analytics",
    "Health", "Capital", "Logistics",    "Networks", "Software",  "Studio",     "Industries",
    "Energy", "Media",   "Robotics",     "Foods",    "Bank",      "Consulting",
};

struct Department
{
    const char *name;
    const char *roles[3]; // individual-contributor titles
    const char *area;     // for "Head of X", "VP of X"
    const char *chief;    // the C-level title of this department
    int weight;
};

const Department kDepartments[] = {
    {"Engineering",
     {"Software Engineer", "Backend Engineer", "DevOps Engineer"},
     "Engineering",
     "Chief Technology Officer",
     22},
    {"Sales",
     {"Account Executive", "Sales Development Representative", "Sales Engineer"},
     "Sales",
     "Chief Revenue Officer",
     18},
    {"Marketing",
     {"Marketing Manager", "Content Strategist", "Growth Marketer"},
     "Marketing",
     "Chief Marketing Officer",
     11},
    {"Finance",
     {"Financial Analyst", "Accountant", "Controller"},
     "Finance",
     "Chief Financial Officer",
     8},
    {"Human Resources",
     {"Recruiter", "HR Business Partner", "People Operations Specialist"},
     "People",
     "Chief People Officer",
     6},
    {"Operations",
     {"Operations Analyst", "Project Manager", "Supply Chain Planner"},
     "Operations",
     "Chief Operating Officer",
     8},
    {"Product",
     {"Product Manager", "Product Owner", "Technical Product Manager"},
     "Product",
     "Chief Product Officer",
     7},
    {"Design",
     {"Product Designer", "UX Researcher", "Visual Designer"},
     "Design",
     "Chief Design Officer",
     4},
    {"Legal", {"Legal Counsel", "Compliance Officer", "Paralegal"}, "Legal", "General Counsel", 3},
    {"Customer Success",
     {"Customer Success Manager", "Support Specialist", "Account Manager"},
     "Customer Success",
     "Chief Customer Officer",
     7},
    {"IT",
     {"Systems Administrator", "IT Support Engineer", "Network Engineer"},
     "IT",
     "Chief Information Officer",
     3},
    {"Data", {"Data Scientist", "Data Engineer", "Data Analyst"}, "Data", "Chief Data Officer", 3},
};

// Seniorities from most to least common.
const char *const kSeniorities[] = {"Entry", "Senior",  "Manager", "Director",
                                    "VP",    "C-Level", "Owner"};
const int kSeniorityWeights[] = {34, 28, 18, 10, 6, 3, 1};

struct Company
{
    QString name;
    QString domain;
    int country;
    int industry;
};

template <typename T, size_t N> constexpr int countOf(const T (&)[N])
{
    return int(N);
}

int weighted(Rng &rng, const int *weights, int n)
{
    int total = 0;
    for (int i = 0; i < n; ++i)
        total += weights[i];
    int pick = rng.below(total);
    for (int i = 0; i < n; ++i) {
        if (pick < weights[i])
            return i;
        pick -= weights[i];
    }
    return n - 1;
}

QString slug(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
        else if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            out.append(QLatin1Char('-'));
    }
    return out;
}

// Lower-case ASCII letters of a name: "O'Brien" -> "obrien", "de Jong" -> "dejong".
QString asciiName(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D))
        if (c.unicode() < 128 && c.isLetter())
            out.append(c.toLower());
    return out;
}

QList<Company> makeCompanies(Rng &rng, int count)
{
    QList<Company> companies;
    companies.reserve(count);
    QSet<QString> seenDomains;
    int countryWeights[countOf(kCountries)];
    for (int i = 0; i < countOf(kCountries); ++i)
        countryWeights[i] = kCountries[i].weight;
    while (companies.size() < count) {
        const QString base = QLatin1String(kNameParts1[rng.below(countOf(kNameParts1))]) +
                             QLatin1String(kNameParts2[rng.below(countOf(kNameParts2))]);
        const QString suffix = QLatin1String(kNameSuffixes[rng.below(countOf(kNameSuffixes))]);
        const int country = weighted(rng, countryWeights, countOf(kCountries));
        QString domain =
            slug(base) + (rng.below(3) == 0 ? QLatin1Char('-') + slug(suffix) : QString()) +
            QLatin1Char('.') + QLatin1String(rng.below(4) == 0 ? "com" : kCountries[country].tld);
        if (seenDomains.contains(domain))
            continue; // one company per domain, so emails are unambiguous
        seenDomains.insert(domain);
        companies.append(
            {base + QLatin1Char(' ') + suffix, domain, country, rng.below(countOf(kIndustries))});
    }
    return companies;
}

QString jobTitle(Rng &rng, const Department &d, int seniority)
{
    const QString area = QLatin1String(d.area);
    switch (seniority) {
    case 0:
        return QLatin1String(d.roles[rng.below(3)]);
    case 1:
        return QStringLiteral("Senior ") + QLatin1String(d.roles[rng.below(3)]);
    case 2:
        return rng.below(2) ? QStringLiteral("%1 Manager").arg(area)
                            : QStringLiteral("Head of %1").arg(area);
    case 3:
        return QStringLiteral("Director of %1").arg(area);
    case 4:
        return QStringLiteral("VP of %1").arg(area);
    case 5:
        return QLatin1String(d.chief);
    default:
        return rng.below(2) ? QStringLiteral("Founder & CEO") : QStringLiteral("Owner");
    }
}

} // namespace

DemoDataGenerator::DemoDataGenerator(quint64 seed)
    : m_seed(seed)
{}

bool DemoDataGenerator::generate(QSqlDatabase &db, int count,
                                 const std::function<void(int, int)> &progress, QString *error)
{
    Rng rng(m_seed);
    // Thousands of companies; more for larger data sets, so a company has
    // tens of leads, not thousands.
    const QList<Company> companies = makeCompanies(rng, qBound(200, count / 40, 20000));
    int departmentWeights[countOf(kDepartments)];
    for (int i = 0; i < countOf(kDepartments); ++i)
        departmentWeights[i] = kDepartments[i].weight;

    // Lead timestamps spread over the two years before 2026-01-01.
    const qint64 end =
        QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 span = qint64(2) * 365 * 24 * 3600 * 1000;

    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO leads(id, first_name, last_name, job_title, seniority, department, "
            "company, "
            "company_domain, industry, city, country, linkedin_url, emails, phones, has_email, "
            "has_phone, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"))) {
        *error = insert.lastError().text();
        return false;
    }
    const QString emptyList = QStringLiteral("[]");
    constexpr int kChunk = 20000;
    for (int done = 0; done < count;) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        const int chunkEnd = std::min(count, done + kChunk);
        for (; done < chunkEnd; ++done) {
            const Company &company = companies.at(rng.skewed(int(companies.size()), 1.6));
            const Country &country = kCountries[company.country];
            const QString first = QLatin1String(kFirstNames[rng.below(countOf(kFirstNames))]);
            const QString last = QLatin1String(kLastNames[rng.below(countOf(kLastNames))]);
            const Department &dept =
                kDepartments[weighted(rng, departmentWeights, countOf(kDepartments))];
            const int seniority = weighted(rng, kSeniorityWeights, countOf(kSeniorities));
            // Most people work in their company's country; some abroad.
            const Country &home =
                rng.below(10) == 0 ? kCountries[rng.below(countOf(kCountries))] : country;
            const QString city = QLatin1String(home.cities[rng.skewed(5, 1.5)]);
            const QString id = uuid(rng);
            const QString linkedin = QStringLiteral("https://www.linkedin.com/in/%1-%2-%3")
                                         .arg(slug(first), slug(last), id.left(6));
            const quint64 contactVariant = rng.next();
            const bool hasEmail = rng.below(100) < 12;
            const bool hasPhone = rng.below(100) < 6;
            const QString email =
                hasEmail ? QStringLiteral("[\"%1\"]")
                               .arg(demoEmailFor(first, last, company.domain, contactVariant))
                         : emptyList;
            const QString phone =
                hasPhone ? QStringLiteral("[\"%1\"]")
                               .arg(demoPhoneFor(QLatin1String(home.name), contactVariant))
                         : emptyList;
            const QString created = toIsoTimeMs(end - span + qint64(rng.unit() * double(span)));

            insert.bindValue(0, id);
            insert.bindValue(1, first);
            insert.bindValue(2, last);
            insert.bindValue(3, jobTitle(rng, dept, seniority));
            insert.bindValue(4, QLatin1String(kSeniorities[seniority]));
            insert.bindValue(5, QLatin1String(dept.name));
            insert.bindValue(6, company.name);
            insert.bindValue(7, company.domain);
            insert.bindValue(8, QLatin1String(kIndustries[company.industry]));
            insert.bindValue(9, city);
            insert.bindValue(10, QLatin1String(home.name));
            insert.bindValue(11, linkedin);
            insert.bindValue(12, email);
            insert.bindValue(13, phone);
            insert.bindValue(14, hasEmail ? 1 : 0);
            insert.bindValue(15, hasPhone ? 1 : 0);
            insert.bindValue(16, created);
            insert.bindValue(17, created);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
        if (progress)
            progress(done, count);
    }
    return true;
}

QString demoEmailFor(const QString &firstName, const QString &lastName,
                     const QString &companyDomain, quint64 variant)
{
    const QString f = asciiName(firstName);
    const QString l = asciiName(lastName);
    QString local;
    switch (variant % 5) {
    case 0:
    case 1:
        local = f + QLatin1Char('.') + l;
        break; // the most common form
    case 2:
        local = f.left(1) + l;
        break;
    case 3:
        local = f;
        break;
    default:
        local = f + QLatin1Char('_') + l;
        break;
    }
    return local + QLatin1Char('@') + companyDomain;
}

QString demoPhoneFor(const QString &country, quint64 variant)
{
    struct Plan
    {
        const char *country;
        const char *code;
        int areaDigits;
        int subscriberDigits;
    };
    static const Plan plans[] = {
        {"United States", "1", 3, 7}, {"Canada", "1", 3, 7},     {"United Kingdom", "44", 4, 6},
        {"Germany", "49", 3, 7},      {"France", "33", 1, 8},    {"Netherlands", "31", 2, 7},
        {"Spain", "34", 3, 6},        {"Italy", "39", 3, 7},     {"Sweden", "46", 2, 7},
        {"Australia", "61", 1, 8},    {"India", "91", 2, 8},     {"Brazil", "55", 2, 9},
        {"Japan", "81", 2, 8},        {"Singapore", "65", 0, 8}, {"Ireland", "353", 2, 7},
        {"Switzerland", "41", 2, 7},  {"Denmark", "45", 0, 8},   {"Norway", "47", 0, 8},
        {"Poland", "48", 2, 7},       {"Portugal", "351", 2, 7}, {"Belgium", "32", 2, 7},
        {"Austria", "43", 1, 8},      {"Israel", "972", 1, 7},   {"Mexico", "52", 2, 8},
        {"South Africa", "27", 2, 7}, {"Finland", "358", 2, 7},
    };
    const Plan *plan = &plans[0];
    for (const Plan &p : plans) {
        if (country == QLatin1String(p.country)) {
            plan = &p;
            break;
        }
    }
    quint64 v = variant;
    auto digits = [&v](int n, bool noLeadingZero) {
        QString s;
        for (int i = 0; i < n; ++i) {
            int d = int(v % 10);
            v /= 10;
            if (v == 0)
                v = 0x9E3779B97F4A7C15ULL; // keep drawing digits
            if (i == 0 && noLeadingZero && d == 0)
                d = 1 + int(v % 9);
            s.append(QLatin1Char(char('0' + d)));
        }
        return s;
    };
    QString number = QLatin1Char('+') + QLatin1String(plan->code);
    if (plan->areaDigits > 0)
        number += QLatin1Char(' ') + digits(plan->areaDigits, true);
    const QString subscriber = digits(plan->subscriberDigits, true);
    const int half = int(subscriber.size()) / 2;
    return number + QLatin1Char(' ') + subscriber.left(half) + QLatin1Char(' ') +
           subscriber.mid(half);
}

} // namespace lance::engine
