<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BulkActivity</name>
    <message numerus="yes">
        <source>%1 on %n site(s) (%2 ok, %3 failed)</source>
        <translation>
            <numerusform>%1 on %n site (%2 ok, %3 failed)</numerusform>
            <numerusform>%1 on %n sites (%2 ok, %3 failed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message numerus="yes">
        <source>Interrupted by %1: %n site(s) done (%2 ok), %3 not started.</source>
        <translation>
            <numerusform>Interrupted by %1: %n site done (%2 ok), %3 not started.</numerusform>
            <numerusform>Interrupted by %1: %n sites done (%2 ok), %3 not started.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::AuditModel</name>
    <message numerus="yes">
        <source>unused for more than %n day(s)</source>
        <translation>
            <numerusform>unused for more than %n day</numerusform>
            <numerusform>unused for more than %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::AuditRevokeTask</name>
    <message numerus="yes">
        <source>Revoked %n password(s).</source>
        <translation>
            <numerusform>Revoked %n password.</numerusform>
            <numerusform>Revoked %n passwords.</numerusform>
        </translation>
    </message>
</context>
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
        <source>Preview on %n site(s): %1</source>
        <translation>
            <numerusform>Preview on %n site: %1</numerusform>
            <numerusform>Preview on %n sites: %1</numerusform>
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
    <message numerus="yes">
        <source>Revoke %n application password(s)?</source>
        <translation>
            <numerusform>Revoke %n application password?</numerusform>
            <numerusform>Revoke %n application passwords?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) affected.</source>
        <translation>
            <numerusform>%n site affected.</numerusform>
            <numerusform>%n sites affected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) would be revoked.</source>
        <translation>
            <numerusform>%n password would be revoked.</numerusform>
            <numerusform>%n passwords would be revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) could not be revoked.</source>
        <translation>
            <numerusform>%n password could not be revoked.</numerusform>
            <numerusform>%n passwords could not be revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) failed.</source>
        <translation>
            <numerusform>%n site failed.</numerusform>
            <numerusform>%n sites failed.</numerusform>
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
    <message numerus="yes">
        <source>Imported %n site(s).</source>
        <translation>
            <numerusform>Imported %n site.</numerusform>
            <numerusform>Imported %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) stored in the keychain.</source>
        <translation>
            <numerusform>%n password stored in the keychain.</numerusform>
            <numerusform>%n passwords stored in the keychain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n duplicate skipped.</numerusform>
            <numerusform>%n duplicates skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) invalid.</source>
        <translation>
            <numerusform>%n row invalid.</numerusform>
            <numerusform>%n rows invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed.</source>
        <translation>
            <numerusform>%n row failed.</numerusform>
            <numerusform>%n rows failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) would be revoked.</source>
        <translation>
            <numerusform>%n password would be revoked.</numerusform>
            <numerusform>%n passwords would be revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches on %1 of %n site(s).</source>
        <translation>
            <numerusform>Matches on %1 of %n site.</numerusform>
            <numerusform>Matches on %1 of %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) failed.</source>
        <translation>
            <numerusform>%n site failed.</numerusform>
            <numerusform>%n sites failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n matching password(s) revoked.</source>
        <translation>
            <numerusform>%1 of %n matching password revoked.</numerusform>
            <numerusform>%1 of %n matching passwords revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches on %n site(s).</source>
        <translation>
            <numerusform>Matches on %n site.</numerusform>
            <numerusform>Matches on %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) done, %1 failed.</source>
        <translation>
            <numerusform>%n site done, %1 failed.</numerusform>
            <numerusform>%n sites done, %1 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) found.</source>
        <translation>
            <numerusform>%n password found.</numerusform>
            <numerusform>%n passwords found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) audited, %1 failed.</source>
        <translation>
            <numerusform>%n site audited, %1 failed.</numerusform>
            <numerusform>%n sites audited, %1 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n site(s) would be added.</source>
        <translation>
            <numerusform>Dry run: %n site would be added.</numerusform>
            <numerusform>Dry run: %n sites would be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing pending for &quot;%1&quot; on %n site(s): skipped.</source>
        <translation>
            <numerusform>Nothing pending for &quot;%1&quot; on %n site: skipped.</numerusform>
            <numerusform>Nothing pending for &quot;%1&quot; on %n sites: skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::ImportSitesDialog</name>
    <message numerus="yes">
        <source>%n row(s) in the file: %1 new, %2 duplicate, %3 invalid. Duplicate and invalid rows are skipped.</source>
        <translation>
            <numerusform>%n row in the file: %1 new, %2 duplicate, %3 invalid. Duplicate and invalid rows are skipped.</numerusform>
            <numerusform>%n rows in the file: %1 new, %2 duplicate, %3 invalid. Duplicate and invalid rows are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Site(s)</source>
        <translation>
            <numerusform>&amp;Import %n Site</numerusform>
            <numerusform>&amp;Import %n Sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n site(s)…</source>
        <translation>
            <numerusform>Importing %n site…</numerusform>
            <numerusform>Importing %n sites…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n site(s).</source>
        <translation>
            <numerusform>Imported %n site.</numerusform>
            <numerusform>Imported %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n site(s).</source>
        <translation>
            <numerusform>Imported %1 of %n site.</numerusform>
            <numerusform>Imported %1 of %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (see Details).</source>
        <translation>
            <numerusform>%n not imported (see Details).</numerusform>
            <numerusform>%n not imported (see Details).</numerusform>
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
    <message numerus="yes">
        <source>Checked %n site(s).</source>
        <translation>
            <numerusform>Checked %n site.</numerusform>
            <numerusform>Checked %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) failed or were cancelled.</source>
        <translation>
            <numerusform>%n site failed or was cancelled.</numerusform>
            <numerusform>%n sites failed or were cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::PasswordAuditDialog</name>
    <message numerus="yes">
        <source>Auditing %n site(s)…</source>
        <translation>
            <numerusform>Auditing %n site…</numerusform>
            <numerusform>Auditing %n sites…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n password(s).</source>
        <translation>
            <numerusform>Revoked %n password.</numerusform>
            <numerusform>Revoked %n passwords.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) could not be revoked.</source>
        <translation>
            <numerusform>%n password could not be revoked.</numerusform>
            <numerusform>%n passwords could not be revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) failed.</source>
        <translation>
            <numerusform>%n site failed.</numerusform>
            <numerusform>%n sites failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) found, %1 flagged.</source>
        <translation>
            <numerusform>%n password found, %1 flagged.</numerusform>
            <numerusform>%n passwords found, %1 flagged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) could not be audited (their rows say why).</source>
        <translation>
            <numerusform>%n site could not be audited (its row says why).</numerusform>
            <numerusform>%n sites could not be audited (their rows say why).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) affected.</source>
        <translation>
            <numerusform>%n site affected.</numerusform>
            <numerusform>%n sites affected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n application password(s)?</source>
        <translation>
            <numerusform>Revoke %n application password?</numerusform>
            <numerusform>Revoke %n application passwords?</numerusform>
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
        <source>Exported %n row(s) to %1 (no passwords).</source>
        <translation>
            <numerusform>Exported %n row to %1 (no passwords).</numerusform>
            <numerusform>Exported %n rows to %1 (no passwords).</numerusform>
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
    <name>Latchkey::PendingReissueBar</name>
    <message numerus="yes">
        <source>A re-issue of &quot;%1&quot; is pending on %n site(s): update the integration, then revoke the old passwords.</source>
        <translation>
            <numerusform>A re-issue of &quot;%1&quot; is pending on %n site: update the integration, then revoke the old passwords.</numerusform>
            <numerusform>A re-issue of &quot;%1&quot; is pending on %n sites: update the integration, then revoke the old passwords.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-issues of %n integration(s) are pending (&quot;%1&quot; first): the old passwords are still valid.</source>
        <translation>
            <numerusform>A re-issue for %n integration is pending (&quot;%1&quot;): the old passwords are still valid.</numerusform>
            <numerusform>Re-issues of %n integrations are pending (&quot;%1&quot; first): the old passwords are still valid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::ReissueDialog</name>
    <message numerus="yes">
        <source>Pending on %n site(s). Copy each new password into the integration, then revoke the old passwords.</source>
        <translation>
            <numerusform>Pending on %n site. Copy the new password into the integration, then revoke the old passwords.</numerusform>
            <numerusform>Pending on %n sites. Copy each new password into the integration, then revoke the old passwords.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issuing a new &quot;%1&quot; on %n site(s)…</source>
        <translation>
            <numerusform>Issuing a new &quot;%1&quot; on %n site…</numerusform>
            <numerusform>Issuing a new &quot;%1&quot; on %n sites…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Has the integration been updated with the new passwords of all %n site(s)?</source>
        <translation>
            <numerusform>Has the integration been updated with the new password of the %n site?</numerusform>
            <numerusform>Has the integration been updated with the new passwords of all %n sites?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke the new passwords on %n site(s) and keep the old ones?</source>
        <translation>
            <numerusform>Revoke the new password on %n site and keep the old one?</numerusform>
            <numerusform>Revoke the new passwords on %n sites and keep the old ones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New passwords issued on %n site(s). Copy each one below into the integration.</source>
        <translation>
            <numerusform>New password issued on %n site. Copy it below into the integration.</numerusform>
            <numerusform>New passwords issued on %n sites. Copy each one below into the integration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New passwords issued on %n site(s).</source>
        <translation>
            <numerusform>New password issued on %n site.</numerusform>
            <numerusform>New passwords issued on %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) have no such password.</source>
        <translation>
            <numerusform>%n site has no such password.</numerusform>
            <numerusform>%n sites have no such password.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) failed.</source>
        <translation>
            <numerusform>%n site failed.</numerusform>
            <numerusform>%n sites failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Old passwords revoked on %n site(s), %1 failed.</source>
        <translation>
            <numerusform>Old passwords revoked on %n site, %1 failed.</numerusform>
            <numerusform>Old passwords revoked on %n sites, %1 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-issue cancelled on %n site(s), %1 failed.</source>
        <translation>
            <numerusform>Re-issue cancelled on %n site, %1 failed.</numerusform>
            <numerusform>Re-issue cancelled on %n sites, %1 failed.</numerusform>
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
    <name>Latchkey::RotateDialog</name>
    <message numerus="yes">
        <source>Rotate Latchkey&apos;s own password on %n site(s)?</source>
        <translation>
            <numerusform>Rotate Latchkey&apos;s own password on %n site?</numerusform>
            <numerusform>Rotate Latchkey&apos;s own password on %n sites?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotated on %n site(s).</source>
        <translation>
            <numerusform>Rotated on %n site.</numerusform>
            <numerusform>Rotated on %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An interrupted rotation of Latchkey&apos;s password was settled on %n site(s). %1</source>
        <translation>
            <numerusform>An interrupted rotation of Latchkey&apos;s password was settled on %n site. %1</numerusform>
            <numerusform>An interrupted rotation of Latchkey&apos;s password was settled on %n sites. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) rotated, %1 not (see each site&apos;s line).</source>
        <translation>
            <numerusform>%n site rotated, %1 not (see each site&apos;s line).</numerusform>
            <numerusform>%n sites rotated, %1 not (see each site&apos;s line).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteDeadline</name>
    <message numerus="yes">
        <source>The site did not finish within %n second(s), so Latchkey stopped waiting for it.</source>
        <translation>
            <numerusform>The site did not finish within %n second, so Latchkey stopped waiting for it.</numerusform>
            <numerusform>The site did not finish within %n seconds, so Latchkey stopped waiting for it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteScope</name>
    <message numerus="yes">
        <source>Selected sites (%n)</source>
        <translation>
            <numerusform>Selected site (%n)</numerusform>
            <numerusform>Selected sites (%n)</numerusform>
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
