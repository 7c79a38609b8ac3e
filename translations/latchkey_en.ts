<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Latchkey::AuditTask</name>
    <message numerus="yes">
        <source>%n password(s), %1 stale, users: %2</source>
        <translation>
            <numerusform>%n password, %1 stale, users: %2</numerusform>
            <numerusform>%n passwords, %1 stale, users: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::BulkRevokeDialog</name>
    <message numerus="yes">
        <source>Selected sites (%n)</source>
        <translation>
            <numerusform>Selected site (%n)</numerusform>
            <numerusform>Selected sites (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview on %n site(s): %1</source>
        <translation>
            <numerusform>Preview on %n site: %1</numerusform>
            <numerusform>Preview on %n sites: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n application password(s) on %1 site(s)?</source>
        <translation>
            <numerusform>Revoke %n application password on %1 site(s)?</numerusform>
            <numerusform>Revoke %n application passwords on %1 site(s)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n</source>
        <translation>
            <numerusform>Revoke %n</numerusform>
            <numerusform>Revoke %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n password(s)…</source>
        <translation>
            <numerusform>Revoking %n password…</numerusform>
            <numerusform>Revoking %n passwords…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) on %1 site(s) would be revoked.</source>
        <translation>
            <numerusform>%n password on %1 site(s) would be revoked.</numerusform>
            <numerusform>%n passwords on %1 site(s) would be revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) could not be searched (see the log).</source>
        <translation>
            <numerusform>%n site could not be searched (see the log).</numerusform>
            <numerusform>%n sites could not be searched (see the log).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke these %n</source>
        <translation>
            <numerusform>Revoke this one</numerusform>
            <numerusform>Revoke these %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n password(s).</source>
        <translation>
            <numerusform>Revoked %n password.</numerusform>
            <numerusform>Revoked %n passwords.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::FleetCommands</name>
    <message numerus="yes">
        <source>Dry run: passwords %1 on %n site(s):</source>
        <translation>
            <numerusform>Dry run: passwords %1 on %n site:</numerusform>
            <numerusform>Dry run: passwords %1 on %n sites:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking passwords %1 on %n site(s):</source>
        <translation>
            <numerusform>Revoking passwords %1 on %n site:</numerusform>
            <numerusform>Revoking passwords %1 on %n sites:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::KeychainSecretStore</name>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>the keychain did not answer within %n second</numerusform>
            <numerusform>the keychain did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::MainWindow</name>
    <message numerus="yes">
        <source>Checked %n site(s): all work.</source>
        <translation>
            <numerusform>Checked %n site: it works.</numerusform>
            <numerusform>Checked %n sites: all work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n sites from Latchkey?</source>
        <translation>
            <numerusform>Remove %n site from Latchkey?</numerusform>
            <numerusform>Remove %n sites from Latchkey?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n site(s) to %1 (no passwords).</source>
        <translation>
            <numerusform>Exported %n site to %1 (no passwords).</numerusform>
            <numerusform>Exported %n sites to %1 (no passwords).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::PasswordsTab</name>
    <message numerus="yes">
        <source>%n application password(s)</source>
        <translation>
            <numerusform>%n application password</numerusform>
            <numerusform>%n application passwords</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::ReissueTask</name>
    <message numerus="yes">
        <source>Revoked %n old password(s); the new one is now &quot;%1&quot;.</source>
        <translation>
            <numerusform>Revoked %n old password; the new one is now &quot;%1&quot;.</numerusform>
            <numerusform>Revoked %n old passwords; the new one is now &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::TimeText</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
