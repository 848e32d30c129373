<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../app/clinic/ProcessSetup.cpp" line="+17"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>bhu::Role</name>
    <message>
        <location filename="../domain/Roles.cpp" line="+29"/>
        <source>Front desk</source>
        <translation>استقبالیہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lady health worker</source>
        <translation>لیڈی ہیلتھ ورکر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinician</source>
        <translation>معالج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>نگران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>منتظم</translation>
    </message>
</context>
<context>
    <name>bhu::clinic</name>
    <message>
        <location filename="../app/clinic/main.cpp" line="+26"/>
        <source>bhu-clinic: no display found (DISPLAY is not set). Run it in a desktop session, or use xvfb-run -a bhu-clinic for automated checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bhu-clinic: there is no clinic database at %1. Create one first with: bhuctl init --db %1 --facility CODE --facility-name NAME --admin USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clinic/CommandLine.cpp" line="+22"/>
        <source>BHU Clinic: patient records for a Basic Health Unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path of the clinic database (default: $BHU_DB, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the program, e.g. &quot;ur&quot; for Urdu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit once the first window is shown (for smoke tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try &apos;bhu-clinic --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unexpected argument: %1. Use --db PATH to choose the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::AuditLog</name>
    <message>
        <location filename="../db/AuditLog.cpp" line="+94"/>
        <source>The audit trail has been tampered with at entry %1 (%2). Keep this database as evidence and tell the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>entry missing or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chain broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>newest entries deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::Connection</name>
    <message>
        <location filename="../db/Connection.cpp" line="+104"/>
        <source>The database key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database at %1. Check the path or create one with &apos;bhuctl init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database already exists at %1; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>set key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database could not be unlocked: the key does not match. Check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The database reported an error (%1). Nothing was saved; try again, and if it persists run &apos;bhuctl verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::KeySlotFile</name>
    <message>
        <location filename="../db/KeySlots.cpp" line="+37"/>
        <source>The key file %1 is missing. It must stay beside the database; restore it from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>The key file %1 is damaged. Restore it from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The key file %1 was written by a newer version of BHU Clinic. Update this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key file %1 uses an unknown algorithm. Update this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The key file %1 could not be written: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The recovery key is not correct. Check each group of characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Wrong user name or password.</source>
        <translation>صارف کا نام یا پاس ورڈ غلط ہے۔</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This database has no recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::PatientRepository</name>
    <message>
        <location filename="../db/PatientRepository.cpp" line="+45"/>
        <source>The MR number %1 is already given to another patient. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Someone else changed this patient while you were editing. Reopen the patient and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No such patient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::Store</name>
    <message>
        <location filename="../db/Store.cpp" line="+50"/>
        <source>Enter the facility code and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a user name for the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A database already exists at %1; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No database at %1. Check the path or create one with &apos;bhuctl init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The key file does not belong to this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrong user name or password.</source>
        <translation>صارف کا نام یا پاس ورڈ غلط ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This account has been disabled. Ask the facility administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database is damaged (integrity check: %1). Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is damaged (encryption check: %1). Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database has broken references (table %1). Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::crypto</name>
    <message>
        <location filename="../db/Crypto.cpp" line="+17"/>
        <source>A cryptographic operation failed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::db::migrate</name>
    <message>
        <location filename="../db/Migrations.cpp" line="+31"/>
        <source>This database was made by a newer version of BHU Clinic (schema %1; this program knows up to %2). Install the newer version; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::services</name>
    <message>
        <location filename="../services/Permissions.cpp" line="+54"/>
        <source>Your role (%1) may not %2. Ask a supervisor or the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::services::Permission</name>
    <message>
        <location line="-19"/>
        <source>view patient records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view and print reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>synchronise with the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add demonstration data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::AdminScreen</name>
    <message>
        <location filename="../ui/screens/AdminScreen.cpp" line="+9"/>
        <source>Users and roles, passwords, backups and the audit trail. This area is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin</source>
        <translation>انتظامیہ</translation>
    </message>
</context>
<context>
    <name>bhu::ui::CommunityScreen</name>
    <message>
        <location filename="../ui/screens/CommunityScreen.cpp" line="+9"/>
        <source>Households, lady health worker areas and follow-ups due in the community. This area is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Community</source>
        <translation>کمیونٹی</translation>
    </message>
</context>
<context>
    <name>bhu::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+26"/>
        <source>BHU Clinic — %1</source>
        <translation>بی ایچ یو کلینک — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Areas</source>
        <translation>حصے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quit</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility</source>
        <translation>مرکز صحت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed in</source>
        <translation>داخل شدہ صارف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enrolled with a registry</source>
        <translation>کسی رجسٹری میں اندراج نہیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::PatientsScreen</name>
    <message>
        <location filename="../ui/screens/PatientsScreen.cpp" line="+9"/>
        <source>Find a patient by name, MR number, CNIC or phone, register new patients and open their records. This area is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Patients</source>
        <translation>مریض</translation>
    </message>
</context>
<context>
    <name>bhu::ui::ReportsScreen</name>
    <message>
        <location filename="../ui/screens/ReportsScreen.cpp" line="+9"/>
        <source>Monthly DHIS and facility reports, ready to print or export. This area is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports</source>
        <translation>رپورٹیں</translation>
    </message>
</context>
<context>
    <name>bhu::ui::SyncScreen</name>
    <message>
        <location filename="../ui/screens/SyncScreen.cpp" line="+9"/>
        <source>Exchange records with the district registry when a connection is available. This clinic is not enrolled with a registry yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bhu::ui::TodayVisitsScreen</name>
    <message>
        <location filename="../ui/screens/TodayVisitsScreen.cpp" line="+9"/>
        <source>The queue of today&apos;s visits: who is waiting, who has been seen, and what was recorded. This area is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today&apos;s visits</source>
        <translation>آج کے معائنے</translation>
    </message>
</context>
<context>
    <name>bhu::ui::UnlockWindow</name>
    <message>
        <location filename="../ui/UnlockWindow.cpp" line="+22"/>
        <source>BHU Clinic — Unlock</source>
        <translation>بی ایچ یو کلینک — کھولیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BHU Clinic</source>
        <translation>بی ایچ یو کلینک</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User name</source>
        <translation>صارف کا نام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User name:</source>
        <translation>صارف کا نام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>پاس ورڈ:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unlocking the database… this takes a moment.</source>
        <translation>ڈیٹا بیس کھولا جا رہا ہے… اس میں چند لمحے لگتے ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Database: %1</source>
        <translation>ڈیٹا بیس: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter your user name.</source>
        <translation>اپنا صارف کا نام درج کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>اپنا پاس ورڈ درج کریں۔</translation>
    </message>
</context>
</TS>
