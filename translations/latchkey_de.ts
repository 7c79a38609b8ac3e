<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BulkActivity</name>
    <message numerus="yes">
        <source>%1 on %n site(s) (%2 ok, %3 failed)</source>
        <translation>
            <numerusform>%1 auf %n Website (%2 erfolgreich, %3 fehlgeschlagen)</numerusform>
            <numerusform>%1 auf %n Websites (%2 erfolgreich, %3 fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>may publish</source>
        <translation>darf veröffentlichen</translation>
    </message>
    <message>
        <source>may not publish</source>
        <translation>darf nicht veröffentlichen</translation>
    </message>
    <message>
        <source>manages users</source>
        <translation>verwaltet Benutzer</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: latchkey-cli %1</source>
        <translation>Aufruf: latchkey-cli %1</translation>
    </message>
    <message>
        <source>usage: latchkey-cli %1</source>
        <translation>Aufruf: latchkey-cli %1</translation>
    </message>
    <message>
        <source>Try &quot;latchkey-cli --help&quot;.</source>
        <translation>Versuchen Sie „latchkey-cli --help“.</translation>
    </message>
    <message>
        <source>error [%1]: %2</source>
        <translation>Fehler [%1]: %2</translation>
    </message>
    <message>
        <source>  could also be: %1</source>
        <translation>  könnte auch sein: %1</translation>
    </message>
    <message>
        <source>  what to do: %1</source>
        <translation>  was zu tun ist: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No application password was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde kein Anwendungspasswort übergeben.</translation>
    </message>
    <message>
        <source>Pipe it in, e.g. from a password manager: &quot;pass show wp/site | latchkey-cli site add …&quot;.</source>
        <translation>Leiten Sie es über eine Pipe ein, z. B. aus einem Passwortmanager: &quot;pass show wp/site | latchkey-cli site add …&quot;.</translation>
    </message>
    <message>
        <source>A user id is a positive number.</source>
        <translation>Eine Benutzer-ID ist eine positive Zahl.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>ok    %1: %2</source>
        <translation>ok    %1: %2</translation>
    </message>
    <message>
        <source>FAIL  %1: [%2] %3</source>
        <translation>FEHLER  %1: [%2] %3</translation>
    </message>
    <message>
        <source>      what to do: %1</source>
        <translation>      was zu tun ist: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>ok %1</source>
        <translation>ok %1</translation>
    </message>
    <message>
        <source>%1 received: stopping. No new site is started; work under way finishes its current step (again to quit at once).</source>
        <translation>%1 empfangen: Latchkey hält an. Keine neue Website wird begonnen; laufende Arbeit beendet ihren aktuellen Schritt (ein zweites Mal beendet sofort).</translation>
    </message>
    <message>
        <source>could not write the activity log: %1</source>
        <translation>das Aktivitätsprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted by %1: %n site(s) done (%2 ok), %3 not started.</source>
        <translation>
            <numerusform>Durch %1 unterbrochen: %n Website erledigt (%2 erfolgreich), %3 nicht begonnen.</numerusform>
            <numerusform>Durch %1 unterbrochen: %n Websites erledigt (%2 erfolgreich), %3 nicht begonnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing pending</source>
        <translation>nichts ausstehend</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>Started by D-Bus activation.</source>
        <translation>Durch D-Bus-Aktivierung gestartet.</translation>
    </message>
    <message>
        <source>A latchkey:// address from the browser (optional).</source>
        <translation>Eine latchkey://-Adresse aus dem Browser (optional).</translation>
    </message>
</context>
<context>
    <name>Latchkey::AboutDialog</name>
    <message>
        <source>About Latchkey</source>
        <translation>Über Latchkey</translation>
    </message>
    <message>
        <source>Latchkey %1</source>
        <translation>Latchkey %1</translation>
    </message>
    <message>
        <source>Manages WordPress application passwords for one site or a thousand. Passwords live in your system keychain; Latchkey never asks for a login password.</source>
        <translation>Verwaltet WordPress-Anwendungspasswörter für eine Website oder tausend. Die Passwörter liegen im Schlüsselbund Ihres Systems; Latchkey fragt nie nach einem Anmeldepasswort.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder neuer. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <source>Copy Version Info</source>
        <translation>Versionsinformationen kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Latchkey::ActivityLog</name>
    <message>
        <source>The activity log is locked by another process.</source>
        <translation>Das Aktivitätsprotokoll ist von einem anderen Prozess gesperrt.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The activity log could not be read.</source>
        <translation>Das Aktivitätsprotokoll konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The activity log is damaged.</source>
        <translation>Das Aktivitätsprotokoll ist beschädigt.</translation>
    </message>
    <message>
        <source>Move %1 away; Latchkey starts a new one.</source>
        <translation>Verschieben Sie %1 an einen anderen Ort; Latchkey beginnt dann ein neues.</translation>
    </message>
    <message>
        <source>The activity log could not be written.</source>
        <translation>Das Aktivitätsprotokoll konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Latchkey::ActivityTab</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What Latchkey did</source>
        <translation>Was Latchkey getan hat</translation>
    </message>
    <message>
        <source>Nothing yet. Passwords created or revoked, connection tests and test posts on this site will be listed here. No password is ever recorded.</source>
        <translation>Noch nichts. Erstellte oder widerrufene Passwörter, Verbindungstests und Testbeiträge auf dieser Website werden hier aufgeführt. Ein Passwort wird niemals aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>Latchkey::AddSiteDialog</name>
    <message>
        <source>&amp;Find site</source>
        <translation>Website &amp;suchen</translation>
    </message>
    <message>
        <source>Connect Latchkey to the site</source>
        <translation>Latchkey mit der Website verbinden</translation>
    </message>
    <message>
        <source>Send the password over plain &amp;HTTP to this site anyway</source>
        <translation>Das Passwort trotzdem über unverschlüsseltes &amp;HTTP an diese Website senden</translation>
    </message>
    <message>
        <source>Reconnect “%1”</source>
        <translation>„%1“ neu verbinden</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Website hinzufügen</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>Website-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Latchkey never asks for your WordPress login password. It signs in with an &lt;b&gt;application password&lt;/b&gt;: a separate password for one app that you can see, name and revoke on its own in WordPress, without changing your login, and that cannot be used to log in to wp-admin.</source>
        <translation>Latchkey fragt nie nach Ihrem WordPress-Anmeldepasswort. Es meldet sich mit einem &lt;b&gt;Anwendungspasswort&lt;/b&gt; an: einem eigenen Passwort für eine einzelne Anwendung, das Sie in WordPress einzeln sehen, benennen und widerrufen können, ohne Ihr Anmeldepasswort zu ändern, und mit dem man sich nicht bei wp-admin anmelden kann.</translation>
    </message>
    <message>
        <source>your WordPress user name</source>
        <translation>Ihr WordPress-Benutzername</translation>
    </message>
    <message>
        <source>xxxx xxxx xxxx xxxx xxxx xxxx</source>
        <translation>xxxx xxxx xxxx xxxx xxxx xxxx</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>the site&apos;s title</source>
        <translation>der Titel der Website</translation>
    </message>
    <message>
        <source>optional, e.g. Clients</source>
        <translation>optional, z. B. Kunden</translation>
    </message>
    <message>
        <source>This site does not use HTTPS. Anyone on the network between you and the site can read a password sent over plain HTTP. Allow it only for a site on your own network.</source>
        <translation>Diese Website verwendet kein HTTPS. Jeder im Netzwerk zwischen Ihnen und der Website kann ein über unverschlüsseltes HTTP gesendetes Passwort mitlesen. Erlauben Sie das nur für eine Website in Ihrem eigenen Netzwerk.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>Anwendungs&amp;passwort:</translation>
    </message>
    <message>
        <source>&amp;Name in Latchkey:</source>
        <translation>&amp;Name in Latchkey:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>Website &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Give Latchkey a new application password for this site, for example after its old one was revoked or on a new computer. The site&apos;s name, group and activity are kept.</source>
        <translation>Geben Sie Latchkey ein neues Anwendungspasswort für diese Website, zum Beispiel nachdem das alte widerrufen wurde oder auf einem neuen Computer. Name, Gruppe und Aktivität der Website bleiben erhalten.</translation>
    </message>
    <message>
        <source>Enter the address of your WordPress site. Latchkey looks at the site first and tells you what it finds.</source>
        <translation>Geben Sie die Adresse Ihrer WordPress-Website ein. Latchkey sieht sich die Website zuerst an und sagt Ihnen, was es findet.</translation>
    </message>
    <message>
        <source>Looking for WordPress…</source>
        <translation>WordPress wird gesucht …</translation>
    </message>
    <message>
        <source>✓ Found &lt;b&gt;%1&lt;/b&gt; at %2.</source>
        <translation>✓ &lt;b&gt;%1&lt;/b&gt; unter %2 gefunden.</translation>
    </message>
    <message>
        <source>✓ WordPress REST API at %1</source>
        <translation>✓ WordPress-REST-API unter %1</translation>
    </message>
    <message>
        <source>✓ Application passwords are available.</source>
        <translation>✓ Anwendungspasswörter sind verfügbar.</translation>
    </message>
    <message>
        <source>✗ Application passwords are not available on this site.</source>
        <translation>✗ Anwendungspasswörter sind auf dieser Website nicht verfügbar.</translation>
    </message>
    <message>
        <source>Or by hand: in WordPress, open &lt;a href=&quot;%1&quot;&gt;Users → Profile&lt;/a&gt;, under “Application Passwords” type “Latchkey” as the name, click “Add New Application Password”, and paste the password it shows here.</source>
        <translation>Oder von Hand: Öffnen Sie in WordPress &lt;a href=&quot;%1&quot;&gt;Benutzer → Profil&lt;/a&gt;, geben Sie unter „Anwendungspasswörter“ „Latchkey“ als Namen ein, klicken Sie auf „Neues Anwendungspasswort hinzufügen“ und fügen Sie das angezeigte Passwort hier ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Reconnected as %1 with the application password “%2”.</source>
        <translation>Als %1 mit dem Anwendungspasswort „%2“ neu verbunden.</translation>
    </message>
    <message>
        <source>Added the site as %1 with the application password “%2”.</source>
        <translation>Website als %1 mit dem Anwendungspasswort „%2“ hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Keep my address</source>
        <translation>&amp;Meine Adresse behalten</translation>
    </message>
    <message>
        <source>The site at &lt;b&gt;%1&lt;/b&gt; points to another address: &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;Latchkey sent nothing to %2. Use %2 only if it is really this site&apos;s address (a site that moved, say to www); otherwise keep your address.</source>
        <translation>Die Website unter &lt;b&gt;%1&lt;/b&gt; verweist auf eine andere Adresse: &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;Latchkey hat nichts an %2 gesendet. Verwenden Sie %2 nur, wenn das wirklich die Adresse dieser Website ist (etwa bei einer umgezogenen Website, z. B. auf www); andernfalls behalten Sie Ihre Adresse.</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>%1 ve&amp;rwenden</translation>
    </message>
    <message>
        <source>The site moved from %1 to HTTPS; Latchkey will use the HTTPS address.</source>
        <translation>Die Website ist von %1 auf HTTPS umgezogen; Latchkey verwendet die HTTPS-Adresse.</translation>
    </message>
</context>
<context>
    <name>Latchkey::AppPasswordModel</name>
    <message>
        <source>Latchkey</source>
        <translation>Latchkey</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>WordPress records this at most once a day, so it is accurate to about a day.</source>
        <translation>WordPress zeichnet dies höchstens einmal am Tag auf, es ist also auf etwa einen Tag genau.</translation>
    </message>
    <message>
        <source>WordPress records the last use at most once a day.</source>
        <translation>WordPress zeichnet die letzte Verwendung höchstens einmal am Tag auf.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used (about a day)</source>
        <translation>Zuletzt verwendet (etwa ein Tag)</translation>
    </message>
    <message>
        <source>Last IP</source>
        <translation>Letzte IP</translation>
    </message>
    <message>
        <source>%1 (used by Latchkey: %2)</source>
        <translation>%1 (von Latchkey verwendet: %2)</translation>
    </message>
    <message>
        <source>Latchkey signs in to this WordPress with this password for %1: revoking it disconnects that entry until it is reconnected.</source>
        <translation>Latchkey meldet sich mit diesem Passwort für %1 bei diesem WordPress an: Wenn Sie es widerrufen, ist dieser Eintrag getrennt, bis er neu verbunden wird.</translation>
    </message>
</context>
<context>
    <name>Latchkey::ApplicationPasswordsApi</name>
    <message>
        <source>This user already has an application password with that name (WordPress compares names without regard to case).</source>
        <translation>Dieser Benutzer hat bereits ein Anwendungspasswort mit diesem Namen (WordPress unterscheidet bei Namen nicht zwischen Groß- und Kleinschreibung).</translation>
    </message>
    <message>
        <source>That is not an application password&apos;s uuid.</source>
        <translation>Das ist nicht die UUID eines Anwendungspassworts.</translation>
    </message>
    <message>
        <source>An application password needs a name.</source>
        <translation>Ein Anwendungspasswort braucht einen Namen.</translation>
    </message>
    <message>
        <source>The application id must be a UUID, such as 0f8fad5b-d9cb-469f-a165-70867728950e.</source>
        <translation>Die Anwendungs-ID muss eine UUID sein, zum Beispiel 0f8fad5b-d9cb-469f-a165-70867728950e.</translation>
    </message>
</context>
<context>
    <name>Latchkey::ApprovalCallback</name>
    <message>
        <source>Use the address your browser was sent to after you approved Latchkey in WordPress, exactly as it was, or try again.</source>
        <translation>Verwenden Sie genau die Adresse, an die Ihr Browser geleitet wurde, nachdem Sie Latchkey in WordPress genehmigt haben, oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The address is too long to be one WordPress sent.</source>
        <translation>Die Adresse ist zu lang, um von WordPress zu stammen.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>The address holds characters a latchkey:// address never has.</source>
        <translation>Die Adresse enthält Zeichen, die in einer latchkey://-Adresse nie vorkommen.</translation>
    </message>
    <message>
        <source>This is not a latchkey:// address.</source>
        <translation>Das ist keine latchkey://-Adresse.</translation>
    </message>
    <message>
        <source>The address has a fragment (#…), which WordPress never adds.</source>
        <translation>Die Adresse hat einen Fragmentteil (#…), den WordPress nie anhängt.</translation>
    </message>
    <message>
        <source>The address has a path, user name or port, which Latchkey never asks WordPress for.</source>
        <translation>Die Adresse hat einen Pfad, Benutzernamen oder Port, nach dem Latchkey WordPress nie fragt.</translation>
    </message>
    <message>
        <source>The address is neither latchkey://authorized nor latchkey://rejected.</source>
        <translation>Die Adresse ist weder latchkey://authorized noch latchkey://rejected.</translation>
    </message>
    <message>
        <source>The address has an empty parameter.</source>
        <translation>Die Adresse hat einen leeren Parameter.</translation>
    </message>
    <message>
        <source>The address has a parameter without a value.</source>
        <translation>Die Adresse hat einen Parameter ohne Wert.</translation>
    </message>
    <message>
        <source>The address has a parameter that is not encoded correctly.</source>
        <translation>Die Adresse hat einen falsch kodierten Parameter.</translation>
    </message>
    <message>
        <source>The address repeats a parameter.</source>
        <translation>Die Adresse wiederholt einen Parameter.</translation>
    </message>
    <message>
        <source>The address has a parameter with control characters.</source>
        <translation>Die Adresse hat einen Parameter mit Steuerzeichen.</translation>
    </message>
    <message>
        <source>The address has a parameter Latchkey does not expect.</source>
        <translation>Die Adresse hat einen Parameter, den Latchkey nicht erwartet.</translation>
    </message>
    <message>
        <source>The address lacks a parameter WordPress always sends.</source>
        <translation>Der Adresse fehlt ein Parameter, den WordPress immer sendet.</translation>
    </message>
    <message>
        <source>The address&apos;s state is not one Latchkey made.</source>
        <translation>Der Status (state) der Adresse stammt nicht von Latchkey.</translation>
    </message>
    <message>
        <source>The address&apos;s site_url is not a web address.</source>
        <translation>Die site_url der Adresse ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The address&apos;s user_login is not a WordPress user name.</source>
        <translation>Der user_login der Adresse ist kein WordPress-Benutzername.</translation>
    </message>
    <message>
        <source>The address&apos;s password is not an application password.</source>
        <translation>Das Passwort in der Adresse ist kein Anwendungspasswort.</translation>
    </message>
    <message>
        <source>The address has an error WordPress never sends.</source>
        <translation>Die Adresse enthält einen Fehler, den WordPress nie sendet.</translation>
    </message>
</context>
<context>
    <name>Latchkey::ApprovalFlow</name>
    <message>
        <source>Checking that the site offers application passwords…</source>
        <translation>Es wird geprüft, ob die Website Anwendungspasswörter anbietet …</translation>
    </message>
    <message>
        <source>Waiting for you to approve Latchkey in your browser…</source>
        <translation>Warten, bis Sie Latchkey in Ihrem Browser genehmigen …</translation>
    </message>
    <message>
        <source>%1 (shown)</source>
        <translation>%1 (angezeigt)</translation>
    </message>
    <message>
        <source>Latchkey is not waiting for an approval right now.</source>
        <translation>Latchkey wartet gerade auf keine Genehmigung.</translation>
    </message>
    <message>
        <source>This address is from another attempt (an earlier try, or another computer).</source>
        <translation>Diese Adresse stammt aus einem anderen Versuch (einem früheren oder von einem anderen Computer).</translation>
    </message>
    <message>
        <source>Approve again in the browser window this attempt opened, or start again.</source>
        <translation>Genehmigen Sie erneut in dem Browserfenster, das dieser Versuch geöffnet hat, oder beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>Paste the whole address that starts with latchkey://, or the application password WordPress showed (24 letters and digits).</source>
        <translation>Fügen Sie die ganze Adresse ein, die mit latchkey:// beginnt, oder das Anwendungspasswort, das WordPress angezeigt hat (24 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>Enter the WordPress user name the password belongs to.</source>
        <translation>Geben Sie den WordPress-Benutzernamen ein, zu dem das Passwort gehört.</translation>
    </message>
    <message>
        <source>Checking the password WordPress handed over…</source>
        <translation>Das von WordPress übergebene Passwort wird geprüft …</translation>
    </message>
    <message>
        <source>Creating Latchkey&apos;s own application password…</source>
        <translation>Latchkeys eigenes Anwendungspasswort wird erstellt …</translation>
    </message>
    <message>
        <source>Revoking the password that went through the browser…</source>
        <translation>Das über den Browser übermittelte Passwort wird widerrufen …</translation>
    </message>
    <message>
        <source>You declined the connection in WordPress.</source>
        <translation>Sie haben die Verbindung in WordPress abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing was created. To connect Latchkey, try again and choose “Yes, I approve of this connection”.</source>
        <translation>Es wurde nichts erstellt. Um Latchkey zu verbinden, versuchen Sie es erneut und wählen Sie „Ja, ich genehmige diese Verbindung“.</translation>
    </message>
    <message>
        <source>the application password Latchkey asked WordPress for</source>
        <translation>das Anwendungspasswort, das Latchkey bei WordPress angefordert hat</translation>
    </message>
    <message>
        <source>the application password “%1”</source>
        <translation>das Anwendungspasswort „%1“</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>Ihren Benutzer</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>der Website</translation>
    </message>
    <message>
        <source>WordPress created %1 for %2 at %3 when you approved; Latchkey revoked it.</source>
        <translation>Bei Ihrer Genehmigung hat WordPress %1 für %2 auf %3 erstellt; Latchkey hat es widerrufen.</translation>
    </message>
    <message>
        <source>WordPress created %1 for %2 at %3 when you approved, and it is still valid: Latchkey did not revoke it. Revoke it now in that user&apos;s profile at %3 (Users → Profile → Application Passwords).</source>
        <translation>Bei Ihrer Genehmigung hat WordPress %1 für %2 auf %3 erstellt, und es ist noch gültig: Latchkey hat es nicht widerrufen. Widerrufen Sie es jetzt im Profil dieses Benutzers auf %3 (Benutzer → Profil → Anwendungspasswörter).</translation>
    </message>
    <message>
        <source>the site&apos;s address</source>
        <translation>die Adresse der Website</translation>
    </message>
    <message>
        <source>its REST API</source>
        <translation>ihre REST-API</translation>
    </message>
    <message>
        <source>its WordPress address (the index&apos;s url)</source>
        <translation>ihre WordPress-Adresse (die url des REST-Index)</translation>
    </message>
    <message>
        <source>its approval page</source>
        <translation>ihre Genehmigungsseite</translation>
    </message>
    <message>
        <source>The site at %1 sends you to another address, %2, to approve Latchkey (%3). Latchkey opened no browser and sent no password to either: a site can name another WordPress&apos;s approval page to get a password for it.</source>
        <translation>Die Website unter %1 schickt Sie zum Genehmigen von Latchkey an eine andere Adresse, %2 (%3). Latchkey hat keinen Browser geöffnet und an keine der beiden ein Passwort gesendet: Eine Website kann die Genehmigungsseite eines anderen WordPress angeben, um ein Passwort dafür zu erhalten.</translation>
    </message>
    <message>
        <source>If the site really lives at %1, add it with that address. Otherwise do not connect it: ask its administrator why it points elsewhere.</source>
        <translation>Wenn die Website wirklich unter %1 liegt, fügen Sie sie mit dieser Adresse hinzu. Andernfalls verbinden Sie sie nicht: Fragen Sie ihren Administrator, warum sie woandershin verweist.</translation>
    </message>
    <message>
        <source>WordPress answered for %1, not for %2, the site being added. Latchkey used the password it sent nowhere and connected nothing.</source>
        <translation>WordPress hat für %1 geantwortet, nicht für %2, die Website, die hinzugefügt wird. Latchkey hat das gesendete Passwort nirgends verwendet und nichts verbunden.</translation>
    </message>
    <message>
        <source>Revoke the application password “%1” of %2 at %3 (Users → Profile → Application Passwords), then add the site again with the address it really has.</source>
        <translation>Widerrufen Sie das Anwendungspasswort „%1“ von %2 auf %3 (Benutzer → Profil → Anwendungspasswörter) und fügen Sie die Website dann erneut mit ihrer tatsächlichen Adresse hinzu.</translation>
    </message>
    <message>
        <source>Latchkey sends a password only to the site it was added for, so it did not revoke this one.</source>
        <translation>Latchkey sendet ein Passwort nur an die Website, für die es hinzugefügt wurde, und hat dieses daher nicht widerrufen.</translation>
    </message>
    <message>
        <source>WordPress showed “Cannot Authorize Application”: application passwords are not available to your user on this site, or the site sits behind HTTP Basic authentication. Nothing was created.</source>
        <translation>WordPress hat „Anwendung kann nicht autorisiert werden“ angezeigt: Anwendungspasswörter stehen Ihrem Benutzer auf dieser Website nicht zur Verfügung, oder die Website liegt hinter einer HTTP-Basic-Authentifizierung. Es wurde nichts erstellt.</translation>
    </message>
    <message>
        <source>Ask the site&apos;s administrator to allow application passwords for your user (a security plugin or the site&apos;s configuration may turn them off), or sign in to WordPress as another user and try again.</source>
        <translation>Bitten Sie den Administrator der Website, Anwendungspasswörter für Ihren Benutzer zu erlauben (ein Sicherheits-Plugin oder die Konfiguration der Website kann sie abschalten), oder melden Sie sich als anderer Benutzer bei WordPress an und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Latchkey::ApprovalInbox</name>
    <message>
        <source>Latchkey received an address it cannot use: %1</source>
        <translation>Latchkey hat eine Adresse erhalten, die es nicht verwenden kann: %1</translation>
    </message>
    <message>
        <source>Latchkey received an application password from WordPress that no attempt is waiting for (an earlier try, or one Latchkey did not start), for user %1 at %2. Latchkey used it nowhere and did not revoke it. If you did not mean to connect that site now, revoke it in that user&apos;s profile at %2 (Users → Profile → Application Passwords): Latchkey&apos;s passwords are named “%3 …”.</source>
        <translation>Latchkey hat von WordPress ein Anwendungspasswort für den Benutzer %1 auf %2 erhalten, auf das kein Versuch wartet (ein früherer Versuch oder einer, den Latchkey nicht gestartet hat). Latchkey hat es nirgends verwendet und nicht widerrufen. Wenn Sie diese Website jetzt nicht verbinden wollten, widerrufen Sie es im Profil dieses Benutzers auf %2 (Benutzer → Profil → Anwendungspasswörter): Die Passwörter von Latchkey heißen „%3 …“.</translation>
    </message>
    <message>
        <source>Latchkey received an answer from WordPress for an attempt that is no longer waiting (an earlier try, or one Latchkey did not start); nothing was changed.</source>
        <translation>Latchkey hat von WordPress eine Antwort für einen Versuch erhalten, der nicht mehr wartet (ein früherer Versuch oder einer, den Latchkey nicht gestartet hat); es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Latchkey::AuditModel</name>
    <message>
        <source>Could not audit: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie verwendet</translation>
    </message>
    <message numerus="yes">
        <source>unused for more than %n day(s)</source>
        <translation>
            <numerusform>seit mehr als %n Tag unbenutzt</numerusform>
            <numerusform>seit mehr als %n Tagen unbenutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate name</source>
        <translation>doppelter Name</translation>
    </message>
    <message>
        <source>Latchkey&apos;s own</source>
        <translation>Latchkeys eigenes</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>App ID: %1</source>
        <translation>App-ID: %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Last IP</source>
        <translation>Letzte IP</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Latchkey::AuditRevokeTask</name>
    <message numerus="yes">
        <source>Revoked %n password(s).</source>
        <translation>
            <numerusform>%n Passwort widerrufen.</numerusform>
            <numerusform>%n Passwörter widerrufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::AuditTask</name>
    <message numerus="yes">
        <source>%n password(s), %1 stale, users: %2</source>
        <translation>
            <numerusform>%n Passwort, %1 veraltet, Benutzer: %2</numerusform>
            <numerusform>%n Passwörter, %1 veraltet, Benutzer: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
</context>
<context>
    <name>Latchkey::BrowserApprovalPanel</name>
    <message>
        <source>Connect with your &amp;browser</source>
        <translation>Mit Ihrem Bro&amp;wser verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open the page &amp;again</source>
        <translation>Seite &amp;erneut öffnen</translation>
    </message>
    <message>
        <source>Let WordPress &amp;show the password instead</source>
        <translation>WordPress das Passwort stattdessen an&amp;zeigen lassen</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Opens your site&apos;s “Authorize Application” page in your browser. You log in there as usual (with two-factor authentication if you use it) and approve Latchkey; no password is shown or typed.</source>
        <translation>Öffnet die Seite „Anwendung autorisieren“ Ihrer Website im Browser. Sie melden sich dort wie gewohnt an (mit Zwei-Faktor-Authentifizierung, falls Sie sie nutzen) und genehmigen Latchkey; kein Passwort wird angezeigt oder eingetippt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In your browser&lt;/b&gt;, log in to WordPress if asked and click “Yes, I approve of this connection”. Your browser may ask whether to open Latchkey: allow it.&lt;br&gt;If the page says “Cannot Authorize Application” (for example because the site is protected with HTTP Basic authentication) or “Each application name should be unique”, nothing was created: close it and use the other way below or try again.</source>
        <translation>&lt;b&gt;Melden Sie sich in Ihrem Browser&lt;/b&gt; bei Bedarf bei WordPress an und klicken Sie auf „Ja, ich genehmige diese Verbindung“. Ihr Browser fragt vielleicht, ob Latchkey geöffnet werden soll: Erlauben Sie es.&lt;br&gt;Wenn die Seite „Anwendung kann nicht autorisiert werden“ meldet (zum Beispiel, weil die Website mit HTTP-Basic-Authentifizierung geschützt ist) oder „Jeder Anwendungsname sollte eindeutig sein“, wurde nichts erstellt: Schließen Sie sie und nutzen Sie den anderen Weg unten oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Starts a new attempt (the old page no longer works).</source>
        <translation>Startet einen neuen Versuch (die alte Seite funktioniert nicht mehr).</translation>
    </message>
    <message>
        <source>Opens the approval page without sending the answer back: WordPress then shows the new password, to paste below.</source>
        <translation>Öffnet die Genehmigungsseite, ohne die Antwort zurückzusenden: WordPress zeigt dann das neue Passwort an, das Sie unten einfügen.</translation>
    </message>
    <message>
        <source>Your browser did not come back? Paste the address it ended on (it starts with latchkey://), or the password WordPress showed:</source>
        <translation>Ihr Browser ist nicht zurückgekehrt? Fügen Sie die Adresse ein, bei der er gelandet ist (sie beginnt mit latchkey://), oder das Passwort, das WordPress angezeigt hat:</translation>
    </message>
    <message>
        <source>latchkey://authorized?… or xxxx xxxx xxxx xxxx xxxx xxxx</source>
        <translation>latchkey://authorized?… oder xxxx xxxx xxxx xxxx xxxx xxxx</translation>
    </message>
    <message>
        <source>Latchkey could not open your browser. Open this page yourself and approve there: %1</source>
        <translation>Latchkey konnte Ihren Browser nicht öffnen. Öffnen Sie diese Seite selbst und genehmigen Sie dort: %1</translation>
    </message>
    <message>
        <source>Your browser has not come back to Latchkey yet. If you approved and nothing happened, your desktop may not pass latchkey:// links to Latchkey: paste the address your browser ended on, let WordPress show the password instead, or open the page again.</source>
        <translation>Ihr Browser ist noch nicht zu Latchkey zurückgekehrt. Wenn Sie genehmigt haben und nichts passiert ist, leitet Ihre Arbeitsumgebung latchkey://-Links vielleicht nicht an Latchkey weiter: Fügen Sie die Adresse ein, bei der Ihr Browser gelandet ist, lassen Sie WordPress das Passwort stattdessen anzeigen oder öffnen Sie die Seite erneut.</translation>
    </message>
    <message>
        <source>Still waiting for this attempt: approve in the browser page Latchkey opened last.</source>
        <translation>Dieser Versuch wartet noch: Genehmigen Sie auf der Browserseite, die Latchkey zuletzt geöffnet hat.</translation>
    </message>
    <message>
        <source>Latchkey created the application password “%1” for %2, but could not keep it in the system keychain. It is shown only here: copy it now, and paste it with the user name when the keychain works again (or revoke it in WordPress).</source>
        <translation>Latchkey hat das Anwendungspasswort „%1“ für %2 erstellt, konnte es aber nicht im Systemschlüsselbund ablegen. Es wird nur hier angezeigt: Kopieren Sie es jetzt und fügen Sie es mit dem Benutzernamen ein, sobald der Schlüsselbund wieder funktioniert (oder widerrufen Sie es in WordPress).</translation>
    </message>
    <message>
        <source>Connected. Latchkey created its own application password “%1”.</source>
        <translation>Verbunden. Latchkey hat sein eigenes Anwendungspasswort „%1“ erstellt.</translation>
    </message>
    <message>
        <source>An Application Password Is Still Valid</source>
        <translation>Ein Anwendungspasswort ist noch gültig</translation>
    </message>
</context>
<context>
    <name>Latchkey::BulkRevokeDialog</name>
    <message>
        <source>will be revoked</source>
        <translation>wird widerrufen</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>bereits entfernt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>kept: Latchkey&apos;s own password here (rotate it instead)</source>
        <translation>behalten: Latchkeys eigenes Passwort hier (stattdessen erneuern)</translation>
    </message>
    <message>
        <source>Every user&apos;s passwords (where Latchkey&apos;s user is an administrator)</source>
        <translation>Die Passwörter aller Benutzer (wo Latchkeys Benutzer Administrator ist)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Revoke across sites</source>
        <translation>Über mehrere Websites widerrufen</translation>
    </message>
    <message>
        <source>Name is exactly</source>
        <translation>Name ist genau</translation>
    </message>
    <message>
        <source>Name matches pattern (* and ?)</source>
        <translation>Name passt zum Muster (* und ?)</translation>
    </message>
    <message>
        <source>App ID is</source>
        <translation>App-ID ist</translation>
    </message>
    <message>
        <source>e.g. Zapier, zap-*, or the integration&apos;s app ID</source>
        <translation>z. B. Zapier, zap-* oder die App-ID der Integration</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What happened on each site appears here.</source>
        <translation>Was auf jeder Website geschieht, erscheint hier.</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>Web&amp;sites:</translation>
    </message>
    <message>
        <source>&amp;Passwords:</source>
        <translation>&amp;Passwörter:</translation>
    </message>
    <message numerus="yes">
        <source>Preview on %n site(s): %1</source>
        <translation>
            <numerusform>Vorschau auf %n Website: %1</numerusform>
            <numerusform>Vorschau auf %n Websites: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke application passwords</source>
        <translation>Anwendungspasswörter widerrufen</translation>
    </message>
    <message>
        <source>Exactly the passwords listed are revoked; anything using them stops working at once. This cannot be undone.</source>
        <translation>Genau die aufgeführten Passwörter werden widerrufen; alles, was sie verwendet, funktioniert sofort nicht mehr. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n</source>
        <translation>
            <numerusform>%n widerrufen</numerusform>
            <numerusform>%n widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n password(s)…</source>
        <translation>
            <numerusform>%n Passwort wird widerrufen …</numerusform>
            <numerusform>%n Passwörter werden widerrufen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for matching passwords…</source>
        <translation>Passende Passwörter werden gesucht …</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Wird widerrufen …</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: ✗ %2 [%3]</source>
        <translation>%1: ✗ %2 [%3]</translation>
    </message>
    <message>
        <source>No matching password found. Nothing would be revoked.</source>
        <translation>Kein passendes Passwort gefunden. Es würde nichts widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) could not be searched (see the log).</source>
        <translation>
            <numerusform>%n Website konnte nicht durchsucht werden (siehe Protokoll).</numerusform>
            <numerusform>%n Websites konnten nicht durchsucht werden (siehe Protokoll).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke these %n</source>
        <translation>
            <numerusform>Dieses widerrufen</numerusform>
            <numerusform>Diese %n widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n password(s).</source>
        <translation>
            <numerusform>%n Passwort widerrufen.</numerusform>
            <numerusform>%n Passwörter widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n application password(s)?</source>
        <translation>
            <numerusform>%n Anwendungspasswort widerrufen?</numerusform>
            <numerusform>%n Anwendungspasswörter widerrufen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) affected.</source>
        <translation>
            <numerusform>%n Website betroffen.</numerusform>
            <numerusform>%n Websites betroffen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) would be revoked.</source>
        <translation>
            <numerusform>%n Passwort würde widerrufen.</numerusform>
            <numerusform>%n Passwörter würden widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) could not be revoked.</source>
        <translation>
            <numerusform>%n Passwort konnte nicht widerrufen werden.</numerusform>
            <numerusform>%n Passwörter konnten nicht widerrufen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) failed.</source>
        <translation>
            <numerusform>%n Website fehlgeschlagen.</numerusform>
            <numerusform>%n Websites fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>See the log for details.</source>
        <translation>Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Revoke across sites (passwords %1)</source>
        <translation>Über mehrere Websites widerrufen (Passwörter %1)</translation>
    </message>
</context>
<context>
    <name>Latchkey::BulkRunner</name>
    <message>
        <source>Not started: the run was cancelled.</source>
        <translation>Nicht gestartet: Der Durchlauf wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Latchkey::BusyBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Latchkey::CertificateInfo</name>
    <message>
        <source>subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>valid: %1 to %2</source>
        <translation>gültig: %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>errors: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Latchkey::CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by your system. If this is your own staging site with a self-signed certificate, compare the SHA-256 fingerprint below with the one on the server before you trust it. Latchkey then accepts exactly this certificate for this site only; if it changes, you will be asked again.</source>
        <translation>Ihr System vertraut dem Zertifikat von %1 nicht. Wenn dies Ihre eigene Staging-Website mit einem selbst signierten Zertifikat ist, vergleichen Sie den SHA-256-Fingerabdruck unten mit dem auf dem Server, bevor Sie ihm vertrauen. Latchkey akzeptiert dann genau dieses Zertifikat, nur für diese Website; ändert es sich, werden Sie erneut gefragt.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation>Diesem Zertifikat für %1 vertrauen</translation>
    </message>
</context>
<context>
    <name>Latchkey::CheckCommands</name>
    <message>
        <source>Check every site.</source>
        <translation>Jede Website prüfen.</translation>
    </message>
    <message>
        <source>Sites to check: all, group:NAME, tag:NAME or a comma-separated list.</source>
        <translation>Zu prüfende Websites: all, group:NAME, tag:NAME oder eine kommagetrennte Liste.</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Ein einziges JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Sites checked at once (default 4).</source>
        <translation>Gleichzeitig geprüfte Websites (Standard: 4).</translation>
    </message>
    <message>
        <source>Give up on a site after this many seconds.</source>
        <translation>Eine Website nach so vielen Sekunden aufgeben.</translation>
    </message>
    <message>
        <source>Print a diagnosis report per site (secrets redacted).</source>
        <translation>Einen Diagnosebericht pro Website ausgeben (Geheimnisse unkenntlich gemacht).</translation>
    </message>
    <message>
        <source>Sites by name, id or URL, or group:NAME, tag:NAME.</source>
        <translation>Websites nach Name, ID oder URL, oder group:NAME, tag:NAME.</translation>
    </message>
    <message>
        <source>name the sites to check, or --all, or --sites SELECTOR</source>
        <translation>nennen Sie die zu prüfenden Websites, oder --all, oder --sites AUSWAHL</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to %1</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>choose --json or --report</source>
        <translation>wählen Sie --json oder --report</translation>
    </message>
    <message>
        <source>No sites to check.</source>
        <translation>Keine Websites zu prüfen.</translation>
    </message>
    <message>
        <source>ok    %1 (%2): %3 (%4)</source>
        <translation>ok    %1 (%2): %3 (%4)</translation>
    </message>
    <message>
        <source>FAIL  %1 (%2): [%3] %4</source>
        <translation>FEHLER  %1 (%2): [%3] %4</translation>
    </message>
    <message>
        <source>      could also be: %1</source>
        <translation>      könnte auch sein: %1</translation>
    </message>
    <message>
        <source>      what to do: %1</source>
        <translation>      was zu tun ist: %1</translation>
    </message>
    <message>
        <source>could not record the results: %1</source>
        <translation>die Ergebnisse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>draft (default) or publish.</source>
        <translation>draft (Standard) oder publish.</translation>
    </message>
    <message>
        <source>Keep the post afterwards.</source>
        <translation>Den Beitrag danach behalten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Name, id or URL of the site.</source>
        <translation>Name, ID oder URL der Website.</translation>
    </message>
    <message>
        <source>--status takes draft or publish</source>
        <translation>--status erwartet draft oder publish</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Created post %1 (%2), read it back and deleted it.</source>
        <translation>Beitrag %1 (%2) erstellt, zurückgelesen und gelöscht.</translation>
    </message>
    <message>
        <source>Created post %1 (%2) and read it back; kept at %3.</source>
        <translation>Beitrag %1 (%2) erstellt und zurückgelesen; behalten unter %3.</translation>
    </message>
</context>
<context>
    <name>Latchkey::CheckRunner</name>
    <message>
        <source>Tested the connection: everything works.</source>
        <translation>Verbindung getestet: Alles funktioniert.</translation>
    </message>
    <message>
        <source>Tested the connection: %1 [%2]</source>
        <translation>Verbindung getestet: %1 [%2]</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Connection test (retry)</source>
        <translation>Verbindungstest (Wiederholung)</translation>
    </message>
</context>
<context>
    <name>Latchkey::Cli</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>latchkey-cli: manage WordPress application passwords from scripts and cron.

Usage:
  %1
  %2
  %3
  %4

SITE is a site&apos;s name, id or URL. Passwords are read from standard input and kept in the system keychain; they are never accepted as arguments.
Exit status: 0 success, 1 the operation failed (the problem code is on stderr or in the JSON), 2 usage error, 130/143 a command over many sites was stopped by Ctrl-C (SIGINT) or SIGTERM after what was under way reached a safe point.
Every command that talks to a site takes --timeout SECONDS: the most time one site gets for the whole command (default %5); a site that has not finished by then ends with the problem &quot;timeout&quot;.
Run &quot;latchkey-cli COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>latchkey-cli: WordPress-Anwendungspasswörter aus Skripten und Cron verwalten.

Aufruf:
  %1
  %2
  %3
  %4

SITE ist der Name, die ID oder die URL einer Website. Passwörter werden von der Standardeingabe gelesen und im Systemschlüsselbund abgelegt; als Argumente werden sie nie angenommen.
Exit-Status: 0 Erfolg, 1 der Vorgang ist fehlgeschlagen (der Problemcode steht auf stderr oder im JSON), 2 Aufruffehler, 130/143 ein Befehl über viele Websites wurde durch Strg+C (SIGINT) oder SIGTERM angehalten, nachdem die laufende Arbeit einen sicheren Punkt erreicht hatte.
Jeder Befehl, der mit einer Website kommuniziert, akzeptiert --timeout SECONDS: die längste Zeit, die eine Website für den ganzen Befehl erhält (Standard: %5); eine Website, die bis dahin nicht fertig ist, endet mit dem Problem „timeout“.
Mit „latchkey-cli BEFEHL --help“ sehen Sie die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from %1 to %2</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>Latchkey::ConnectionCheck</name>
    <message>
        <source>The site accepts this application password.</source>
        <translation>Die Website akzeptiert dieses Anwendungspasswort.</translation>
    </message>
    <message>
        <source>the check did not finish within %1 s</source>
        <translation>die Prüfung wurde nicht innerhalb von %1 s abgeschlossen</translation>
    </message>
    <message>
        <source>REST API found at %1</source>
        <translation>REST-API unter %1 gefunden</translation>
    </message>
    <message>
        <source>A user name and an application password are needed to check the connection.</source>
        <translation>Zum Prüfen der Verbindung werden ein Benutzername und ein Anwendungspasswort benötigt.</translation>
    </message>
    <message>
        <source>Signed in as %1 (user %2)</source>
        <translation>Angemeldet als %1 (Benutzer %2)</translation>
    </message>
    <message>
        <source>WordPress says the application password is wrong (it may have been revoked).</source>
        <translation>WordPress meldet, dass das Anwendungspasswort falsch ist (es wurde vielleicht widerrufen).</translation>
    </message>
    <message>
        <source>WordPress does not know this user name.</source>
        <translation>WordPress kennt diesen Benutzernamen nicht.</translation>
    </message>
    <message>
        <source>XML-RPC cross-check not run</source>
        <translation>XML-RPC-Gegenprobe nicht ausgeführt</translation>
    </message>
    <message>
        <source>To tell these apart: create a new application password (Users &gt; Profile &gt; Application Passwords) and check again at once. If a brand-new password fails too, the Authorization header is being removed; if the Application Passwords section is missing from the user&apos;s profile, they are turned off for this user.</source>
        <translation>Um das zu unterscheiden: Erstellen Sie ein neues Anwendungspasswort (Benutzer &gt; Profil &gt; Anwendungspasswörter) und prüfen Sie sofort erneut. Schlägt auch ein ganz neues Passwort fehl, wird der Authorization-Header entfernt; fehlt der Abschnitt „Anwendungspasswörter“ im Profil des Benutzers, sind sie für diesen Benutzer abgeschaltet.</translation>
    </message>
    <message>
        <source>This password was created moments ago.</source>
        <translation>Dieses Passwort wurde gerade eben erstellt.</translation>
    </message>
    <message>
        <source>This password worked in a check minutes ago.</source>
        <translation>Dieses Passwort hat vor wenigen Minuten bei einer Prüfung funktioniert.</translation>
    </message>
    <message>
        <source>The server removes the Authorization header before WordPress sees it: the same application password works through WordPress&apos;s XML-RPC interface (sent in the request body), but the REST API received no credentials and treated the request as anonymous.</source>
        <translation>Der Server entfernt den Authorization-Header, bevor WordPress ihn sieht: Dasselbe Anwendungspasswort funktioniert über die XML-RPC-Schnittstelle von WordPress (im Anfragetext gesendet), aber die REST-API hat keine Zugangsdaten erhalten und die Anfrage als anonym behandelt.</translation>
    </message>
    <message>
        <source>A password created moments ago is refused by both the REST API and XML-RPC: most likely application passwords are turned off for this user (a plugin or custom code can do that per user or role).</source>
        <translation>Ein gerade erstelltes Passwort wird sowohl von der REST-API als auch von XML-RPC abgelehnt: Höchstwahrscheinlich sind Anwendungspasswörter für diesen Benutzer abgeschaltet (ein Plugin oder eigener Code kann das pro Benutzer oder Rolle tun).</translation>
    </message>
    <message>
        <source>WordPress refuses this application password, through the REST API and through XML-RPC: it is wrong or was revoked, or application passwords are turned off for this user. </source>
        <translation>WordPress lehnt dieses Anwendungspasswort über die REST-API und über XML-RPC ab: Es ist falsch oder wurde widerrufen, oder Anwendungspasswörter sind für diesen Benutzer abgeschaltet. </translation>
    </message>
    <message>
        <source>Yet WordPress treated the request as anonymous (rest_not_logged_in), which is what happens when the server removes the Authorization header. Application passwords turned off for this user, or a password revoked since, answer the same way. </source>
        <translation>Trotzdem hat WordPress die Anfrage als anonym behandelt (rest_not_logged_in), was passiert, wenn der Server den Authorization-Header entfernt. Für diesen Benutzer abgeschaltete Anwendungspasswörter oder ein inzwischen widerrufenes Passwort führen zur selben Antwort. </translation>
    </message>
    <message>
        <source>WordPress treated the request as anonymous (rest_not_logged_in). A wrong or revoked application password, application passwords turned off for this user, and a server that removes the Authorization header all look the same on this site. </source>
        <translation>WordPress hat die Anfrage als anonym behandelt (rest_not_logged_in). Ein falsches oder widerrufenes Anwendungspasswort, für diesen Benutzer abgeschaltete Anwendungspasswörter und ein Server, der den Authorization-Header entfernt, sehen auf dieser Website alle gleich aus. </translation>
    </message>
    <message>
        <source>Application password &quot;%1&quot; (%2)</source>
        <translation>Anwendungspasswort &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>WordPress did not list the user&apos;s capabilities.</source>
        <translation>WordPress hat die Berechtigungen des Benutzers nicht aufgeführt.</translation>
    </message>
</context>
<context>
    <name>Latchkey::ConnectionTab</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>&amp;Bericht kopieren</translation>
    </message>
    <message>
        <source>View &amp;certificate…</source>
        <translation>&amp;Zertifikat anzeigen …</translation>
    </message>
    <message>
        <source>&amp;Use that address</source>
        <translation>Diese Adresse &amp;verwenden</translation>
    </message>
    <message>
        <source>Copy a plain-text diagnosis to send to your host: steps, codes, versions and headers, without any password</source>
        <translation>Eine Diagnose als reinen Text kopieren, um sie Ihrem Hoster zu senden: Schritte, Codes, Versionen und Header, ohne jedes Passwort</translation>
    </message>
    <message>
        <source>Show the site&apos;s certificate and decide whether to trust it for this site</source>
        <translation>Das Zertifikat der Website anzeigen und entscheiden, ob ihm für diese Website vertraut wird</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Die Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>Not tested yet. Press “Test connection” (F5) to check that Latchkey can reach %1 and sign in.</source>
        <translation>Noch nicht getestet. Drücken Sie „Verbindung testen“ (F5), um zu prüfen, ob Latchkey %1 erreichen und sich anmelden kann.</translation>
    </message>
    <message>
        <source>Worked when last tested, %1.</source>
        <translation>Hat beim letzten Test funktioniert, %1.</translation>
    </message>
    <message>
        <source>Failed when last tested, %1: %2</source>
        <translation>Beim letzten Test fehlgeschlagen, %1: %2</translation>
    </message>
    <message>
        <source>Test again to see each step.</source>
        <translation>Testen Sie erneut, um jeden Schritt zu sehen.</translation>
    </message>
    <message>
        <source>✓ Latchkey can reach %1 and sign in.</source>
        <translation>✓ Latchkey kann %1 erreichen und sich anmelden.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>✗ The connection test failed.</source>
        <translation>✗ Der Verbindungstest ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>publish posts</source>
        <translation>Beiträge veröffentlichen</translation>
    </message>
    <message>
        <source>write posts (not publish)</source>
        <translation>Beiträge schreiben (nicht veröffentlichen)</translation>
    </message>
    <message>
        <source>manage other users&apos; passwords</source>
        <translation>die Passwörter anderer Benutzer verwalten</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), roles: %3. May %4.</source>
        <translation>Angemeldet als %1 (%2), Rollen: %3. Darf %4.</translation>
    </message>
    <message>
        <source>only read</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
    <message>
        <source>Report copied ✓</source>
        <translation>Bericht kopiert ✓</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Trusted the certificate with SHA-256 %1 for this site.</source>
        <translation>Dem Zertifikat mit SHA-256 %1 wird für diese Website vertraut.</translation>
    </message>
    <message>
        <source>Use the new address</source>
        <translation>Die neue Adresse verwenden</translation>
    </message>
    <message>
        <source>Now uses the address %1.</source>
        <translation>Verwendet jetzt die Adresse %1.</translation>
    </message>
    <message>
        <source>The site at %1 points to %2; Latchkey sent nothing there. Use %2 if it is really this site&apos;s address (Latchkey first checks that the stored password signs in there as the same user).</source>
        <translation>Die Website unter %1 verweist auf %2; Latchkey hat nichts dorthin gesendet. Verwenden Sie %2, wenn das wirklich die Adresse dieser Website ist (Latchkey prüft zuerst, ob sich das gespeicherte Passwort dort als derselbe Benutzer anmeldet).</translation>
    </message>
</context>
<context>
    <name>Latchkey::CreatePasswordDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>New application password</source>
        <translation>Neues Anwendungspasswort</translation>
    </message>
    <message>
        <source>A new application password for &lt;b&gt;%1&lt;/b&gt;. Give it the name of the app or service that will use it, so you know later what stops working if you revoke it.</source>
        <translation>Ein neues Anwendungspasswort für &lt;b&gt;%1&lt;/b&gt;. Geben Sie ihm den Namen der Anwendung oder des Dienstes, der es verwenden wird, damit Sie später wissen, was nicht mehr funktioniert, wenn Sie es widerrufen.</translation>
    </message>
    <message>
        <source>e.g. Backup plugin, Zapier, Mobile app</source>
        <translation>z. B. Backup-Plugin, Zapier, Mobile App</translation>
    </message>
    <message>
        <source>optional, e.g. 3f1c2a7e-5b8d-4c6a-9e21-7d4b0c8a5f13</source>
        <translation>optional, z. B. 3f1c2a7e-5b8d-4c6a-9e21-7d4b0c8a5f13</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;App id:</source>
        <translation>&amp;App-ID:</translation>
    </message>
    <message>
        <source>Creating the password on the site…</source>
        <translation>Das Passwort wird auf der Website erstellt …</translation>
    </message>
    <message>
        <source>The app id must be a UUID or left empty.</source>
        <translation>Die App-ID muss eine UUID sein oder leer bleiben.</translation>
    </message>
    <message>
        <source>Leave it empty unless the application told you its id.</source>
        <translation>Lassen Sie sie leer, es sei denn, die Anwendung hat Ihnen ihre ID genannt.</translation>
    </message>
</context>
<context>
    <name>Latchkey::CredentialOrigin</name>
    <message>
        <source>If %1 is really this site&apos;s address, use it: add the site with %1, or change the saved site&apos;s address to it (Latchkey first checks that the password works there). Otherwise ask the site&apos;s host why it points there.</source>
        <translation>Wenn %1 wirklich die Adresse dieser Website ist, verwenden Sie sie: Fügen Sie die Website mit %1 hinzu oder ändern Sie die Adresse der gespeicherten Website darauf (Latchkey prüft zuerst, ob das Passwort dort funktioniert). Andernfalls fragen Sie den Hoster der Website, warum sie dorthin verweist.</translation>
    </message>
    <message>
        <source>The site at %1 points to another address, %2 (a redirect or a link to its REST API). Latchkey sent no password to %2.</source>
        <translation>Die Website unter %1 verweist auf eine andere Adresse, %2 (eine Weiterleitung oder ein Link auf ihre REST-API). Latchkey hat kein Passwort an %2 gesendet.</translation>
    </message>
    <message>
        <source>the password of %1 is only sent to %1, not to %2</source>
        <translation>das Passwort von %1 wird nur an %1 gesendet, nicht an %2</translation>
    </message>
    <message>
        <source>%1 is plain HTTP to another computer</source>
        <translation>%1 ist unverschlüsseltes HTTP zu einem anderen Computer</translation>
    </message>
</context>
<context>
    <name>Latchkey::Csv</name>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>Quote the whole field and double any quote inside it.</source>
        <translation>Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie jedes Anführungszeichen darin.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field never ends.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen endet nie.</translation>
    </message>
    <message>
        <source>Close the quote, and double any quote inside the field.</source>
        <translation>Schließen Sie das Anführungszeichen und verdoppeln Sie jedes Anführungszeichen im Feld.</translation>
    </message>
</context>
<context>
    <name>Latchkey::DBusApplicationHost</name>
    <message>
        <source>No D-Bus session bus: %1</source>
        <translation>Kein D-Bus-Sitzungsbus: %1</translation>
    </message>
    <message>
        <source>Cannot register %1 on the session bus.</source>
        <translation>%1 kann nicht am Sitzungsbus angemeldet werden.</translation>
    </message>
    <message>
        <source>The name %1 is taken on the session bus: %2</source>
        <translation>Der Name %1 ist am Sitzungsbus bereits vergeben: %2</translation>
    </message>
</context>
<context>
    <name>Latchkey::DesktopIntegration</name>
    <message>
        <source>Revoke an unused application password</source>
        <translation>Ein unbenutztes Anwendungspasswort widerrufen</translation>
    </message>
</context>
<context>
    <name>Latchkey::DiagnosisReport</name>
    <message>
        <source>Latchkey connection report</source>
        <translation>Latchkey-Verbindungsbericht</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Versions:  %1</source>
        <translation>Versionen: %1</translation>
    </message>
    <message>
        <source>Site:      %1 %2</source>
        <translation>Website:   %1 %2</translation>
    </message>
    <message>
        <source>User:      %1</source>
        <translation>Benutzer:  %1</translation>
    </message>
    <message>
        <source>WordPress: %1</source>
        <translation>WordPress: %1</translation>
    </message>
    <message>
        <source>version not shown by the site</source>
        <translation>Version von der Website nicht angezeigt</translation>
    </message>
    <message>
        <source>REST API:  %1%2</source>
        <translation>REST-API:  %1%2</translation>
    </message>
    <message>
        <source> (plain permalinks)</source>
        <translation> (einfache Permalinks)</translation>
    </message>
    <message>
        <source>Application passwords: %1</source>
        <translation>Anwendungspasswörter: %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Result: OK - the site accepts this application password.</source>
        <translation>Ergebnis: OK – die Website akzeptiert dieses Anwendungspasswort.</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>Result: FAILED [%1]</source>
        <translation>Ergebnis: FEHLGESCHLAGEN [%1]</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Was passiert ist: %1</translation>
    </message>
    <message>
        <source>Could also be: %1</source>
        <translation>Könnte auch sein: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>WordPress code %1</source>
        <translation>WordPress-Code %1</translation>
    </message>
    <message>
        <source>The site now answers at: %1</source>
        <translation>Die Website antwortet jetzt unter: %1</translation>
    </message>
    <message>
        <source>Cross-check: %1</source>
        <translation>Gegenprobe: %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>HTTP requests (credentials, cookies and secrets left out):</source>
        <translation>HTTP-Anfragen (ohne Zugangsdaten, Cookies und Geheimnisse):</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>, with credentials</source>
        <translation>, mit Zugangsdaten</translation>
    </message>
    <message>
        <source>, anonymous</source>
        <translation>, anonym</translation>
    </message>
    <message>
        <source>      final address: %1</source>
        <translation>      endgültige Adresse: %1</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>TLS-Zertifikat:</translation>
    </message>
</context>
<context>
    <name>Latchkey::EditSiteDialog</name>
    <message>
        <source>Allow sending the password over plain &amp;HTTP</source>
        <translation>Senden des Passworts über unverschlüsseltes &amp;HTTP erlauben</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Over plain HTTP anyone on the network between you and the site can read the application password. Latchkey sends it to sites on this computer anyway; for any other site, allow it only on a network you control.</source>
        <translation>Über unverschlüsseltes HTTP kann jeder im Netzwerk zwischen Ihnen und der Website das Anwendungspasswort mitlesen. An Websites auf diesem Computer sendet Latchkey es trotzdem; für jede andere Website erlauben Sie es nur in einem Netzwerk, das Sie kontrollieren.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source> (to change the user, use Reconnect)</source>
        <translation> (um den Benutzer zu ändern, verwenden Sie „Neu verbinden“)</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>Eine Website braucht einen Namen.</translation>
    </message>
    <message>
        <source>name “%1”</source>
        <translation>Name „%1“</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>group “%1”</source>
        <translation>Gruppe „%1“</translation>
    </message>
    <message>
        <source>plain HTTP allowed</source>
        <translation>unverschlüsseltes HTTP erlaubt</translation>
    </message>
    <message>
        <source>plain HTTP no longer allowed</source>
        <translation>unverschlüsseltes HTTP nicht mehr erlaubt</translation>
    </message>
    <message>
        <source>Changed the site: %1.</source>
        <translation>Website geändert: %1.</translation>
    </message>
    <message>
        <source>Checking the password at the new address…</source>
        <translation>Das Passwort wird unter der neuen Adresse geprüft …</translation>
    </message>
</context>
<context>
    <name>Latchkey::FleetCheck</name>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>no answer within the time limit</source>
        <translation>keine Antwort innerhalb der Zeitgrenze</translation>
    </message>
    <message>
        <source>Signed in as %1 (user %2)</source>
        <translation>Angemeldet als %1 (Benutzer %2)</translation>
    </message>
    <message>
        <source>Application password &quot;%1&quot; (%2)</source>
        <translation>Anwendungspasswort &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>Implied: %1 answered authenticated requests, so discovery was skipped.</source>
        <translation>Abgeleitet: %1 hat authentifizierte Anfragen beantwortet, daher wurde die Erkennung übersprungen.</translation>
    </message>
</context>
<context>
    <name>Latchkey::FleetCommands</name>
    <message>
        <source>usage: latchkey-cli %1</source>
        <translation>Aufruf: latchkey-cli %1</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to %1</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>%1/%2 done, about %3 left</source>
        <translation>%1/%2 erledigt, noch etwa %3</translation>
    </message>
    <message>
        <source>Check each connection (network) before saving.</source>
        <translation>Jede Verbindung vor dem Speichern prüfen (Netzwerk).</translation>
    </message>
    <message>
        <source>Show what would be imported; change nothing.</source>
        <translation>Zeigen, was importiert würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Sites checked at once with --check (default 8).</source>
        <translation>Gleichzeitig geprüfte Websites mit --check (Standard: 8).</translation>
    </message>
    <message>
        <source>CSV file: url,user,name,group[,tags][,password]; - for standard input.</source>
        <translation>CSV-Datei: url,user,name,group[,tags][,password]; - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 ist zu groß.</translation>
    </message>
    <message>
        <source>line %1: skipped, duplicate [%2]: %3</source>
        <translation>Zeile %1: übersprungen, doppelt [%2]: %3</translation>
    </message>
    <message>
        <source>line %1: not imported [%2]: %3</source>
        <translation>Zeile %1: nicht importiert [%2]: %3</translation>
    </message>
    <message>
        <source>%1/%2 checked</source>
        <translation>%1/%2 geprüft</translation>
    </message>
    <message>
        <source>Nothing was imported: the passwords could not be stored, and Latchkey never keeps them anywhere else.</source>
        <translation>Es wurde nichts importiert: Die Passwörter konnten nicht gespeichert werden, und Latchkey bewahrt sie nirgendwo sonst auf.</translation>
    </message>
    <message>
        <source>line %1: FAILED &quot;%2&quot; [%3] %4</source>
        <translation>Zeile %1: FEHLGESCHLAGEN &quot;%2&quot; [%3] %4</translation>
    </message>
    <message>
        <source>No connection was checked (nothing was sent over the network). Check them with &quot;latchkey-cli check --all&quot;.</source>
        <translation>Keine Verbindung wurde geprüft (nichts wurde über das Netzwerk gesendet). Prüfen Sie sie mit &quot;latchkey-cli check --all&quot;.</translation>
    </message>
    <message>
        <source>%1 holds application passwords in plain text: delete it now (e.g. &quot;shred -u %1&quot;); Latchkey keeps them in the keychain.</source>
        <translation>%1 enthält Anwendungspasswörter im Klartext: Löschen Sie die Datei jetzt (z. B. &quot;shred -u %1&quot;); Latchkey bewahrt sie im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>die Eingabe</translation>
    </message>
    <message>
        <source>JSON instead of CSV.</source>
        <translation>JSON statt CSV.</translation>
    </message>
    <message>
        <source>CSV (the default).</source>
        <translation>CSV (Standard).</translation>
    </message>
    <message>
        <source>Which sites (default all).</source>
        <translation>Welche Websites (Standard: alle).</translation>
    </message>
    <message>
        <source>choose --json or --csv</source>
        <translation>wählen Sie --json oder --csv</translation>
    </message>
    <message>
        <source>Which sites.</source>
        <translation>Welche Websites.</translation>
    </message>
    <message>
        <source>Exact password name.</source>
        <translation>Genauer Passwortname.</translation>
    </message>
    <message>
        <source>Name pattern (* any text, ? one character).</source>
        <translation>Namensmuster (* beliebiger Text, ? ein Zeichen).</translation>
    </message>
    <message>
        <source>The integration&apos;s app id.</source>
        <translation>Die App-ID der Integration.</translation>
    </message>
    <message>
        <source>Every user&apos;s passwords (administrators).</source>
        <translation>Die Passwörter aller Benutzer (Administratoren).</translation>
    </message>
    <message>
        <source>Show what would be revoked where; revoke nothing.</source>
        <translation>Zeigen, was wo widerrufen würde; nichts widerrufen.</translation>
    </message>
    <message>
        <source>Sites at once (default 8).</source>
        <translation>Gleichzeitige Websites (Standard: 8).</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: passwords %1 on %n site(s):</source>
        <translation>
            <numerusform>Probelauf: Passwörter %1 auf %n Website:</numerusform>
            <numerusform>Probelauf: Passwörter %1 auf %n Websites:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking passwords %1 on %n site(s):</source>
        <translation>
            <numerusform>Passwörter %1 werden auf %n Website widerrufen:</numerusform>
            <numerusform>Passwörter %1 werden auf %n Websites widerrufen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Only finish or roll back rotations an earlier run left unfinished.</source>
        <translation>Nur Erneuerungen abschließen oder zurücknehmen, die ein früherer Lauf unvollendet ließ.</translation>
    </message>
    <message>
        <source>Sites at once (default 4).</source>
        <translation>Gleichzeitige Websites (Standard: 4).</translation>
    </message>
    <message>
        <source>Name, id or URL of the site.</source>
        <translation>Name, ID oder URL der Website.</translation>
    </message>
    <message>
        <source>the rotation journal names a site that no longer exists (%1); forgetting it.</source>
        <translation>Das Erneuerungsjournal nennt eine Website, die es nicht mehr gibt (%1); sie wird vergessen.</translation>
    </message>
    <message>
        <source>No interrupted rotation.</source>
        <translation>Keine unterbrochene Erneuerung.</translation>
    </message>
    <message>
        <source>The integration&apos;s password name.</source>
        <translation>Der Passwortname der Integration.</translation>
    </message>
    <message>
        <source>No re-issued password &quot;%1&quot; is pending on &quot;%2&quot;.</source>
        <translation>Auf „%2“ ist kein neu ausgestelltes Passwort „%1“ ausstehend.</translation>
    </message>
    <message>
        <source>See &quot;latchkey-cli password reissue-status&quot;.</source>
        <translation>Siehe &quot;latchkey-cli password reissue-status&quot;.</translation>
    </message>
    <message>
        <source>New password &quot;%1&quot; (%2) on &quot;%3&quot;:</source>
        <translation>Neues Passwort &quot;%1&quot; (%2) auf &quot;%3&quot;:</translation>
    </message>
    <message>
        <source>%1  &quot;%2&quot;  %3: new &quot;%4&quot; (%5) issued %6; %7 old to revoke</source>
        <translation>%1  &quot;%2&quot;  %3: neues &quot;%4&quot; (%5) ausgestellt %6; %7 alte zu widerrufen</translation>
    </message>
    <message>
        <source>INTERRUPTED</source>
        <translation>UNTERBROCHEN</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>No re-issue is pending.</source>
        <translation>Keine Neuausstellung ausstehend.</translation>
    </message>
    <message>
        <source>Unused for more than N days is stale (default 90).</source>
        <translation>Länger als N Tage unbenutzt gilt als veraltet (Standard: 90).</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>CSV ausgeben.</translation>
    </message>
    <message>
        <source>--stale-days takes a number of days</source>
        <translation>--stale-days erwartet eine Anzahl Tage</translation>
    </message>
    <message>
        <source>SITE / USER / NAME / CREATED / LAST USED / LAST IP / FLAGS</source>
        <translation>WEBSITE / BENUTZER / NAME / ERSTELLT / ZULETZT VERWENDET / LETZTE IP / MERKMALE</translation>
    </message>
    <message>
        <source>      (%1: only the connected user&apos;s passwords; it is not an administrator)</source>
        <translation>      (%1: nur die Passwörter des verbundenen Benutzers; er ist kein Administrator)</translation>
    </message>
    <message>
        <source>%1: [%2] %3</source>
        <translation>%1: [%2] %3</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n site(s).</source>
        <translation>
            <numerusform>%n Website importiert.</numerusform>
            <numerusform>%n Websites importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) stored in the keychain.</source>
        <translation>
            <numerusform>%n Passwort im Schlüsselbund gespeichert.</numerusform>
            <numerusform>%n Passwörter im Schlüsselbund gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n Duplikat übersprungen.</numerusform>
            <numerusform>%n Duplikate übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) invalid.</source>
        <translation>
            <numerusform>%n Zeile ungültig.</numerusform>
            <numerusform>%n Zeilen ungültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed.</source>
        <translation>
            <numerusform>%n Zeile fehlgeschlagen.</numerusform>
            <numerusform>%n Zeilen fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) would be revoked.</source>
        <translation>
            <numerusform>%n Passwort würde widerrufen.</numerusform>
            <numerusform>%n Passwörter würden widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches on %1 of %n site(s).</source>
        <translation>
            <numerusform>Treffer auf %1 von %n Website.</numerusform>
            <numerusform>Treffer auf %1 von %n Websites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) failed.</source>
        <translation>
            <numerusform>%n Website fehlgeschlagen.</numerusform>
            <numerusform>%n Websites fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n matching password(s) revoked.</source>
        <translation>
            <numerusform>%1 von %n passenden Passwort widerrufen.</numerusform>
            <numerusform>%1 von %n passenden Passwörtern widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches on %n site(s).</source>
        <translation>
            <numerusform>Treffer auf %n Website.</numerusform>
            <numerusform>Treffer auf %n Websites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) done, %1 failed.</source>
        <translation>
            <numerusform>%n Website erledigt, %1 fehlgeschlagen.</numerusform>
            <numerusform>%n Websites erledigt, %1 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) found.</source>
        <translation>
            <numerusform>%n Passwort gefunden.</numerusform>
            <numerusform>%n Passwörter gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never used: %1, stale: %2, with a duplicate name: %3.</source>
        <translation>Nie verwendet: %1, veraltet: %2, mit doppeltem Namen: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) audited, %1 failed.</source>
        <translation>
            <numerusform>%n Website geprüft, %1 fehlgeschlagen.</numerusform>
            <numerusform>%n Websites geprüft, %1 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke across sites (passwords %1)</source>
        <translation>Über mehrere Websites widerrufen (Passwörter %1)</translation>
    </message>
    <message>
        <source>Rotation of Latchkey&apos;s password</source>
        <translation>Erneuerung von Latchkeys Passwort</translation>
    </message>
    <message>
        <source>Re-issue of &quot;%1&quot;: new password issued</source>
        <translation>Neuausstellung von „%1“: neues Passwort ausgestellt</translation>
    </message>
    <message>
        <source>Re-issue of &quot;%1&quot;: old passwords revoked</source>
        <translation>Neuausstellung von „%1“: alte Passwörter widerrufen</translation>
    </message>
    <message>
        <source>Re-issue of &quot;%1&quot; cancelled: new password revoked</source>
        <translation>Neuausstellung von „%1“ abgebrochen: neues Passwort widerrufen</translation>
    </message>
    <message>
        <source>line %1: would add &quot;%2&quot; (%3 as %4), password to the keychain</source>
        <translation>Zeile %1: würde &quot;%2&quot; hinzufügen (%3 als %4), Passwort in den Schlüsselbund</translation>
    </message>
    <message>
        <source>line %1: would add &quot;%2&quot; (%3 as %4)</source>
        <translation>Zeile %1: würde &quot;%2&quot; hinzufügen (%3 als %4)</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n site(s) would be added.</source>
        <translation>
            <numerusform>Probelauf: %n Website würde hinzugefügt.</numerusform>
            <numerusform>Probelauf: %n Websites würden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: added &quot;%2&quot; (%3 as %4), connection checked</source>
        <translation>Zeile %1: &quot;%2&quot; hinzugefügt (%3 als %4), Verbindung geprüft</translation>
    </message>
    <message>
        <source>line %1: added &quot;%2&quot; (%3 as %4), password stored in the keychain</source>
        <translation>Zeile %1: &quot;%2&quot; hinzugefügt (%3 als %4), Passwort im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>line %1: added &quot;%2&quot; (%3 as %4), no password yet</source>
        <translation>Zeile %1: &quot;%2&quot; hinzugefügt (%3 als %4), noch kein Passwort</translation>
    </message>
    <message>
        <source>%1 is being rotated by another Latchkey process (%2); left alone.</source>
        <translation>%1 wird gerade von einem anderen Latchkey-Prozess erneuert (%2); nicht angetastet.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing pending for &quot;%1&quot; on %n site(s): skipped.</source>
        <translation>
            <numerusform>Nichts ausstehend für „%1“ auf %n Website: übersprungen.</numerusform>
            <numerusform>Nichts ausstehend für „%1“ auf %n Websites: übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Repeated in the file</source>
        <translation>Mehrfach in der Datei</translation>
    </message>
    <message>
        <source>Already saved</source>
        <translation>Bereits gespeichert</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Password stored in the keychain.</source>
        <translation>Passwort im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Saved without a password: connect it later.</source>
        <translation>Ohne Passwort gespeichert: Verbinden Sie sie später.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Latchkey::ImportSitesDialog</name>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen …</translation>
    </message>
    <message>
        <source>&amp;Delete the File</source>
        <translation>Datei &amp;löschen</translation>
    </message>
    <message>
        <source>C&amp;heck each site&apos;s connection while importing (slower)</source>
        <translation>&amp;Verbindung jeder Website beim Import prüfen (langsamer)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Import sites</source>
        <translation>Websites importieren</translation>
    </message>
    <message>
        <source>A CSV file: url, user, name, group and, optionally, password</source>
        <translation>Eine CSV-Datei: url, user, name, group und optional password</translation>
    </message>
    <message>
        <source>Connects to each site like Add Site does: finds its REST API and tests the password before saving it.</source>
        <translation>Verbindet sich mit jeder Website wie „Website hinzufügen“: findet ihre REST-API und testet das Passwort, bevor es gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Der Import wird angehalten …</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is too large for a site list.</source>
        <translation>%1 ist zu groß für eine Website-Liste.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file: %1 new, %2 duplicate, %3 invalid. Duplicate and invalid rows are skipped.</source>
        <translation>
            <numerusform>%n Zeile in der Datei: %1 neu, %2 doppelt, %3 ungültig. Doppelte und ungültige Zeilen werden übersprungen.</numerusform>
            <numerusform>%n Zeilen in der Datei: %1 neu, %2 doppelt, %3 ungültig. Doppelte und ungültige Zeilen werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Site(s)</source>
        <translation>
            <numerusform>%n Website &amp;importieren</numerusform>
            <numerusform>%n Websites &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This file holds application passwords.&lt;/b&gt; Anyone who can read it can use them. After the import, delete it (and any copy: downloads, mail attachments, backups). Latchkey keeps the passwords only in your system keychain.</source>
        <translation>&lt;b&gt;Diese Datei enthält Anwendungspasswörter.&lt;/b&gt; Jeder, der sie lesen kann, kann sie verwenden. Löschen Sie sie nach dem Import (und jede Kopie: Downloads, E-Mail-Anhänge, Sicherungen). Latchkey bewahrt die Passwörter nur im Schlüsselbund Ihres Systems auf.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n site(s)…</source>
        <translation>
            <numerusform>%n Website wird importiert …</numerusform>
            <numerusform>%n Websites werden importiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1 with its password.</source>
        <translation>Aus %1 mit Passwort importiert.</translation>
    </message>
    <message>
        <source>Imported from %1 without a password.</source>
        <translation>Aus %1 ohne Passwort importiert.</translation>
    </message>
    <message>
        <source>Stopped before this row was imported.</source>
        <translation>Angehalten, bevor diese Zeile importiert wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n site(s).</source>
        <translation>
            <numerusform>%n Website importiert.</numerusform>
            <numerusform>%n Websites importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n site(s).</source>
        <translation>
            <numerusform>%1 von %n Website importiert.</numerusform>
            <numerusform>%1 von %n Websites importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (see Details).</source>
        <translation>
            <numerusform>%n nicht importiert (siehe Details).</numerusform>
            <numerusform>%n nicht importiert (siehe Details).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now delete %1.&lt;/b&gt; It still holds application passwords in plain text; Latchkey has what it needs in your keychain.</source>
        <translation>&lt;b&gt;Löschen Sie jetzt %1.&lt;/b&gt; Die Datei enthält noch Anwendungspasswörter im Klartext; Latchkey hat, was es braucht, in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Delete the file</source>
        <translation>Datei löschen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Its content is overwritten, then the file is removed. Copies elsewhere (downloads, mail, backups) are not touched.</source>
        <translation>Ihr Inhalt wird überschrieben, dann wird die Datei entfernt. Kopien an anderen Orten (Downloads, E-Mail, Sicherungen) bleiben unberührt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 was deleted. Delete any copy of it too (downloads, mail attachments, backups).</source>
        <translation>%1 wurde gelöscht. Löschen Sie auch jede Kopie davon (Downloads, E-Mail-Anhänge, Sicherungen).</translation>
    </message>
</context>
<context>
    <name>Latchkey::KeychainSecretStore</name>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::MainWindow</name>
    <message>
        <source>No site matches your search.</source>
        <translation>Keine Website passt zu Ihrer Suche.</translation>
    </message>
    <message>
        <source>%1: connection works.</source>
        <translation>%1: Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>%1: the connection test failed (%2).</source>
        <translation>%1: Der Verbindungstest ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>&amp;Add Site…</source>
        <translation>&amp;Website hinzufügen …</translation>
    </message>
    <message>
        <source>Add a WordPress site (Ctrl+N)</source>
        <translation>Eine WordPress-Website hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit Site…</source>
        <translation>Website &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Change name, address or group</source>
        <translation>Name, Adresse oder Gruppe ändern</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>Neu &amp;verbinden …</translation>
    </message>
    <message>
        <source>Give Latchkey a new application password for the selected site</source>
        <translation>Latchkey ein neues Anwendungspasswort für die ausgewählte Website geben</translation>
    </message>
    <message>
        <source>&amp;Remove Site…</source>
        <translation>Website &amp;entfernen …</translation>
    </message>
    <message>
        <source>Remove the selected sites from Latchkey</source>
        <translation>Die ausgewählten Websites aus Latchkey entfernen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the selected sites (F5)</source>
        <translation>Die ausgewählten Websites testen (F5)</translation>
    </message>
    <message>
        <source>Test &amp;All Sites</source>
        <translation>&amp;Alle Websites testen</translation>
    </message>
    <message>
        <source>Test every site</source>
        <translation>Jede Website testen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Search the site list (Ctrl+F)</source>
        <translation>Die Website-Liste durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen …</translation>
    </message>
    <message>
        <source>Clipboard, time-outs and bulk work</source>
        <translation>Zwischenablage, Zeitlimits und Massenaktionen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Latchkey</source>
        <translation>Latchkey beenden</translation>
    </message>
    <message>
        <source>&amp;About Latchkey</source>
        <translation>Ü&amp;ber Latchkey</translation>
    </message>
    <message>
        <source>Re&amp;voke Across Sites…</source>
        <translation>Über mehrere Websites &amp;widerrufen …</translation>
    </message>
    <message>
        <source>Find and revoke an integration&apos;s passwords on many sites, with a preview</source>
        <translation>Die Passwörter einer Integration auf vielen Websites finden und widerrufen, mit Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export Site List…</source>
        <translation>Website-Liste e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the site list as CSV or JSON (never any password)</source>
        <translation>Die Website-Liste als CSV oder JSON speichern (niemals mit Passwörtern)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Show one group (client) or tag</source>
        <translation>Eine Gruppe (Kunde) oder ein Schlagwort anzeigen</translation>
    </message>
    <message>
        <source>Show sites by the result of their last check</source>
        <translation>Websites nach dem Ergebnis ihrer letzten Prüfung anzeigen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Search sites (Ctrl+F)</source>
        <translation>Websites durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Add your first WordPress site</source>
        <translation>Fügen Sie Ihre erste WordPress-Website hinzu</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Click &lt;b&gt;Add Site&lt;/b&gt; below (or press Ctrl+N) and enter your site&apos;s address, for example &lt;i&gt;https://example.com&lt;/i&gt;. Latchkey checks the site first.&lt;/li&gt;&lt;li&gt;In WordPress, open &lt;b&gt;Users → Profile&lt;/b&gt;. Under &lt;b&gt;Application Passwords&lt;/b&gt; type “Latchkey” and click &lt;b&gt;Add New Application Password&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste that password and your user name into Latchkey. It checks that the password works and keeps it in your system keychain.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Latchkey never asks for your login password, and you can revoke its access in WordPress at any time.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Klicken Sie unten auf &lt;b&gt;Website hinzufügen&lt;/b&gt; (oder drücken Sie Strg+N) und geben Sie die Adresse Ihrer Website ein, zum Beispiel &lt;i&gt;https://example.com&lt;/i&gt;. Latchkey prüft die Website zuerst.&lt;/li&gt;&lt;li&gt;Öffnen Sie in WordPress &lt;b&gt;Benutzer → Profil&lt;/b&gt;. Geben Sie unter &lt;b&gt;Anwendungspasswörter&lt;/b&gt; „Latchkey“ ein und klicken Sie auf &lt;b&gt;Neues Anwendungspasswort hinzufügen&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Fügen Sie dieses Passwort und Ihren Benutzernamen in Latchkey ein. Latchkey prüft, ob das Passwort funktioniert, und legt es in Ihrem Systemschlüsselbund ab.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Latchkey fragt nie nach Ihrem Anmeldepasswort, und Sie können seinen Zugriff in WordPress jederzeit widerrufen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Site…</source>
        <translation>Website hinzufügen …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Neu verbinden …</translation>
    </message>
    <message>
        <source>Application &amp;passwords</source>
        <translation>Anwendungs&amp;passwörter</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>Test p&amp;ublish</source>
        <translation>Test-Ver&amp;öffentlichung</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>A&amp;ktivität</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>als %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>zuletzt geprüft %1</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Checking: %v of %m</source>
        <translation>Prüfung: %v von %m</translation>
    </message>
    <message>
        <source>Checking: %v of %m, about %1 s left</source>
        <translation>Prüfung: %v von %m, noch etwa %1 s</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n site(s): all work.</source>
        <translation>
            <numerusform>%n Website geprüft: Sie funktioniert.</numerusform>
            <numerusform>%n Websites geprüft: Alle funktionieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site added.</source>
        <translation>Website hinzugefügt.</translation>
    </message>
    <message>
        <source>Site reconnected.</source>
        <translation>Website neu verbunden.</translation>
    </message>
    <message>
        <source>Remove %1 from Latchkey?</source>
        <translation>%1 aus Latchkey entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n sites from Latchkey?</source>
        <translation>
            <numerusform>%n Website aus Latchkey entfernen?</numerusform>
            <numerusform>%n Websites aus Latchkey entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Latchkey deletes its password for %1 from your keychain. It can also revoke that password on the site first, so that nobody can use it any more: recommended unless you will add the site again with the same password elsewhere. Nothing else on the site changes.</source>
        <translation>Latchkey löscht sein Passwort für %1 aus Ihrem Schlüsselbund. Es kann dieses Passwort vorher auch auf der Website widerrufen, damit niemand es mehr verwenden kann: empfohlen, außer Sie fügen die Website anderswo mit demselben Passwort wieder hinzu. Sonst ändert sich nichts an der Website.</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Website entfernen</translation>
    </message>
    <message>
        <source>Could not remove the site: %1</source>
        <translation>Die Website konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>“%1” was not removed: %2</source>
        <translation>„%1“ wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Removed “%1” and revoked its password on the site.</source>
        <translation>„%1“ entfernt und sein Passwort auf der Website widerrufen.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Revoke and remove</source>
        <translation>Widerrufen und entfernen</translation>
    </message>
    <message>
        <source>Remove only</source>
        <translation>Nur entfernen</translation>
    </message>
    <message>
        <source>Export site list</source>
        <translation>Website-Liste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n site(s) to %1 (no passwords).</source>
        <translation>
            <numerusform>%n Website nach %1 exportiert (ohne Passwörter).</numerusform>
            <numerusform>%n Websites nach %1 exportiert (ohne Passwörter).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Sites…</source>
        <translation>Websites &amp;importieren …</translation>
    </message>
    <message>
        <source>Add many sites from a CSV file, with a preview</source>
        <translation>Viele Websites aus einer CSV-Datei hinzufügen, mit Vorschau</translation>
    </message>
    <message>
        <source>A&amp;udit Passwords…</source>
        <translation>Passwörter &amp;prüfen …</translation>
    </message>
    <message>
        <source>List every application password, flag unused ones, revoke them</source>
        <translation>Alle Anwendungspasswörter auflisten, unbenutzte markieren, sie widerrufen</translation>
    </message>
    <message>
        <source>R&amp;otate Latchkey&apos;s Password…</source>
        <translation>Latchkeys Passwort e&amp;rneuern …</translation>
    </message>
    <message>
        <source>Replace the password Latchkey uses on the selected sites with a new one</source>
        <translation>Das Passwort, das Latchkey auf den ausgewählten Websites verwendet, durch ein neues ersetzen</translation>
    </message>
    <message>
        <source>Re-&amp;issue an Integration&apos;s Password…</source>
        <translation>Passwort einer Integration &amp;neu ausstellen …</translation>
    </message>
    <message>
        <source>Give an integration new passwords on many sites, then revoke the old ones</source>
        <translation>Einer Integration auf vielen Websites neue Passwörter geben, dann die alten widerrufen</translation>
    </message>
    <message>
        <source>No site selected</source>
        <translation>Keine Website ausgewählt</translation>
    </message>
    <message>
        <source>Select a site in the list to see its application passwords, its connection and its activity.</source>
        <translation>Wählen Sie eine Website in der Liste aus, um ihre Anwendungspasswörter, ihre Verbindung und ihre Aktivität zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n site(s).</source>
        <translation>
            <numerusform>%n Website geprüft.</numerusform>
            <numerusform>%n Websites geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) failed or were cancelled.</source>
        <translation>
            <numerusform>Bei %n Website schlug die Prüfung fehl oder sie wurde abgebrochen.</numerusform>
            <numerusform>Bei %n Websites schlug die Prüfung fehl oder sie wurde abgebrochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::NewPasswordDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>New application password</source>
        <translation>Neues Anwendungspasswort</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1”&lt;/b&gt; was created for %2 on %3.</source>
        <translation>&lt;b&gt;„%1“&lt;/b&gt; wurde für %2 auf %3 erstellt.</translation>
    </message>
    <message>
        <source>Copy it now: you will not see this password again. WordPress keeps only a fingerprint of it.</source>
        <translation>Kopieren Sie es jetzt: Sie werden dieses Passwort nicht noch einmal sehen. WordPress speichert nur einen Fingerabdruck davon.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Passwort anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Latchkey can use this password for %1 from now on, instead of the one it uses now. It is then kept in your system keychain.</source>
        <translation>Latchkey kann dieses Passwort ab jetzt für %1 verwenden, statt des bisherigen. Es wird dann in Ihrem Systemschlüsselbund abgelegt.</translation>
    </message>
    <message>
        <source>&amp;Use it for Latchkey on this site</source>
        <translation>Für Latchkey auf dieser Website &amp;verwenden</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in 1 second.</source>
        <translation>Kopiert. Die Zwischenablage wird in 1 Sekunde geleert.</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in %1 seconds.</source>
        <translation>Kopiert. Die Zwischenablage wird in %1 Sekunden geleert.</translation>
    </message>
    <message>
        <source>Copied. Paste it where it is needed; Latchkey has cleared the clipboard (or will when it closes).</source>
        <translation>Kopiert. Fügen Sie es dort ein, wo es gebraucht wird; Latchkey hat die Zwischenablage geleert (oder tut es beim Beenden).</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Das Passwort wird im Systemschlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>Latchkey still uses its previous password. The new one is still here: copy it now, or try again.</source>
        <translation>Latchkey verwendet weiterhin sein bisheriges Passwort. Das neue ist noch hier: Kopieren Sie es jetzt oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not keep “%1” in the keychain: %2</source>
        <translation>„%1“ konnte nicht im Schlüsselbund abgelegt werden: %2</translation>
    </message>
    <message>
        <source>Used by Latchkey</source>
        <translation>Von Latchkey verwendet</translation>
    </message>
    <message>
        <source>Latchkey now uses this password for %1.</source>
        <translation>Latchkey verwendet jetzt dieses Passwort für %1.</translation>
    </message>
    <message>
        <source>Latchkey now uses this password for %1. The previous one (“%2”) still works until you revoke it.</source>
        <translation>Latchkey verwendet jetzt dieses Passwort für %1. Das bisherige („%2“) funktioniert weiter, bis Sie es widerrufen.</translation>
    </message>
    <message>
        <source>Latchkey now uses the application password “%1”.</source>
        <translation>Latchkey verwendet jetzt das Anwendungspasswort „%1“.</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Schließen, ohne zu kopieren?</translation>
    </message>
    <message>
        <source>You have not copied the new password.</source>
        <translation>Sie haben das neue Passwort nicht kopiert.</translation>
    </message>
    <message>
        <source>Once this window is closed, nobody can see “%1” again: not you, not Latchkey, not WordPress. You would have to create a new one.</source>
        <translation>Sobald dieses Fenster geschlossen ist, kann niemand „%1“ wieder sehen: weder Sie noch Latchkey noch WordPress. Sie müssten ein neues erstellen.</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>Schließen, ohne zu kopieren</translation>
    </message>
</context>
<context>
    <name>Latchkey::OperationOwner</name>
    <message>
        <source>process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
</context>
<context>
    <name>Latchkey::PasswordAuditDialog</name>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>bereits entfernt</translation>
    </message>
    <message>
        <source>not revoked: %1</source>
        <translation>nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>kept: Latchkey&apos;s own password here (rotate it instead)</source>
        <translation>behalten: Latchkeys eigenes Passwort hier (stattdessen erneuern)</translation>
    </message>
    <message>
        <source>not revoked: stopped</source>
        <translation>nicht widerrufen: angehalten</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>&amp;Only flagged</source>
        <translation>Nur &amp;markierte</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation>Ausgewählte &amp;widerrufen …</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Audit application passwords</source>
        <translation>Anwendungspasswörter prüfen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>A password not used for longer than this is flagged. WordPress records the last use at most once a day.</source>
        <translation>Ein Passwort, das länger als diese Zeit nicht verwendet wurde, wird markiert. WordPress erfasst die letzte Verwendung höchstens einmal am Tag.</translation>
    </message>
    <message>
        <source>Filter by site, user, name, IP or flag</source>
        <translation>Nach Website, Benutzer, Name, IP oder Markierung filtern</translation>
    </message>
    <message>
        <source>Revoke the selected passwords after a confirmation (Delete)</source>
        <translation>Die ausgewählten Passwörter nach einer Bestätigung widerrufen (Entf)</translation>
    </message>
    <message>
        <source>Saves the rows shown, in the shown order (never a password)</source>
        <translation>Speichert die angezeigten Zeilen in der angezeigten Reihenfolge (niemals ein Passwort)</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>Web&amp;sites:</translation>
    </message>
    <message>
        <source>&amp;Flag when unused for more than</source>
        <translation>Mar&amp;kieren, wenn unbenutzt seit mehr als</translation>
    </message>
    <message>
        <source>Choose the sites and press Audit. Nothing is changed on the sites.</source>
        <translation>Wählen Sie die Websites und drücken Sie „Prüfen“. An den Websites wird nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Auditing %n site(s)…</source>
        <translation>
            <numerusform>%n Website wird geprüft …</numerusform>
            <numerusform>%n Websites werden geprüft …</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before this site was audited.</source>
        <translation>Angehalten, bevor diese Website geprüft wurde.</translation>
    </message>
    <message>
        <source>Password audit: nothing revoked. %1</source>
        <translation>Passwortprüfung: nichts widerrufen. %1</translation>
    </message>
    <message>
        <source>Password audit: revoked %1.</source>
        <translation>Passwortprüfung: %1 widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n password(s).</source>
        <translation>
            <numerusform>%n Passwort widerrufen.</numerusform>
            <numerusform>%n Passwörter widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) could not be revoked.</source>
        <translation>
            <numerusform>%n Passwort konnte nicht widerrufen werden.</numerusform>
            <numerusform>%n Passwörter konnten nicht widerrufen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) failed.</source>
        <translation>
            <numerusform>%n Website fehlgeschlagen.</numerusform>
            <numerusform>%n Websites fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>See the Result column for details.</source>
        <translation>Einzelheiten stehen in der Spalte „Ergebnis“.</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) found, %1 flagged.</source>
        <translation>
            <numerusform>%n Passwort gefunden, %1 markiert.</numerusform>
            <numerusform>%n Passwörter gefunden, %1 markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) could not be audited (their rows say why).</source>
        <translation>
            <numerusform>%n Website konnte nicht geprüft werden (ihre Zeile nennt den Grund).</numerusform>
            <numerusform>%n Websites konnten nicht geprüft werden (ihre Zeilen nennen den Grund).</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: &quot;%2&quot; of %3 (last used: %4)</source>
        <translation>• %1: &quot;%2&quot; von %3 (zuletzt verwendet: %4)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Revoke application passwords</source>
        <translation>Anwendungspasswörter widerrufen</translation>
    </message>
    <message>
        <source>Only Latchkey&apos;s own password is selected.</source>
        <translation>Nur Latchkeys eigenes Passwort ist ausgewählt.</translation>
    </message>
    <message>
        <source>Latchkey connects with it; rotate it instead of revoking it.</source>
        <translation>Latchkey verbindet sich damit; erneuern Sie es, statt es zu widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept: Latchkey&apos;s own password on %1 (rotate it instead).</source>
        <translation>Behalten: Latchkeys eigenes Passwort auf %1 (erneuern Sie es stattdessen).</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) affected.</source>
        <translation>
            <numerusform>%n Website betroffen.</numerusform>
            <numerusform>%n Websites betroffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything using these passwords stops working at once. This cannot be undone.</source>
        <translation>Alles, was diese Passwörter verwendet, funktioniert sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n application password(s)?</source>
        <translation>
            <numerusform>%n Anwendungspasswort widerrufen?</numerusform>
            <numerusform>%n Anwendungspasswörter widerrufen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n</source>
        <translation>
            <numerusform>%n widerrufen</numerusform>
            <numerusform>%n widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>not revoked: the site was removed from Latchkey</source>
        <translation>nicht widerrufen: Die Website wurde aus Latchkey entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n password(s)…</source>
        <translation>
            <numerusform>%n Passwort wird widerrufen …</numerusform>
            <numerusform>%n Passwörter werden widerrufen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Prüfung exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1 (no passwords).</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert (ohne Passwörter).</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert (ohne Passwörter).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::PasswordCommands</name>
    <message>
        <source>usage: latchkey-cli %1</source>
        <translation>Aufruf: latchkey-cli %1</translation>
    </message>
    <message>
        <source>Name, id or URL of the site.</source>
        <translation>Name, ID oder URL der Website.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5</source>
        <translation>%1  %2  %3  %4  %5</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT VERWENDET</translation>
    </message>
    <message>
        <source>LAST IP</source>
        <translation>LETZTE IP</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5%6</source>
        <translation>%1  %2  %3  %4  %5%6</translation>
    </message>
    <message>
        <source>  (used by Latchkey)</source>
        <translation>  (von Latchkey verwendet)</translation>
    </message>
    <message>
        <source>No application passwords.</source>
        <translation>Keine Anwendungspasswörter.</translation>
    </message>
    <message>
        <source>The integration&apos;s app id (a UUID).</source>
        <translation>Die App-ID der Integration (eine UUID).</translation>
    </message>
    <message>
        <source>Name of the new password.</source>
        <translation>Name des neuen Passworts.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2) on &quot;%3&quot;. Copy it now: it will not be shown again.</source>
        <translation>&quot;%1&quot; (%2) auf &quot;%3&quot; erstellt. Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>The password&apos;s uuid.</source>
        <translation>Die UUID des Passworts.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Sein neuer Name.</translation>
    </message>
    <message>
        <source>Renamed %1 to &quot;%2&quot;.</source>
        <translation>%1 in &quot;%2&quot; umbenannt.</translation>
    </message>
    <message>
        <source>Revoke every application password of the user.</source>
        <translation>Jedes Anwendungspasswort des Benutzers widerrufen.</translation>
    </message>
    <message>
        <source>Confirm revoking all passwords, or the one Latchkey uses.</source>
        <translation>Das Widerrufen aller Passwörter oder des von Latchkey verwendeten bestätigen.</translation>
    </message>
    <message>
        <source>Passwords to revoke.</source>
        <translation>Zu widerrufende Passwörter.</translation>
    </message>
    <message>
        <source>give either UUIDs or --all-passwords, not both</source>
        <translation>geben Sie entweder UUIDs oder --all-passwords an, nicht beides</translation>
    </message>
    <message>
        <source>--all-passwords revokes every application password of the user, so every integration using one stops working; add --yes to confirm</source>
        <translation>--all-passwords widerruft jedes Anwendungspasswort des Benutzers, sodass jede Integration, die eines verwendet, nicht mehr funktioniert; fügen Sie zur Bestätigung --yes hinzu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a password uuid</source>
        <translation>&quot;%1&quot; ist keine Passwort-UUID</translation>
    </message>
    <message>
        <source>Revoked all application passwords.</source>
        <translation>Alle Anwendungspasswörter widerrufen.</translation>
    </message>
    <message>
        <source>that included the one Latchkey uses for &quot;%1&quot;; reconnect the site with a new password.</source>
        <translation>darunter war das Passwort, das Latchkey für &quot;%1&quot; verwendet; verbinden Sie die Website mit einem neuen Passwort neu.</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>%1 widerrufen.</translation>
    </message>
    <message>
        <source>Latchkey signs in with this password for %1; revoking it disconnects that entry until it is reconnected. Add --yes to confirm.</source>
        <translation>Latchkey meldet sich mit diesem Passwort für %1 an; wenn Sie es widerrufen, bleibt dieser Eintrag getrennt, bis Sie ihn neu verbinden. Bestätigen Sie mit --yes.</translation>
    </message>
</context>
<context>
    <name>Latchkey::PasswordsTab</name>
    <message>
        <source>&amp;New password…</source>
        <translation>&amp;Neues Passwort …</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>Revoke &amp;all…</source>
        <translation>&amp;Alle widerrufen …</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Administrators can manage the application passwords of every user of the site.</source>
        <translation>Administratoren können die Anwendungspasswörter aller Benutzer der Website verwalten.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Das Passwort wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>Loading the site&apos;s users…</source>
        <translation>Die Benutzer der Website werden geladen …</translation>
    </message>
    <message>
        <source>Asking the site who you are…</source>
        <translation>Die Website wird gefragt, wer Sie sind …</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message numerus="yes">
        <source>%n application password(s)</source>
        <translation>
            <numerusform>%n Anwendungspasswort</numerusform>
            <numerusform>%n Anwendungspasswörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading application passwords…</source>
        <translation>Anwendungspasswörter werden geladen …</translation>
    </message>
    <message>
        <source>Created the application password “%1” for %2.</source>
        <translation>Anwendungspasswort „%1“ für %2 erstellt.</translation>
    </message>
    <message>
        <source>Rename application password</source>
        <translation>Anwendungspasswort umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Renamed the application password “%1” to “%2”.</source>
        <translation>Anwendungspasswort „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>Wird umbenannt …</translation>
    </message>
    <message>
        <source>Every app or service that signs in as %1 with “%2” stops working at once. This cannot be undone.</source>
        <translation>Jede Anwendung und jeder Dienst, die sich als %1 mit „%2“ anmelden, funktionieren sofort nicht mehr. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>This is the password Latchkey itself uses for %1. After revoking it, Latchkey cannot reach the site until you reconnect it with a new password (Site → Reconnect).</source>
        <translation>Dies ist das Passwort, das Latchkey selbst für %1 verwendet. Nach dem Widerrufen kann Latchkey die Website erst wieder erreichen, wenn Sie sie mit einem neuen Passwort neu verbinden (Website → Neu verbinden).</translation>
    </message>
    <message>
        <source>Revoke application password</source>
        <translation>Anwendungspasswort widerrufen</translation>
    </message>
    <message>
        <source>Revoke “%1”?</source>
        <translation>„%1“ widerrufen?</translation>
    </message>
    <message>
        <source>Revoked the application password “%1” of %2.</source>
        <translation>Anwendungspasswort „%1“ von %2 widerrufen.</translation>
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation>„%1“ wird widerrufen …</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Every app and service that signs in as %1 with an application password stops working at once: %2. This cannot be undone.</source>
        <translation>Jede Anwendung und jeder Dienst, die sich als %1 mit einem Anwendungspasswort anmelden, funktionieren sofort nicht mehr: %2. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Revoke all application passwords</source>
        <translation>Alle Anwendungspasswörter widerrufen</translation>
    </message>
    <message>
        <source>Revoke the only application password of %1?</source>
        <translation>Das einzige Anwendungspasswort von %1 widerrufen?</translation>
    </message>
    <message>
        <source>Revoke all %1 application passwords of %2?</source>
        <translation>Alle %1 Anwendungspasswörter von %2 widerrufen?</translation>
    </message>
    <message>
        <source>Revoked all application passwords of %1 (%2).</source>
        <translation>Alle Anwendungspasswörter von %1 widerrufen (%2).</translation>
    </message>
    <message>
        <source>Latchkey&apos;s own password for this site was revoked.</source>
        <translation>Latchkeys eigenes Passwort für diese Website wurde widerrufen.</translation>
    </message>
    <message>
        <source>Reconnect the site with a new application password (Site → Reconnect).</source>
        <translation>Verbinden Sie die Website mit einem neuen Anwendungspasswort neu (Website → Neu verbinden).</translation>
    </message>
    <message>
        <source>Revoking all passwords of %1…</source>
        <translation>Alle Passwörter von %1 werden widerrufen …</translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>Alle widerrufen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Latchkey&apos;s entry %1 signs in with this password. After revoking it, that entry cannot reach the site until you select it and reconnect it with a new password (Site → Reconnect).</source>
        <translation>Latchkeys Eintrag %1 meldet sich mit diesem Passwort an. Nach dem Widerrufen kann dieser Eintrag die Website erst wieder erreichen, wenn Sie ihn auswählen und mit einem neuen Passwort neu verbinden (Website → Neu verbinden).</translation>
    </message>
</context>
<context>
    <name>Latchkey::PendingReissueBar</name>
    <message>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message numerus="yes">
        <source>A re-issue of &quot;%1&quot; is pending on %n site(s): update the integration, then revoke the old passwords.</source>
        <translation>
            <numerusform>Eine Neuausstellung von „%1“ steht auf %n Website aus: Aktualisieren Sie die Integration und widerrufen Sie dann die alten Passwörter.</numerusform>
            <numerusform>Eine Neuausstellung von „%1“ steht auf %n Websites aus: Aktualisieren Sie die Integration und widerrufen Sie dann die alten Passwörter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-issues of %n integration(s) are pending (&quot;%1&quot; first): the old passwords are still valid.</source>
        <translation>
            <numerusform>Eine Neuausstellung für %n Integration steht aus („%1“): Die alten Passwörter sind noch gültig.</numerusform>
            <numerusform>Neuausstellungen für %n Integrationen stehen aus („%1“ zuerst): Die alten Passwörter sind noch gültig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::PostsApi</name>
    <message>
        <source>A category needs a name.</source>
        <translation>Eine Kategorie braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>Latchkey::ProblemView</name>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>It could also be: %1</source>
        <translation>Es könnte auch sein: %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technisches Detail: %1</translation>
    </message>
    <message>
        <source>Unlock ke&amp;ychain…</source>
        <translation>S&amp;chlüsselbund entsperren …</translation>
    </message>
    <message>
        <source>Asks the system keychain to unlock (it may ask for your keyring password), then tries again.</source>
        <translation>Fordert den Systemschlüsselbund zum Entsperren auf (er fragt vielleicht nach Ihrem Schlüsselbund-Passwort) und versucht es dann erneut.</translation>
    </message>
</context>
<context>
    <name>Latchkey::PublishTab</name>
    <message>
        <source>&amp;Draft (not visible to visitors)</source>
        <translation>&amp;Entwurf (für Besucher nicht sichtbar)</translation>
    </message>
    <message>
        <source>&amp;Published (visible until deleted)</source>
        <translation>&amp;Veröffentlicht (sichtbar bis zum Löschen)</translation>
    </message>
    <message>
        <source>&amp;Keep the post on the site afterwards</source>
        <translation>Den Beitrag danach auf der Website &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Run test publish</source>
        <translation>Test-Veröffentlichung &amp;starten</translation>
    </message>
    <message>
        <source>Latchkey test post</source>
        <translation>Latchkey-Testbeitrag</translation>
    </message>
    <message>
        <source>This post was created by Latchkey to check that publishing works. Latchkey deletes it again right away.</source>
        <translation>Dieser Beitrag wurde von Latchkey erstellt, um zu prüfen, ob das Veröffentlichen funktioniert. Latchkey löscht ihn sofort wieder.</translation>
    </message>
    <message>
        <source>none (optional; created if missing, and then kept)</source>
        <translation>keine (optional; wird bei Bedarf erstellt und dann behalten)</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>I&amp;nhalt:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegorie:</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Das Passwort wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>category id %1</source>
        <translation>Kategorie-ID %1</translation>
    </message>
    <message>
        <source>Preparing the category…</source>
        <translation>Die Kategorie wird vorbereitet …</translation>
    </message>
    <message>
        <source>post %1 (%2)</source>
        <translation>Beitrag %1 (%2)</translation>
    </message>
    <message>
        <source>Creating the post…</source>
        <translation>Der Beitrag wird erstellt …</translation>
    </message>
    <message>
        <source>Reading the post back…</source>
        <translation>Der Beitrag wird zurückgelesen …</translation>
    </message>
    <message>
        <source>deleted for good</source>
        <translation>endgültig gelöscht</translation>
    </message>
    <message>
        <source>Deleting the post…</source>
        <translation>Der Beitrag wird gelöscht …</translation>
    </message>
    <message>
        <source>✓ Publishing works. The post was at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>✓ Veröffentlichen funktioniert. Der Beitrag war unter &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The post was created at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>Der Beitrag wurde unter &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; erstellt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>✗ No post was created.</source>
        <translation>✗ Es wurde kein Beitrag erstellt.</translation>
    </message>
    <message>
        <source>The category “%1” stays.</source>
        <translation>Die Kategorie „%1“ bleibt bestehen.</translation>
    </message>
    <message>
        <source>Test publish worked (post %1). %2</source>
        <translation>Test-Veröffentlichung hat funktioniert (Beitrag %1). %2</translation>
    </message>
    <message>
        <source>Test publish failed: %1 %2</source>
        <translation>Test-Veröffentlichung fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>✗ No answer came to the creation of the post: it may have been created.</source>
        <translation>✗ Auf das Erstellen des Beitrags kam keine Antwort: Er wurde möglicherweise erstellt.</translation>
    </message>
</context>
<context>
    <name>Latchkey::PublishTest</name>
    <message>
        <source>The test post was created and read back.</source>
        <translation>Der Testbeitrag wurde erstellt und zurückgelesen.</translation>
    </message>
    <message>
        <source>The test post&apos;s status must be &quot;draft&quot; or &quot;publish&quot;.</source>
        <translation>Der Status des Testbeitrags muss &quot;draft&quot; oder &quot;publish&quot; sein.</translation>
    </message>
    <message>
        <source>Latchkey created this post to test publishing with an application password.</source>
        <translation>Latchkey hat diesen Beitrag erstellt, um das Veröffentlichen mit einem Anwendungspasswort zu testen.</translation>
    </message>
    <message>
        <source>Latchkey created this post to test publishing with an application password. It deletes it again right away.</source>
        <translation>Latchkey hat diesen Beitrag erstellt, um das Veröffentlichen mit einem Anwendungspasswort zu testen. Es löscht ihn sofort wieder.</translation>
    </message>
    <message>
        <source>This user may not publish posts.</source>
        <translation>Dieser Benutzer darf keine Beiträge veröffentlichen.</translation>
    </message>
    <message>
        <source>Publishing needs the Author, Editor or Administrator role; a Contributor may only submit drafts for review.</source>
        <translation>Zum Veröffentlichen braucht es die Rolle Autor, Redakteur oder Administrator; ein Mitarbeiter kann nur Entwürfe zur Prüfung einreichen.</translation>
    </message>
    <message>
        <source>This user may not write posts.</source>
        <translation>Dieser Benutzer darf keine Beiträge schreiben.</translation>
    </message>
    <message>
        <source>Writing posts needs the Contributor, Author, Editor or Administrator role.</source>
        <translation>Zum Schreiben von Beiträgen braucht es die Rolle Mitarbeiter, Autor, Redakteur oder Administrator.</translation>
    </message>
    <message>
        <source>Post %1, status &quot;%2&quot;</source>
        <translation>Beitrag %1, Status &quot;%2&quot;</translation>
    </message>
    <message>
        <source>title &quot;%1&quot;</source>
        <translation>Titel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>status &quot;%1&quot;</source>
        <translation>Status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The post read back differs: %1</source>
        <translation>Der zurückgelesene Beitrag weicht ab: %1</translation>
    </message>
    <message>
        <source>WordPress stored the test post differently from how it was sent.</source>
        <translation>WordPress hat den Testbeitrag anders gespeichert, als er gesendet wurde.</translation>
    </message>
    <message>
        <source>A plugin may change new posts; check the post in wp-admin.</source>
        <translation>Ein Plugin verändert vielleicht neue Beiträge; sehen Sie sich den Beitrag in wp-admin an.</translation>
    </message>
    <message>
        <source>Title and status match</source>
        <translation>Titel und Status stimmen überein</translation>
    </message>
    <message>
        <source>The test post (id %1) could not be deleted.</source>
        <translation>Der Testbeitrag (ID %1) konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete the post &quot;%1&quot; in wp-admin.</source>
        <translation>Löschen Sie den Beitrag &quot;%1&quot; in wp-admin.</translation>
    </message>
    <message>
        <source>Deleted for good</source>
        <translation>Endgültig gelöscht</translation>
    </message>
    <message>
        <source>Nothing the test created is left on the site.</source>
        <translation>Nichts, was der Test erstellt hat, ist auf der Website verblieben.</translation>
    </message>
    <message>
        <source>A test post may be left on the site (no answer came to its creation): look for &quot;%1&quot; in wp-admin.</source>
        <translation>Möglicherweise ist ein Testbeitrag auf der Website verblieben (auf sein Erstellen kam keine Antwort): Suchen Sie in wp-admin nach &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Left on the site: the post &quot;%1&quot; (id %2, %3).</source>
        <translation>Auf der Website verblieben: der Beitrag &quot;%1&quot; (ID %2, %3).</translation>
    </message>
</context>
<context>
    <name>Latchkey::ReissueDialog</name>
    <message>
        <source>&amp;Issue New Passwords</source>
        <translation>&amp;Neue Passwörter ausstellen</translation>
    </message>
    <message>
        <source>Revoke the &amp;Old Passwords…</source>
        <translation>&amp;Alte Passwörter widerrufen …</translation>
    </message>
    <message>
        <source>&amp;Cancel the Re-issue…</source>
        <translation>Neuausstellung a&amp;bbrechen …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Re-issue an integration&apos;s password</source>
        <translation>Passwort einer Integration neu ausstellen</translation>
    </message>
    <message>
        <source>Gives an integration (a shop connector, a backup service…) a new application password on each site, without downtime: the new passwords are issued next to the old ones and kept in your keychain only. Copy each one into the integration; when it uses them all, revoke the old passwords.</source>
        <translation>Gibt einer Integration (einem Shop-Connector, einem Backup-Dienst …) auf jeder Website ein neues Anwendungspasswort, ohne Ausfallzeit: Die neuen Passwörter werden neben den alten ausgestellt und nur in Ihrem Schlüsselbund aufbewahrt. Kopieren Sie jedes in die Integration; sobald sie alle verwendet, widerrufen Sie die alten Passwörter.</translation>
    </message>
    <message>
        <source>The integration&apos;s password name, e.g. Zapier</source>
        <translation>Der Passwortname der Integration, z. B. Zapier</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>What happened on each site appears here.</source>
        <translation>Hier erscheint, was auf jeder Website geschehen ist.</translation>
    </message>
    <message>
        <source>&amp;Password name:</source>
        <translation>&amp;Passwortname:</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>Web&amp;sites:</translation>
    </message>
    <message>
        <source>Stopping: work under way reaches a safe point first…</source>
        <translation>Wird angehalten: Laufende Arbeit erreicht zuerst einen sicheren Punkt …</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the new password (the clipboard is cleared after a while)</source>
        <translation>Das neue Passwort kopieren (die Zwischenablage wird nach einer Weile geleert)</translation>
    </message>
    <message>
        <source>Nothing is pending for this name.</source>
        <translation>Für diesen Namen steht nichts aus.</translation>
    </message>
    <message numerus="yes">
        <source>Pending on %n site(s). Copy each new password into the integration, then revoke the old passwords.</source>
        <translation>
            <numerusform>Ausstehend auf %n Website. Kopieren Sie das neue Passwort in die Integration und widerrufen Sie dann die alten Passwörter.</numerusform>
            <numerusform>Ausstehend auf %n Websites. Kopieren Sie jedes neue Passwort in die Integration und widerrufen Sie dann die alten Passwörter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; of %2.</source>
        <translation>„%1“ von %2 kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Issuing a new &quot;%1&quot; on %n site(s)…</source>
        <translation>
            <numerusform>Ein neues „%1“ wird auf %n Website ausgestellt …</numerusform>
            <numerusform>Ein neues „%1“ wird auf %n Websites ausgestellt …</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the old passwords</source>
        <translation>Die alten Passwörter widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Has the integration been updated with the new passwords of all %n site(s)?</source>
        <translation>
            <numerusform>Wurde die Integration mit dem neuen Passwort der %n Website aktualisiert?</numerusform>
            <numerusform>Wurde die Integration mit den neuen Passwörtern aller %n Websites aktualisiert?</numerusform>
        </translation>
    </message>
    <message>
        <source>The old &quot;%1&quot; passwords are revoked now; anything still using them stops working. The new ones then take the name &quot;%1&quot; and leave your keychain.</source>
        <translation>Die alten „%1“-Passwörter werden jetzt widerrufen; alles, was sie noch verwendet, funktioniert nicht mehr. Die neuen erhalten dann den Namen „%1“ und verlassen Ihren Schlüsselbund.</translation>
    </message>
    <message>
        <source>Revoking the old passwords…</source>
        <translation>Die alten Passwörter werden widerrufen …</translation>
    </message>
    <message>
        <source>Revoke the Old Passwords</source>
        <translation>Alte Passwörter widerrufen</translation>
    </message>
    <message>
        <source>Cancel the re-issue</source>
        <translation>Neuausstellung abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke the new passwords on %n site(s) and keep the old ones?</source>
        <translation>
            <numerusform>Das neue Passwort auf %n Website widerrufen und das alte behalten?</numerusform>
            <numerusform>Die neuen Passwörter auf %n Websites widerrufen und die alten behalten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything you already set up with a new password stops working.</source>
        <translation>Alles, was Sie bereits mit einem neuen Passwort eingerichtet haben, funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Revoking the new passwords…</source>
        <translation>Die neuen Passwörter werden widerrufen …</translation>
    </message>
    <message>
        <source>Revoke the New Passwords</source>
        <translation>Neue Passwörter widerrufen</translation>
    </message>
    <message>
        <source>%1: no password named &quot;%2&quot; here; nothing to do.</source>
        <translation>%1: hier kein Passwort namens „%2“; nichts zu tun.</translation>
    </message>
    <message>
        <source>%1: ✗ %2 [%3]</source>
        <translation>%1: ✗ %2 [%3]</translation>
    </message>
    <message>
        <source>%1: issued &quot;%2&quot;; the old one still works.</source>
        <translation>%1: „%2“ ausgestellt; das alte funktioniert noch.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Re-issue of &quot;%1&quot;: new password issued</source>
        <translation>Neuausstellung von „%1“: neues Passwort ausgestellt</translation>
    </message>
    <message numerus="yes">
        <source>New passwords issued on %n site(s). Copy each one below into the integration.</source>
        <translation>
            <numerusform>Neues Passwort auf %n Website ausgestellt. Kopieren Sie es unten in die Integration.</numerusform>
            <numerusform>Neue Passwörter auf %n Websites ausgestellt. Kopieren Sie jedes unten in die Integration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-issue of &quot;%1&quot;: old passwords revoked</source>
        <translation>Neuausstellung von „%1“: alte Passwörter widerrufen</translation>
    </message>
    <message>
        <source>Re-issue of &quot;%1&quot; cancelled: new password revoked</source>
        <translation>Neuausstellung von „%1“ abgebrochen: neues Passwort widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>New passwords issued on %n site(s).</source>
        <translation>
            <numerusform>Neues Passwort auf %n Website ausgestellt.</numerusform>
            <numerusform>Neue Passwörter auf %n Websites ausgestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) have no such password.</source>
        <translation>
            <numerusform>%n Website hat kein solches Passwort.</numerusform>
            <numerusform>%n Websites haben kein solches Passwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) failed.</source>
        <translation>
            <numerusform>%n Website fehlgeschlagen.</numerusform>
            <numerusform>%n Websites fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy each new one below into the integration.</source>
        <translation>Kopieren Sie jedes neue Passwort unten in die Integration.</translation>
    </message>
    <message numerus="yes">
        <source>Old passwords revoked on %n site(s), %1 failed.</source>
        <translation>
            <numerusform>Alte Passwörter auf %n Website widerrufen, %1 fehlgeschlagen.</numerusform>
            <numerusform>Alte Passwörter auf %n Websites widerrufen, %1 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-issue cancelled on %n site(s), %1 failed.</source>
        <translation>
            <numerusform>Neuausstellung auf %n Website abgebrochen, %1 fehlgeschlagen.</numerusform>
            <numerusform>Neuausstellung auf %n Websites abgebrochen, %1 fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::ReissueStore</name>
    <message>
        <source>Another Latchkey process is holding the re-issue list.</source>
        <translation>Ein anderer Latchkey-Prozess hält die Liste der Neuausstellungen.</translation>
    </message>
    <message>
        <source>The re-issue list %1 is damaged.</source>
        <translation>Die Liste der Neuausstellungen %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Latchkey::ReissueTask</name>
    <message>
        <source>Already issued on %1; waiting for reissue-finish.</source>
        <translation>Bereits ausgestellt am %1; wartet auf reissue-finish.</translation>
    </message>
    <message>
        <source>No re-issue of &quot;%1&quot; is pending on this site.</source>
        <translation>Auf dieser Website ist keine Neuausstellung von &quot;%1&quot; ausstehend.</translation>
    </message>
    <message>
        <source>Start one with &quot;latchkey-cli password reissue&quot;.</source>
        <translation>Starten Sie eine mit &quot;latchkey-cli password reissue&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the password Latchkey itself uses here.</source>
        <translation>&quot;%1&quot; ist das Passwort, das Latchkey hier selbst verwendet.</translation>
    </message>
    <message>
        <source>Use &quot;latchkey-cli password rotate&quot; for that one.</source>
        <translation>Verwenden Sie dafür &quot;latchkey-cli password rotate&quot;.</translation>
    </message>
    <message>
        <source>The user has no application password named &quot;%1&quot; here.</source>
        <translation>Der Benutzer hat hier kein Anwendungspasswort namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Issued &quot;%1&quot;; show it with &quot;password reissue-show&quot;, then finish with &quot;password reissue-finish&quot;.</source>
        <translation>&quot;%1&quot; ausgestellt; zeigen Sie es mit &quot;password reissue-show&quot; an und schließen Sie dann mit &quot;password reissue-finish&quot; ab.</translation>
    </message>
    <message>
        <source>The new password keeps the name &quot;%1&quot;: %2</source>
        <translation>Das neue Passwort behält den Namen &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n old password(s); the new one is now &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n altes Passwort widerrufen; das neue heißt jetzt &quot;%1&quot;.</numerusform>
            <numerusform>%n alte Passwörter widerrufen; das neue heißt jetzt &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked the new password; the old ones stay.</source>
        <translation>Das neue Passwort wurde widerrufen; die alten bleiben.</translation>
    </message>
    <message>
        <source>the new password &quot;%1&quot; may have been created; run &quot;latchkey-cli password reissue&quot; again (or &quot;reissue-cancel&quot;) to revoke it</source>
        <translation>das neue Passwort &quot;%1&quot; wurde möglicherweise erstellt; führen Sie &quot;latchkey-cli password reissue&quot; erneut aus (oder &quot;reissue-cancel&quot;), um es zu widerrufen</translation>
    </message>
</context>
<context>
    <name>Latchkey::RevokeFilter</name>
    <message>
        <source>Say which passwords to revoke.</source>
        <translation>Geben Sie an, welche Passwörter widerrufen werden sollen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an app id (a UUID).</source>
        <translation>&quot;%1&quot; ist keine App-ID (eine UUID).</translation>
    </message>
    <message>
        <source>The name pattern is not valid.</source>
        <translation>Das Namensmuster ist ungültig.</translation>
    </message>
    <message>
        <source>&quot;*&quot; would revoke every password.</source>
        <translation>&quot;*&quot; würde jedes Passwort widerrufen.</translation>
    </message>
    <message>
        <source>Use &quot;password revoke SITE --all-passwords&quot; on one site if that is really what you want.</source>
        <translation>Verwenden Sie &quot;password revoke SITE --all-passwords&quot; auf einer Website, wenn Sie das wirklich wollen.</translation>
    </message>
    <message>
        <source>named &quot;%1&quot;</source>
        <translation>namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>with a name like &quot;%1&quot;</source>
        <translation>mit einem Namen wie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>with app id %1</source>
        <translation>mit App-ID %1</translation>
    </message>
</context>
<context>
    <name>Latchkey::RevokeTask</name>
    <message>
        <source>No matching password.</source>
        <translation>Kein passendes Passwort.</translation>
    </message>
    <message>
        <source>%1 would be revoked.</source>
        <translation>%1 würde(n) widerrufen.</translation>
    </message>
    <message>
        <source>%1 revoked, %2 failed.</source>
        <translation>%1 widerrufen, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Latchkey&apos;s own password was left alone (rotate it with &quot;password rotate&quot;).</source>
        <translation>Latchkeys eigenes Passwort wurde nicht angetastet (erneuern Sie es mit &quot;password rotate&quot;).</translation>
    </message>
    <message>
        <source>Only the connected user&apos;s passwords were searched: %1 may not manage other users&apos; passwords.</source>
        <translation>Es wurden nur die Passwörter des verbundenen Benutzers durchsucht: %1 darf die Passwörter anderer Benutzer nicht verwalten.</translation>
    </message>
    <message>
        <source>Connect the site as an administrator to search every user.</source>
        <translation>Verbinden Sie die Website als Administrator, um alle Benutzer zu durchsuchen.</translation>
    </message>
</context>
<context>
    <name>Latchkey::RotateDialog</name>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Erneuern …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Rotate Latchkey&apos;s password</source>
        <translation>Latchkeys Passwort erneuern</translation>
    </message>
    <message>
        <source>&lt;p&gt;Replaces the application password Latchkey itself uses on each site. On every site Latchkey:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;creates a new password under a temporary name,&lt;/li&gt;&lt;li&gt;stores it in your keychain,&lt;/li&gt;&lt;li&gt;checks that it works,&lt;/li&gt;&lt;li&gt;revokes the old one,&lt;/li&gt;&lt;li&gt;gives the new one the old name.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;If a step fails, the site stays on a password that works: the old one, or the new one when only the clean-up failed. An interrupted rotation is finished or rolled back the next time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ersetzt das Anwendungspasswort, das Latchkey selbst auf jeder Website verwendet. Auf jeder Website geht Latchkey so vor:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Es erstellt ein neues Passwort unter einem vorläufigen Namen,&lt;/li&gt;&lt;li&gt;speichert es in Ihrem Schlüsselbund,&lt;/li&gt;&lt;li&gt;prüft, ob es funktioniert,&lt;/li&gt;&lt;li&gt;widerruft das alte&lt;/li&gt;&lt;li&gt;und gibt dem neuen den alten Namen.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Schlägt ein Schritt fehl, bleibt die Website bei einem Passwort, das funktioniert: dem alten oder, wenn nur das Aufräumen fehlschlug, dem neuen. Eine unterbrochene Erneuerung wird beim nächsten Mal abgeschlossen oder zurückgenommen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>Web&amp;sites:</translation>
    </message>
    <message>
        <source>Stopping: rotations under way reach a safe point first…</source>
        <translation>Wird angehalten: Laufende Erneuerungen erreichen zuerst einen sicheren Punkt …</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Not rotated: stopped. It keeps its old, working password.</source>
        <translation>Nicht erneuert: angehalten. Die Website behält ihr altes, funktionierendes Passwort.</translation>
    </message>
    <message>
        <source>Rotated, but the old password is still valid: %1</source>
        <translation>Erneuert, aber das alte Passwort ist noch gültig: %1</translation>
    </message>
    <message>
        <source>Left on its old, working password: %1</source>
        <translation>Beim alten, funktionierenden Passwort belassen: %1</translation>
    </message>
    <message>
        <source>Stopping: work under way reaches a safe point first…</source>
        <translation>Wird angehalten: Laufende Arbeit erreicht zuerst einen sicheren Punkt …</translation>
    </message>
    <message numerus="yes">
        <source>Rotate Latchkey&apos;s own password on %n site(s)?</source>
        <translation>
            <numerusform>Latchkeys eigenes Passwort auf %n Website erneuern?</numerusform>
            <numerusform>Latchkeys eigenes Passwort auf %n Websites erneuern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each site gets a new application password, stored in your keychain, and the old one is revoked once the new one works. Integrations are not affected.</source>
        <translation>Jede Website erhält ein neues Anwendungspasswort, das in Ihrem Schlüsselbund gespeichert wird, und das alte wird widerrufen, sobald das neue funktioniert. Integrationen sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Wird erneuert …</translation>
    </message>
    <message>
        <source>Rotation of Latchkey&apos;s password</source>
        <translation>Erneuerung von Latchkeys Passwort</translation>
    </message>
    <message numerus="yes">
        <source>Rotated on %n site(s).</source>
        <translation>
            <numerusform>Auf %n Website erneuert.</numerusform>
            <numerusform>Auf %n Websites erneuert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted rotation settled</source>
        <translation>Unterbrochene Erneuerung bereinigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>An interrupted rotation of Latchkey&apos;s password was settled on %n site(s). %1</source>
        <translation>
            <numerusform>Eine unterbrochene Erneuerung von Latchkeys Passwort wurde auf %n Website bereinigt. %1</numerusform>
            <numerusform>Eine unterbrochene Erneuerung von Latchkeys Passwort wurde auf %n Websites bereinigt. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) rotated, %1 not (see each site&apos;s line).</source>
        <translation>
            <numerusform>%n Website erneuert, %1 nicht (siehe die Zeile jeder Website).</numerusform>
            <numerusform>%n Websites erneuert, %1 nicht (siehe die Zeile jeder Website).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone: another Latchkey process is rotating it right now.</source>
        <translation>Nicht angetastet: Ein anderer Latchkey-Prozess erneuert gerade ihr Passwort.</translation>
    </message>
</context>
<context>
    <name>Latchkey::RotationJournal</name>
    <message>
        <source>Another Latchkey process is holding the rotation journal.</source>
        <translation>Ein anderer Latchkey-Prozess hält das Erneuerungsjournal.</translation>
    </message>
    <message>
        <source>The rotation journal %1 is damaged.</source>
        <translation>Das Erneuerungsjournal %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Check the sites it names with &quot;latchkey-cli check&quot;, then move it away.</source>
        <translation>Prüfen Sie die darin genannten Websites mit &quot;latchkey-cli check&quot; und verschieben Sie es dann an einen anderen Ort.</translation>
    </message>
    <message>
        <source>The rotation journal was written by a newer version of Latchkey.</source>
        <translation>Das Erneuerungsjournal wurde von einer neueren Latchkey-Version geschrieben.</translation>
    </message>
</context>
<context>
    <name>Latchkey::RotationTask</name>
    <message>
        <source>The rotation journal could not be written: %1</source>
        <translation>Das Erneuerungsjournal konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>No interrupted rotation.</source>
        <translation>Keine unterbrochene Erneuerung.</translation>
    </message>
    <message>
        <source>an interrupted rotation stays in the journal: %1</source>
        <translation>eine unterbrochene Erneuerung bleibt im Journal: %1</translation>
    </message>
    <message>
        <source>could not revoke the unfinished new password; the journal keeps it</source>
        <translation>das unfertige neue Passwort konnte nicht widerrufen werden; das Journal behält es</translation>
    </message>
    <message>
        <source>The new password could not be stored in the keychain, so it was revoked; the site keeps its old password.</source>
        <translation>Das neue Passwort konnte nicht im Schlüsselbund gespeichert werden und wurde deshalb widerrufen; die Website behält ihr altes Passwort.</translation>
    </message>
    <message>
        <source>WordPress says another password was used.</source>
        <translation>WordPress meldet, dass ein anderes Passwort verwendet wurde.</translation>
    </message>
    <message>
        <source>the new password did not verify and the old one could not be put back in the keychain (%1); both stay valid on the site</source>
        <translation>das neue Passwort ließ sich nicht bestätigen und das alte konnte nicht in den Schlüsselbund zurückgelegt werden (%1); beide bleiben auf der Website gültig</translation>
    </message>
    <message>
        <source>The new password did not work, so it was revoked; the site keeps its old password.</source>
        <translation>Das neue Passwort hat nicht funktioniert und wurde deshalb widerrufen; die Website behält ihr altes Passwort.</translation>
    </message>
    <message>
        <source>the new password %1 could not be revoked (%2); the next rotation of this site revokes it</source>
        <translation>das neue Passwort %1 konnte nicht widerrufen werden (%2); die nächste Erneuerung dieser Website widerruft es</translation>
    </message>
    <message>
        <source>The site now uses the new password, but the old one could not be revoked and still works; the next rotation revokes it.</source>
        <translation>Die Website verwendet jetzt das neue Passwort, aber das alte konnte nicht widerrufen werden und funktioniert noch; die nächste Erneuerung widerruft es.</translation>
    </message>
    <message>
        <source>The new password keeps its temporary name &quot;%1&quot;: %2</source>
        <translation>Das neue Passwort behält seinen vorläufigen Namen &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The site list could not be updated (%1); run &quot;latchkey-cli check&quot; on the site to refresh it.</source>
        <translation>Die Website-Liste konnte nicht aktualisiert werden (%1); führen Sie &quot;latchkey-cli check&quot; für die Website aus, um sie aufzufrischen.</translation>
    </message>
    <message>
        <source>Rolled back an interrupted rotation; the site keeps its password.</source>
        <translation>Eine unterbrochene Erneuerung wurde zurückgenommen; die Website behält ihr Passwort.</translation>
    </message>
    <message>
        <source>Finished an interrupted rotation: now using %1.</source>
        <translation>Eine unterbrochene Erneuerung wurde abgeschlossen: verwendet jetzt %1.</translation>
    </message>
    <message>
        <source>Rotated: now using %1 (&quot;%2&quot;); the old password %3 is revoked.</source>
        <translation>Erneuert: verwendet jetzt %1 (&quot;%2&quot;); das alte Passwort %3 ist widerrufen.</translation>
    </message>
    <message>
        <source>Another Latchkey process is rotating this site&apos;s password right now; this run left the site alone.</source>
        <translation>Ein anderer Latchkey-Prozess erneuert gerade das Passwort dieser Website; dieser Lauf hat die Website nicht angetastet.</translation>
    </message>
    <message>
        <source>Another Latchkey process (%1) is rotating this site&apos;s password right now; this run left the site alone.</source>
        <translation>Ein anderer Latchkey-Prozess (%1) erneuert gerade das Passwort dieser Website; dieser Lauf hat die Website nicht angetastet.</translation>
    </message>
    <message>
        <source>%1; both passwords stay valid and the next rotation of this site sorts it out</source>
        <translation>%1; beide Passwörter bleiben gültig, und die nächste Erneuerung dieser Website bereinigt das</translation>
    </message>
    <message>
        <source>the old password could not be written back to the keychain (%1)</source>
        <translation>das alte Passwort konnte nicht in den Schlüsselbund zurückgeschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the keychain could not be read back</source>
        <translation>der Schlüsselbund konnte nicht zurückgelesen werden</translation>
    </message>
</context>
<context>
    <name>Latchkey::SecretStore</name>
    <message>
        <source>the entry is in a locked collection</source>
        <translation>der Eintrag liegt in einer gesperrten Sammlung</translation>
    </message>
    <message>
        <source>no entry in the unlocked collections, and a locked one may hold it</source>
        <translation>kein Eintrag in den entsperrten Sammlungen, und eine gesperrte enthält ihn vielleicht</translation>
    </message>
    <message>
        <source>the unlock was cancelled or refused</source>
        <translation>das Entsperren wurde abgebrochen oder abgelehnt</translation>
    </message>
    <message>
        <source>the keychain did not unlock in time</source>
        <translation>der Schlüsselbund wurde nicht rechtzeitig entsperrt</translation>
    </message>
    <message>
        <source>The system keychain is locked.</source>
        <translation>Der Systemschlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <source>Unlock it (&quot;Unlock keychain…&quot; in Latchkey&apos;s window, or your desktop&apos;s keyring tool), then try again. The site&apos;s password is still stored: do not reconnect the site.</source>
        <translation>Entsperren Sie ihn („Schlüsselbund entsperren …“ im Fenster von Latchkey oder mit dem Schlüsselbund-Werkzeug Ihrer Arbeitsumgebung) und versuchen Sie es dann erneut. Das Passwort der Website ist weiterhin gespeichert: Verbinden Sie die Website nicht neu.</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set and $XDG_RUNTIME_DIR/bus does not exist); Latchkey does not start a bus or a keyring of its own</source>
        <translation>es gibt keinen D-Bus-Sitzungsbus (DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt und $XDG_RUNTIME_DIR/bus existiert nicht); Latchkey startet keinen eigenen Bus und keinen eigenen Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>Latchkey::SettingsDialog</name>
    <message>
        <source>Latchkey Settings</source>
        <translation>Latchkey-Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Clear a copied password from the clipboard after:</source>
        <translation>Ein kopiertes Passwort aus der Zwischenablage löschen nach:</translation>
    </message>
    <message>
        <source>Sites to test at the same time:</source>
        <translation>Gleichzeitig getestete Websites:</translation>
    </message>
    <message>
        <source>The clipboard is cleared only if it still holds the password Latchkey put there, and always when Latchkey quits.</source>
        <translation>Die Zwischenablage wird nur geleert, wenn sie noch das Passwort enthält, das Latchkey dort abgelegt hat, und immer, wenn Latchkey beendet wird.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language is used the next time Latchkey starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Latchkey verwendet.</translation>
    </message>
    <message>
        <source>Give up on a site after:</source>
        <translation>Eine Website aufgeben nach:</translation>
    </message>
</context>
<context>
    <name>Latchkey::SingleInstance</name>
    <message>
        <source>Latchkey is already running.</source>
        <translation>Latchkey läuft bereits.</translation>
    </message>
    <message>
        <source>Latchkey has no private folder for talking to a second Latchkey process: %1 (%2).</source>
        <translation>Latchkey hat keinen privaten Ordner für die Verbindung zu einem zweiten Latchkey-Prozess: %1 (%2).</translation>
    </message>
    <message>
        <source>Run Latchkey in a desktop session (it sets XDG_RUNTIME_DIR), or remove or fix that folder. Until then each `latchkey` starts its own window.</source>
        <translation>Starten Sie Latchkey in einer Desktop-Sitzung (sie setzt XDG_RUNTIME_DIR), oder entfernen oder korrigieren Sie diesen Ordner. Bis dahin öffnet jedes `latchkey` ein eigenes Fenster.</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>er kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>er ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>er ist kein Ordner</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>er gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>others may use it (mode %1, not 700)</source>
        <translation>andere dürfen ihn verwenden (Modus %1, nicht 700)</translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not set</source>
        <translation>XDG_RUNTIME_DIR ist nicht gesetzt</translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not a folder</source>
        <translation>XDG_RUNTIME_DIR ist kein Ordner</translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not this user&apos;s alone</source>
        <translation>XDG_RUNTIME_DIR gehört nicht allein diesem Benutzer</translation>
    </message>
    <message>
        <source>it cannot be created: %1</source>
        <translation>er kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>A process of another user listens on %1.</source>
        <translation>Ein Prozess eines anderen Benutzers lauscht auf %1.</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteAddressChange</name>
    <message>
        <source>Checking that the stored password works at %1…</source>
        <translation>Es wird geprüft, ob das gespeicherte Passwort unter %1 funktioniert …</translation>
    </message>
    <message>
        <source>The address of &quot;%1&quot; was not changed.</source>
        <translation>Die Adresse von „%1“ wurde nicht geändert.</translation>
    </message>
    <message>
        <source>At %1 the stored password signs in as user %2 (id %3), not as %4 (id %5): that is another WordPress site. The address was not changed.</source>
        <translation>Unter %1 meldet sich das gespeicherte Passwort als Benutzer %2 (ID %3) an, nicht als %4 (ID %5): Das ist eine andere WordPress-Website. Die Adresse wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteCommands</name>
    <message>
        <source>usage: latchkey-cli %1</source>
        <translation>Aufruf: latchkey-cli %1</translation>
    </message>
    <message>
        <source>WordPress user name (login).</source>
        <translation>WordPress-Benutzername (Login).</translation>
    </message>
    <message>
        <source>Name in Latchkey.</source>
        <translation>Name in Latchkey.</translation>
    </message>
    <message>
        <source>Group (client).</source>
        <translation>Gruppe (Kunde).</translation>
    </message>
    <message>
        <source>Allow sending the password over plain HTTP to this non-local site.</source>
        <translation>Senden des Passworts über unverschlüsseltes HTTP an diese nicht lokale Website erlauben.</translation>
    </message>
    <message>
        <source>The site&apos;s address.</source>
        <translation>Die Adresse der Website.</translation>
    </message>
    <message>
        <source>--user LOGIN is required</source>
        <translation>--user LOGIN ist erforderlich</translation>
    </message>
    <message>
        <source>saved as &quot;%1&quot;</source>
        <translation>gespeichert als &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use &quot;latchkey-cli site reconnect %1&quot; to give it a new password.</source>
        <translation>Verwenden Sie &quot;latchkey-cli site reconnect %1&quot;, um ihr ein neues Passwort zu geben.</translation>
    </message>
    <message>
        <source>Application password for %1 at %2: </source>
        <translation>Anwendungspasswort für %1 auf %2: </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3) as %4 [%5].</source>
        <translation>%1 &quot;%2&quot; (%3) als %4 [%5].</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>No sites yet. Add one with &quot;latchkey-cli site add URL --user LOGIN&quot;.</source>
        <translation>Noch keine Websites. Fügen Sie eine mit &quot;latchkey-cli site add URL --user LOGIN&quot; hinzu.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>LAST CHECK</source>
        <translation>LETZTE PRÜFUNG</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>Neuer Name.</translation>
    </message>
    <message>
        <source>New address (checked first).</source>
        <translation>Neue Adresse (wird zuerst geprüft).</translation>
    </message>
    <message>
        <source>Group; empty to clear.</source>
        <translation>Gruppe; leer zum Entfernen.</translation>
    </message>
    <message>
        <source>Comma-separated tags.</source>
        <translation>Kommagetrennte Schlagwörter.</translation>
    </message>
    <message>
        <source>Allow plain HTTP to this non-local site.</source>
        <translation>Unverschlüsseltes HTTP zu dieser nicht lokalen Website erlauben.</translation>
    </message>
    <message>
        <source>Withdraw the plain-HTTP opt-in.</source>
        <translation>Die Freigabe für unverschlüsseltes HTTP zurückziehen.</translation>
    </message>
    <message>
        <source>Send DELETE as POST with X-HTTP-Method-Override.</source>
        <translation>DELETE als POST mit X-HTTP-Method-Override senden.</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (SHA-256), or none.</source>
        <translation>Genau diesem Zertifikat (SHA-256) vertrauen, oder none für keines.</translation>
    </message>
    <message>
        <source>Name, id or URL of the site.</source>
        <translation>Name, ID oder URL der Website.</translation>
    </message>
    <message>
        <source>--allow-insecure-http and --no-allow-insecure-http contradict each other</source>
        <translation>--allow-insecure-http und --no-allow-insecure-http widersprechen sich</translation>
    </message>
    <message>
        <source>--method-override takes on or off</source>
        <translation>--method-override erwartet on oder off</translation>
    </message>
    <message>
        <source>--trust-certificate takes a SHA-256 fingerprint (64 hex digits) or none</source>
        <translation>--trust-certificate erwartet einen SHA-256-Fingerabdruck (64 Hexadezimalziffern) oder none</translation>
    </message>
    <message>
        <source>the application password for &quot;%1&quot; may now travel unencrypted; anyone on the network path can read and use it.</source>
        <translation>Das Anwendungspasswort für &quot;%1&quot; darf jetzt unverschlüsselt übertragen werden; jeder auf dem Netzwerkweg kann es mitlesen und verwenden.</translation>
    </message>
    <message>
        <source>Updated &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; aktualisiert.</translation>
    </message>
    <message>
        <source>Connect as another WordPress user from now on.</source>
        <translation>Ab jetzt als anderer WordPress-Benutzer verbinden.</translation>
    </message>
    <message>
        <source>New application password for %1 at %2: </source>
        <translation>Neues Anwendungspasswort für %1 auf %2: </translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Neu verbunden</translation>
    </message>
    <message>
        <source>Revoke Latchkey&apos;s application password on the site first.</source>
        <translation>Zuerst Latchkeys Anwendungspasswort auf der Website widerrufen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not removed.</source>
        <translation>&quot;%1&quot; wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>Revoked Latchkey&apos;s password on &quot;%1&quot; and removed the site.</source>
        <translation>Latchkeys Passwort auf &quot;%1&quot; widerrufen und die Website entfernt.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; entfernt.</translation>
    </message>
    <message>
        <source>run &quot;latchkey-cli site add %1 --user %2&quot;</source>
        <translation>führen Sie &quot;latchkey-cli site add %1 --user %2&quot; aus</translation>
    </message>
    <message>
        <source>run &quot;latchkey-cli site edit %1 --url %2&quot; instead</source>
        <translation>führen Sie stattdessen &quot;latchkey-cli site edit %1 --url %2&quot; aus</translation>
    </message>
    <message>
        <source>If %1 is really this site&apos;s address, accept it: %2.</source>
        <translation>Wenn %1 wirklich die Adresse dieser Website ist, übernehmen Sie sie: %2.</translation>
    </message>
    <message>
        <source>proposed address: %1</source>
        <translation>vorgeschlagene Adresse: %1</translation>
    </message>
    <message>
        <source>change the site&apos;s address with &quot;latchkey-cli site edit %1 --url %2&quot;, or remove the site and add it again with that address</source>
        <translation>ändern Sie die Adresse der Website mit &quot;latchkey-cli site edit %1 --url %2&quot;, oder entfernen Sie die Website und fügen Sie sie mit dieser Adresse erneut hinzu</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteConnector</name>
    <message>
        <source>Enter the WordPress user name the password belongs to.</source>
        <translation>Geben Sie den WordPress-Benutzernamen ein, zu dem das Passwort gehört.</translation>
    </message>
    <message>
        <source>Enter the application password.</source>
        <translation>Geben Sie das Anwendungspasswort ein.</translation>
    </message>
    <message>
        <source>This is not 24 characters long: an application password looks like &quot;abcd efgh ijkl mnop qrst uvwx&quot;.</source>
        <translation>Das ist nicht 24 Zeichen lang: Ein Anwendungspasswort sieht aus wie „abcd efgh ijkl mnop qrst uvwx“.</translation>
    </message>
    <message>
        <source>Looking for WordPress at %1…</source>
        <translation>WordPress wird unter %1 gesucht …</translation>
    </message>
    <message>
        <source>Checking the application password…</source>
        <translation>Das Anwendungspasswort wird geprüft …</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Das Passwort wird im Systemschlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>The site moved to HTTPS; using %1.</source>
        <translation>Die Website ist auf HTTPS umgezogen; %1 wird verwendet.</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteDeadline</name>
    <message numerus="yes">
        <source>The site did not finish within %n second(s), so Latchkey stopped waiting for it.</source>
        <translation>
            <numerusform>Die Website ist nicht innerhalb von %n Sekunde fertig geworden, daher wartet Latchkey nicht länger auf sie.</numerusform>
            <numerusform>Die Website ist nicht innerhalb von %n Sekunden fertig geworden, daher wartet Latchkey nicht länger auf sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The site answers too slowly or keeps the connection open without finishing. Try again later, or allow more time with --timeout SECONDS (in the desktop app: Settings).</source>
        <translation>Die Website antwortet zu langsam oder hält die Verbindung offen, ohne fertig zu werden. Versuchen Sie es später erneut oder erlauben Sie mehr Zeit mit --timeout SECONDS (in der Desktop-App: Einstellungen).</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteDiscovery</name>
    <message>
        <source>Contacting %1</source>
        <translation>%1 wird kontaktiert</translation>
    </message>
    <message>
        <source>Reading the REST API index</source>
        <translation>Der REST-API-Index wird gelesen</translation>
    </message>
    <message>
        <source>Checking application passwords</source>
        <translation>Anwendungspasswörter werden geprüft</translation>
    </message>
    <message>
        <source>This WordPress has no application passwords: they came with WordPress 5.6.</source>
        <translation>Dieses WordPress hat keine Anwendungspasswörter: Sie kamen mit WordPress 5.6.</translation>
    </message>
    <message>
        <source>Update WordPress to 5.6 or later.</source>
        <translation>Aktualisieren Sie WordPress auf 5.6 oder neuer.</translation>
    </message>
    <message>
        <source>WordPress believes its address is %1</source>
        <translation>WordPress hält seine Adresse für %1</translation>
    </message>
    <message>
        <source>WordPress links its own files over plain http://, so it does not know the request came over HTTPS (is_ssl() is false)</source>
        <translation>WordPress verlinkt seine eigenen Dateien über unverschlüsseltes http://, weiß also nicht, dass die Anfrage über HTTPS kam (is_ssl() ist false)</translation>
    </message>
    <message>
        <source>Application passwords are unavailable: the site is served over HTTPS, but %1. HTTPS most likely ends at a proxy, load balancer or CDN that does not tell WordPress.</source>
        <translation>Anwendungspasswörter sind nicht verfügbar: Die Website wird über HTTPS ausgeliefert, aber %1. HTTPS endet höchstwahrscheinlich an einem Proxy, Load Balancer oder CDN, der WordPress nicht Bescheid gibt.</translation>
    </message>
    <message>
        <source>Application passwords are turned off on this site, most likely by a security plugin or custom code. If HTTPS ends at a proxy that does not tell WordPress, WordPress turns them off too.</source>
        <translation>Anwendungspasswörter sind auf dieser Website abgeschaltet, höchstwahrscheinlich durch ein Sicherheits-Plugin oder eigenen Code. Wenn HTTPS an einem Proxy endet, der WordPress nicht Bescheid gibt, schaltet WordPress sie ebenfalls ab.</translation>
    </message>
    <message>
        <source>Application passwords are turned off on this site, most likely by a security plugin or custom code. Over plain HTTP WordPress also turns them off unless its environment type is &quot;local&quot;.</source>
        <translation>Anwendungspasswörter sind auf dieser Website abgeschaltet, höchstwahrscheinlich durch ein Sicherheits-Plugin oder eigenen Code. Über unverschlüsseltes HTTP schaltet WordPress sie ebenfalls ab, außer sein Umgebungstyp ist „local“.</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteImport</name>
    <message>
        <source>The row has no site address.</source>
        <translation>Die Zeile enthält keine Website-Adresse.</translation>
    </message>
    <message>
        <source>The row has no user name.</source>
        <translation>Die Zeile enthält keinen Benutzernamen.</translation>
    </message>
    <message>
        <source>The REST root %1 is not on the site %2.</source>
        <translation>Der REST-Stamm %1 liegt nicht auf der Website %2.</translation>
    </message>
    <message>
        <source>Already saved as &quot;%1&quot;.</source>
        <translation>Bereits gespeichert als „%1“.</translation>
    </message>
    <message>
        <source>The same site and user as line %1.</source>
        <translation>Dieselbe Website und derselbe Benutzer wie in Zeile %1.</translation>
    </message>
    <message>
        <source>Another site is already called &quot;%1&quot;.</source>
        <translation>Eine andere Website heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Give the row another name.</source>
        <translation>Geben Sie der Zeile einen anderen Namen.</translation>
    </message>
    <message>
        <source>Line %1 already uses the name &quot;%2&quot;.</source>
        <translation>Zeile %1 verwendet den Namen „%2“ bereits.</translation>
    </message>
    <message>
        <source>Column %1 (%2) holds what looks like an application password, so the row was not imported and the value is not shown or kept. Put the password in the password column.</source>
        <translation>Spalte %1 (%2) enthält etwas, das wie ein Anwendungspasswort aussieht; deshalb wurde die Zeile nicht importiert, und der Wert wird weder angezeigt noch aufbewahrt. Tragen Sie das Passwort in die Passwortspalte ein.</translation>
    </message>
    <message>
        <source>Without a header row the columns are url,user,name,group,tags,password (the password is the sixth, or the fifth when there are no tags); or add a header row that names a &quot;password&quot; column. Then import the row again.</source>
        <translation>Ohne Kopfzeile lauten die Spalten url,user,name,group,tags,password (das Passwort steht in der sechsten Spalte, ohne Spalte tags in der fünften); oder fügen Sie eine Kopfzeile hinzu, die eine Spalte „password“ benennt. Importieren Sie die Zeile dann erneut.</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteListModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteOperationLock</name>
    <message>
        <source>%1 (%2) holds %3</source>
        <translation>%1 (%2) hält %3</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteRemoval</name>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Das Passwort wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>Without its password Latchkey cannot revoke it; revoke it on the user&apos;s profile page in WordPress, then remove the site without revoking.</source>
        <translation>Ohne sein Passwort kann Latchkey es nicht widerrufen; widerrufen Sie es auf der Profilseite des Benutzers in WordPress und entfernen Sie die Website dann ohne Widerrufen.</translation>
    </message>
    <message>
        <source>Revoking Latchkey&apos;s application password on the site…</source>
        <translation>Latchkeys Anwendungspasswort wird auf der Website widerrufen …</translation>
    </message>
    <message>
        <source>Deleting the password from the keychain…</source>
        <translation>Das Passwort wird aus dem Schlüsselbund gelöscht …</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteScope</name>
    <message numerus="yes">
        <source>Selected sites (%n)</source>
        <translation>
            <numerusform>Ausgewählte Website (%n)</numerusform>
            <numerusform>Ausgewählte Websites (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Schlagwort: %1</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteSelector</name>
    <message>
        <source>No sites were selected.</source>
        <translation>Es wurden keine Websites ausgewählt.</translation>
    </message>
    <message>
        <source>Use all, group:NAME, tag:NAME or a comma-separated list of sites.</source>
        <translation>Verwenden Sie all, group:NAME, tag:NAME oder eine kommagetrennte Liste von Websites.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no group or tag.</source>
        <translation>„%1“ bezeichnet keine Gruppe und kein Schlagwort.</translation>
    </message>
    <message>
        <source>No site is in the group &quot;%1&quot;.</source>
        <translation>Keine Website ist in der Gruppe „%1“.</translation>
    </message>
    <message>
        <source>No site has the tag &quot;%1&quot;.</source>
        <translation>Keine Website hat das Schlagwort „%1“.</translation>
    </message>
    <message>
        <source>Check the spelling with &quot;latchkey-cli site list&quot;.</source>
        <translation>Prüfen Sie die Schreibweise mit &quot;latchkey-cli site list&quot;.</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteStore</name>
    <message>
        <source>Another site is already called &quot;%1&quot;.</source>
        <translation>Eine andere Website heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>Eine Website braucht einen Namen.</translation>
    </message>
    <message>
        <source>A site needs the WordPress user name it connects as.</source>
        <translation>Eine Website braucht den WordPress-Benutzernamen, mit dem sie verbunden wird.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one site: %2.</source>
        <translation>„%1“ passt auf mehr als eine Website: %2.</translation>
    </message>
    <message>
        <source>Name the site by its name or id instead.</source>
        <translation>Bezeichnen Sie die Website stattdessen mit ihrem Namen oder ihrer ID.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Another Latchkey process is holding the site list.</source>
        <translation>Ein anderer Latchkey-Prozess hält die Website-Liste.</translation>
    </message>
    <message>
        <source>Wait for it to finish, or remove the stale lock file %1.</source>
        <translation>Warten Sie, bis er fertig ist, oder entfernen Sie die veraltete Sperrdatei %1.</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>The site list %1 is damaged.</source>
        <translation>Die Website-Liste %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Restore it from a backup, or move it away to start with an empty list.</source>
        <translation>Stellen Sie sie aus einer Sicherung wieder her oder verschieben Sie sie, um mit einer leeren Liste zu beginnen.</translation>
    </message>
    <message>
        <source>The site list was written by a newer version of Latchkey.</source>
        <translation>Die Website-Liste wurde von einer neueren Latchkey-Version geschrieben.</translation>
    </message>
    <message>
        <source>Update Latchkey; this version will not change the file.</source>
        <translation>Aktualisieren Sie Latchkey; diese Version ändert die Datei nicht.</translation>
    </message>
    <message>
        <source>The site list %1 has no schema version.</source>
        <translation>Die Website-Liste %1 hat keine Schemaversion.</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteUrl</name>
    <message>
        <source>the address has no host name</source>
        <translation>die Adresse hat keinen Hostnamen</translation>
    </message>
    <message>
        <source>the host name contains a space</source>
        <translation>der Hostname enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>the IPv6 address is missing its closing bracket</source>
        <translation>der IPv6-Adresse fehlt die schließende Klammer</translation>
    </message>
    <message>
        <source>unexpected characters after the IPv6 address</source>
        <translation>unerwartete Zeichen nach der IPv6-Adresse</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>the address does not settle into one form</source>
        <translation>die Adresse lässt sich nicht auf eine eindeutige Form bringen</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>die Adresse ist leer</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; must be followed by &quot;//&quot;</source>
        <translation>auf „%1:“ muss „//“ folgen</translation>
    </message>
    <message>
        <source>only http and https addresses are supported, not &quot;%1:&quot;</source>
        <translation>nur http- und https-Adressen werden unterstützt, nicht „%1:“</translation>
    </message>
    <message>
        <source>the host name is not valid</source>
        <translation>der Hostname ist ungültig</translation>
    </message>
</context>
<context>
    <name>Latchkey::StepsView</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Latchkey::TimeText</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>vor einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>vor einer Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::UsersApi</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>No user with that name was found.</source>
        <translation>Es wurde kein Benutzer mit diesem Namen gefunden.</translation>
    </message>
</context>
<context>
    <name>Latchkey::WpRequest</name>
    <message>
        <source>no network access manager was given</source>
        <translation>es wurde kein Network Access Manager übergeben</translation>
    </message>
    <message>
        <source>cannot request &quot;%1&quot;</source>
        <translation>„%1“ kann nicht angefragt werden</translation>
    </message>
    <message>
        <source>the network access manager was destroyed</source>
        <translation>der Network Access Manager wurde zerstört</translation>
    </message>
    <message>
        <source>HTTP %1 from %2 to %3</source>
        <translation>HTTP %1 von %2 nach %3</translation>
    </message>
    <message>
        <source>The site redirected more than %1 times.</source>
        <translation>Die Website hat mehr als %1-mal weitergeleitet.</translation>
    </message>
    <message>
        <source>Open the address in a browser: the site redirects in a loop.</source>
        <translation>Öffnen Sie die Adresse in einem Browser: Die Website leitet im Kreis weiter.</translation>
    </message>
    <message>
        <source>redirect to an unusable address: %1</source>
        <translation>Weiterleitung zu einer unbrauchbaren Adresse: %1</translation>
    </message>
    <message>
        <source>The site redirects from HTTPS to plain HTTP (%1); the password was not sent there.</source>
        <translation>Die Website leitet von HTTPS auf unverschlüsseltes HTTP weiter (%1); das Passwort wurde nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>The site redirects to %1; the password was not sent there.</source>
        <translation>Die Website leitet nach %1 weiter; das Passwort wurde nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>If %1 is the site&apos;s real address, change the site&apos;s address in Latchkey to it.</source>
        <translation>Wenn %1 die tatsächliche Adresse der Website ist, ändern Sie die Adresse der Website in Latchkey entsprechend.</translation>
    </message>
    <message>
        <source>more than %1 bytes; the limit is %2</source>
        <translation>mehr als %1 Bytes; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>the server announced %1 bytes; the limit is %2</source>
        <translation>der Server hat %1 Bytes angekündigt; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <source>no data from the server for %1 seconds</source>
        <translation>%1 Sekunden lang keine Daten vom Server</translation>
    </message>
    <message>
        <source>more than %1 bytes after decompression</source>
        <translation>mehr als %1 Bytes nach dem Entpacken</translation>
    </message>
    <message>
        <source>The connection closed before the server answered.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the site&apos;s server or a proxy in front of it is dropping connections.</source>
        <translation>Versuchen Sie es erneut; wenn es immer wieder passiert, bricht der Server der Website oder ein vorgeschalteter Proxy Verbindungen ab.</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>expires: %1</source>
        <translation>läuft ab: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>The site&apos;s HTTPS certificate is not the one trusted for this site.</source>
        <translation>Das HTTPS-Zertifikat der Website ist nicht das, dem für diese Website vertraut wird.</translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>kein HTTP-Status</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <source>The connection through the proxy failed.</source>
        <translation>Die Verbindung über den Proxy ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check the system&apos;s proxy settings.</source>
        <translation>Prüfen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>title &quot;%1&quot;</source>
        <translation>Titel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body</source>
        <translation>HTTP %1 mit leerem Inhalt</translation>
    </message>
    <message>
        <source>PHP printed errors or notices into the REST API&apos;s answer.</source>
        <translation>PHP hat Fehler oder Hinweise in die Antwort der REST-API geschrieben.</translation>
    </message>
    <message>
        <source>incomplete or garbled JSON: %1</source>
        <translation>unvollständiges oder fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1).</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening, the site&apos;s error log or the host can tell why.</source>
        <translation>Versuchen Sie es später erneut; wenn es immer wieder passiert, können das Fehlerprotokoll der Website oder der Hoster sagen, warum.</translation>
    </message>
    <message>
        <source>The server answered that the address does not exist (HTTP 404).</source>
        <translation>Der Server hat geantwortet, dass die Adresse nicht existiert (HTTP 404).</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>WordPress ignored the credentials and treated the request as anonymous. A wrong or revoked application password, application passwords turned off for this user, and a server that removes the Authorization header all look the same from outside.</source>
        <translation>WordPress hat die Zugangsdaten ignoriert und die Anfrage als anonym behandelt. Ein falsches oder widerrufenes Anwendungspasswort, für diesen Benutzer abgeschaltete Anwendungspasswörter und ein Server, der den Authorization-Header entfernt, sehen von außen alle gleich aus.</translation>
    </message>
    <message>
        <source>Create a new application password and try again; if a new one fails too, the server is most likely removing the Authorization header.</source>
        <translation>Erstellen Sie ein neues Anwendungspasswort und versuchen Sie es erneut; schlägt auch ein neues fehl, entfernt der Server höchstwahrscheinlich den Authorization-Header.</translation>
    </message>
    <message>
        <source>This needs a user name and application password, and none was sent.</source>
        <translation>Dafür werden ein Benutzername und ein Anwendungspasswort benötigt, und es wurden keine gesendet.</translation>
    </message>
    <message>
        <source>Connect the site with an application password first.</source>
        <translation>Verbinden Sie die Website zuerst mit einem Anwendungspasswort.</translation>
    </message>
    <message>
        <source>The site&apos;s REST API is turned off for this user.</source>
        <translation>Die REST-API der Website ist für diesen Benutzer abgeschaltet.</translation>
    </message>
    <message>
        <source>The site&apos;s REST API is turned off for visitors who are not logged in.</source>
        <translation>Die REST-API der Website ist für nicht angemeldete Besucher abgeschaltet.</translation>
    </message>
    <message>
        <source>Connecting with an application password may still work; if it does not, allow the REST API in the plugin that restricts it.</source>
        <translation>Die Verbindung mit einem Anwendungspasswort funktioniert vielleicht trotzdem; wenn nicht, erlauben Sie die REST-API in dem Plugin, das sie einschränkt.</translation>
    </message>
    <message>
        <source>WordPress accepted the request, but not through an application password (another authentication plugin answered).</source>
        <translation>WordPress hat die Anfrage angenommen, aber nicht über ein Anwendungspasswort (ein anderes Authentifizierungs-Plugin hat geantwortet).</translation>
    </message>
    <message>
        <source>Check which plugins handle HTTP Basic authentication on the site.</source>
        <translation>Prüfen Sie, welche Plugins auf der Website die HTTP-Basic-Authentifizierung übernehmen.</translation>
    </message>
    <message>
        <source>WordPress rejected a value that was sent.</source>
        <translation>WordPress hat einen gesendeten Wert abgelehnt.</translation>
    </message>
    <message>
        <source>%1 resolves to %2, not to a loopback address</source>
        <translation>%1 wird zu %2 aufgelöst, nicht zu einer Loopback-Adresse</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>That is not a web address Latchkey can use.</source>
        <translation>Das ist keine Webadresse, die Latchkey verwenden kann.</translation>
    </message>
    <message>
        <source>The site&apos;s host name could not be found.</source>
        <translation>Der Hostname der Website wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The connection to the server failed or was closed early.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen oder wurde vorzeitig geschlossen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The site&apos;s HTTPS certificate could not be trusted.</source>
        <translation>Dem HTTPS-Zertifikat der Website konnte nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The server answered with an HTTP error.</source>
        <translation>Der Server hat mit einem HTTP-Fehler geantwortet.</translation>
    </message>
    <message>
        <source>This does not look like a WordPress site.</source>
        <translation>Das sieht nicht nach einer WordPress-Website aus.</translation>
    </message>
    <message>
        <source>Something between Latchkey and WordPress answered instead of the REST API (a firewall, security plugin or host error page).</source>
        <translation>Etwas zwischen Latchkey und WordPress hat anstelle der REST-API geantwortet (eine Firewall, ein Sicherheits-Plugin oder eine Fehlerseite des Hosters).</translation>
    </message>
    <message>
        <source>The site&apos;s WordPress REST API is turned off.</source>
        <translation>Die WordPress-REST-API der Website ist abgeschaltet.</translation>
    </message>
    <message>
        <source>Application passwords are unavailable because WordPress does not think the site uses HTTPS.</source>
        <translation>Anwendungspasswörter sind nicht verfügbar, weil WordPress nicht davon ausgeht, dass die Website HTTPS verwendet.</translation>
    </message>
    <message>
        <source>Application passwords are turned off on this site.</source>
        <translation>Anwendungspasswörter sind auf dieser Website abgeschaltet.</translation>
    </message>
    <message>
        <source>Application passwords are turned off for this user.</source>
        <translation>Anwendungspasswörter sind für diesen Benutzer abgeschaltet.</translation>
    </message>
    <message>
        <source>WordPress did not accept the user name and application password.</source>
        <translation>WordPress hat Benutzername und Anwendungspasswort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The server removes the Authorization header before WordPress sees it.</source>
        <translation>Der Server entfernt den Authorization-Header, bevor WordPress ihn sieht.</translation>
    </message>
    <message>
        <source>This WordPress user is not allowed to do that.</source>
        <translation>Dieser WordPress-Benutzer darf das nicht.</translation>
    </message>
    <message>
        <source>Latchkey will not send a password over plain HTTP to a site on another computer.</source>
        <translation>Latchkey sendet kein Passwort über unverschlüsseltes HTTP an eine Website auf einem anderen Computer.</translation>
    </message>
    <message>
        <source>The site redirects to a different address; the password was not sent there.</source>
        <translation>Die Website leitet an eine andere Adresse weiter; das Passwort wurde nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than expected and was cut off.</source>
        <translation>Die Antwort des Servers war viel größer als erwartet und wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>Die Antwort des Servers war unverständlich.</translation>
    </message>
    <message>
        <source>WordPress could not find what was asked for.</source>
        <translation>WordPress konnte das Angefragte nicht finden.</translation>
    </message>
    <message>
        <source>That name is already taken.</source>
        <translation>Dieser Name ist bereits vergeben.</translation>
    </message>
    <message>
        <source>WordPress reported an error.</source>
        <translation>WordPress hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The system keychain could not be reached.</source>
        <translation>Der Systemschlüsselbund war nicht erreichbar.</translation>
    </message>
    <message>
        <source>No application password for this site is stored in the keychain.</source>
        <translation>Für diese Website ist kein Anwendungspasswort im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No site with that name, id or address is known.</source>
        <translation>Es ist keine Website mit diesem Namen, dieser ID oder Adresse bekannt.</translation>
    </message>
    <message>
        <source>That site and user are already in Latchkey.</source>
        <translation>Diese Website und dieser Benutzer sind bereits in Latchkey.</translation>
    </message>
    <message>
        <source>Latchkey&apos;s site list could not be read or written.</source>
        <translation>Die Website-Liste von Latchkey konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>Die Eingabe ist ungültig.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Enter the site&apos;s address, for example https://example.com or https://example.com/blog.</source>
        <translation>Geben Sie die Adresse der Website ein, zum Beispiel https://example.com oder https://example.com/blog.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes and that this computer is online.</source>
        <translation>Prüfen Sie die Adresse auf Tippfehler und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>Check the address and port, and that the web server is running.</source>
        <translation>Prüfen Sie Adresse und Port und ob der Webserver läuft.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, ask the host whether a firewall drops connections.</source>
        <translation>Versuchen Sie es erneut; wenn es immer wieder passiert, fragen Sie den Hoster, ob eine Firewall Verbindungen verwirft.</translation>
    </message>
    <message>
        <source>Try again later; if the site is slow for everyone, contact the host.</source>
        <translation>Versuchen Sie es später erneut; wenn die Website für alle langsam ist, wenden Sie sich an den Hoster.</translation>
    </message>
    <message>
        <source>Fix the certificate on the server (expired, self-signed, or made for another name). For a staging site with its own certificate, compare the SHA-256 fingerprint with the one on the server, then trust exactly that certificate for this site: in the site&apos;s settings, or with &quot;latchkey-cli site edit SITE --trust-certificate FINGERPRINT&quot;.</source>
        <translation>Korrigieren Sie das Zertifikat auf dem Server (abgelaufen, selbst signiert oder für einen anderen Namen ausgestellt). Bei einer Staging-Website mit eigenem Zertifikat vergleichen Sie den SHA-256-Fingerabdruck mit dem auf dem Server und vertrauen dann genau diesem Zertifikat für diese Website: in den Einstellungen der Website oder mit &quot;latchkey-cli site edit SITE --trust-certificate FINGERPRINT&quot;.</translation>
    </message>
    <message>
        <source>Open the site in a browser; if it shows an error too, contact the host.</source>
        <translation>Öffnen Sie die Website in einem Browser; zeigt auch er einen Fehler, wenden Sie sich an den Hoster.</translation>
    </message>
    <message>
        <source>Check the address: enter the WordPress site itself (where wp-admin lives).</source>
        <translation>Prüfen Sie die Adresse: Geben Sie die WordPress-Website selbst ein (wo wp-admin liegt).</translation>
    </message>
    <message>
        <source>Allow /wp-json/ in the security plugin or web application firewall, or ask the host to stop blocking the REST API.</source>
        <translation>Erlauben Sie /wp-json/ im Sicherheits-Plugin oder in der Web Application Firewall, oder bitten Sie den Hoster, die REST-API nicht mehr zu blockieren.</translation>
    </message>
    <message>
        <source>Turn the REST API back on (a plugin such as &quot;Disable REST API&quot; turns it off).</source>
        <translation>Schalten Sie die REST-API wieder ein (ein Plugin wie „Disable REST API“ schaltet sie ab).</translation>
    </message>
    <message>
        <source>Serve the site over HTTPS. If HTTPS ends at a proxy, load balancer or CDN, make it send &quot;X-Forwarded-Proto: https&quot; and add to wp-config.php, above the line &quot;That&apos;s all, stop editing!&quot;:
if (($_SERVER[&apos;HTTP_X_FORWARDED_PROTO&apos;] ?? &apos;&apos;) === &apos;https&apos;) { $_SERVER[&apos;HTTPS&apos;] = &apos;on&apos;; }</source>
        <translation>Liefern Sie die Website über HTTPS aus. Endet HTTPS an einem Proxy, Load Balancer oder CDN, lassen Sie ihn „X-Forwarded-Proto: https“ senden und fügen Sie in wp-config.php über der Zeile „That&apos;s all, stop editing!“ ein:
if (($_SERVER[&apos;HTTP_X_FORWARDED_PROTO&apos;] ?? &apos;&apos;) === &apos;https&apos;) { $_SERVER[&apos;HTTPS&apos;] = &apos;on&apos;; }</translation>
    </message>
    <message>
        <source>Turn application passwords back on where they were switched off. Wordfence: Wordfence &gt; Login Security &gt; Settings, untick &quot;Disable application passwords&quot;. Other security plugins have a similar switch; custom code does it with add_filter(&apos;wp_is_application_passwords_available&apos;, &apos;__return_false&apos;) in the theme&apos;s functions.php or a (must-use) plugin.</source>
        <translation>Schalten Sie Anwendungspasswörter dort wieder ein, wo sie abgeschaltet wurden. Wordfence: Wordfence &gt; Login Security &gt; Settings, Haken bei „Disable application passwords“ entfernen. Andere Sicherheits-Plugins haben einen ähnlichen Schalter; eigener Code erledigt das mit add_filter(&apos;wp_is_application_passwords_available&apos;, &apos;__return_false&apos;) in der functions.php des Themes oder in einem (Must-Use-)Plugin.</translation>
    </message>
    <message>
        <source>Ask an administrator to allow application passwords for this user: a plugin or custom code (the wp_is_application_passwords_available_for_user filter) turns them off for some users or roles. Or connect as a user who has them.</source>
        <translation>Bitten Sie einen Administrator, Anwendungspasswörter für diesen Benutzer zu erlauben: Ein Plugin oder eigener Code (der Filter wp_is_application_passwords_available_for_user) schaltet sie für manche Benutzer oder Rollen ab. Oder verbinden Sie sich als Benutzer, der sie hat.</translation>
    </message>
    <message>
        <source>Check the user name (the login, not the e-mail address or display name), then create a new application password under Users &gt; Profile &gt; Application Passwords and reconnect the site with it.</source>
        <translation>Prüfen Sie den Benutzernamen (den Login, nicht die E-Mail-Adresse oder den angezeigten Namen), erstellen Sie dann unter Benutzer &gt; Profil &gt; Anwendungspasswörter ein neues Anwendungspasswort und verbinden Sie die Website damit neu.</translation>
    </message>
    <message>
        <source>Make the web server pass the Authorization header on to PHP. Apache with PHP as CGI/FastCGI (PHP-FPM): add &quot;CGIPassAuth On&quot; (Apache 2.4.13+) to the site&apos;s configuration or .htaccess, or the rewrite rule &quot;RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]&quot; before WordPress&apos;s rules. nginx with PHP-FPM: &quot;fastcgi_param HTTP_AUTHORIZATION $http_authorization;&quot; in the PHP location. A reverse proxy (nginx, a load balancer, a CDN) in front: do not clear the header, e.g. nginx &quot;proxy_set_header Authorization $http_authorization;&quot;. On shared hosting, send the host this report.</source>
        <translation>Sorgen Sie dafür, dass der Webserver den Authorization-Header an PHP weitergibt. Apache mit PHP als CGI/FastCGI (PHP-FPM): Fügen Sie „CGIPassAuth On“ (Apache 2.4.13+) in die Konfiguration der Website oder in .htaccess ein, oder die Rewrite-Regel „RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]“ vor die Regeln von WordPress. nginx mit PHP-FPM: „fastcgi_param HTTP_AUTHORIZATION $http_authorization;“ im PHP-location-Block. Ein vorgeschalteter Reverse Proxy (nginx, ein Load Balancer, ein CDN): Löschen Sie den Header nicht, z. B. nginx „proxy_set_header Authorization $http_authorization;“. Senden Sie bei Shared Hosting dem Hoster diesen Bericht.</translation>
    </message>
    <message>
        <source>Use an account whose role allows it: writing drafts needs Contributor or above, publishing needs Author (own posts) or Editor, managing other users&apos; application passwords needs Administrator. Or ask an administrator to change this user&apos;s role.</source>
        <translation>Verwenden Sie ein Konto, dessen Rolle das erlaubt: Entwürfe schreiben erfordert Mitarbeiter oder höher, Veröffentlichen Autor (eigene Beiträge) oder Redakteur, das Verwalten der Anwendungspasswörter anderer Benutzer Administrator. Oder bitten Sie einen Administrator, die Rolle dieses Benutzers zu ändern.</translation>
    </message>
    <message>
        <source>Use the site&apos;s https:// address. Only for a site you trust on a private network, allow plain HTTP in the site&apos;s settings.</source>
        <translation>Verwenden Sie die https://-Adresse der Website. Nur für eine vertrauenswürdige Website in einem privaten Netzwerk erlauben Sie unverschlüsseltes HTTP in den Einstellungen der Website.</translation>
    </message>
    <message>
        <source>Change the site&apos;s address in Latchkey to the one it redirects to.</source>
        <translation>Ändern Sie die Adresse der Website in Latchkey auf die, zu der sie weiterleitet.</translation>
    </message>
    <message>
        <source>Check that the address points at WordPress; a plugin may be adding output.</source>
        <translation>Prüfen Sie, ob die Adresse auf WordPress zeigt; vielleicht fügt ein Plugin Ausgaben hinzu.</translation>
    </message>
    <message>
        <source>Check for PHP errors or notices on the site, which can break REST replies.</source>
        <translation>Prüfen Sie die Website auf PHP-Fehler oder -Hinweise, die REST-Antworten zerstören können.</translation>
    </message>
    <message>
        <source>Refresh the list: it may have been removed already.</source>
        <translation>Aktualisieren Sie die Liste: Es wurde vielleicht bereits entfernt.</translation>
    </message>
    <message>
        <source>Choose a different name.</source>
        <translation>Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Read WordPress&apos;s message; the site&apos;s error log may say more.</source>
        <translation>Lesen Sie die Meldung von WordPress; das Fehlerprotokoll der Website sagt vielleicht mehr.</translation>
    </message>
    <message>
        <source>Unlock the system keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager). Without a desktop session, start a D-Bus session with an unlocked keyring; see the README&apos;s section on cron.</source>
        <translation>Entsperren Sie den Systemschlüsselbund (GNOME-Schlüsselbund, KWallet, macOS-Schlüsselbund oder Windows-Anmeldeinformationsverwaltung). Ohne Desktop-Sitzung starten Sie eine D-Bus-Sitzung mit einem entsperrten Schlüsselbund; siehe den Abschnitt zu Cron in der README.</translation>
    </message>
    <message>
        <source>Reconnect the site to store a new application password.</source>
        <translation>Verbinden Sie die Website neu, um ein neues Anwendungspasswort zu speichern.</translation>
    </message>
    <message>
        <source>List the sites with &quot;latchkey-cli site list&quot;.</source>
        <translation>Listen Sie die Websites mit &quot;latchkey-cli site list&quot; auf.</translation>
    </message>
    <message>
        <source>Reconnect the existing entry instead, or use a different user.</source>
        <translation>Verbinden Sie stattdessen den vorhandenen Eintrag neu oder verwenden Sie einen anderen Benutzer.</translation>
    </message>
    <message>
        <source>Check that the configuration folder is writable and the file is not damaged.</source>
        <translation>Prüfen Sie, ob der Konfigurationsordner beschreibbar und die Datei nicht beschädigt ist.</translation>
    </message>
    <message>
        <source>Correct the input and try again.</source>
        <translation>Korrigieren Sie die Eingabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The new address is not the same WordPress site: the stored password signs in there as another user, or not at all. The address was not changed.</source>
        <translation>Die neue Adresse ist nicht dieselbe WordPress-Website: Das gespeicherte Passwort meldet sich dort als anderer Benutzer an oder gar nicht. Die Adresse wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Another Latchkey process is working on this site&apos;s password right now.</source>
        <translation>Ein anderer Latchkey-Prozess arbeitet gerade am Passwort dieser Website.</translation>
    </message>
    <message>
        <source>Check the new address. If the site really moved to another WordPress, add it as a new site with a password from there.</source>
        <translation>Prüfen Sie die neue Adresse. Ist die Website wirklich zu einem anderen WordPress umgezogen, fügen Sie sie als neue Website mit einem Passwort von dort hinzu.</translation>
    </message>
    <message>
        <source>Nothing was changed. Wait until the other run ends (it finishes or rolls back by itself), then run the command again if it is still needed.</source>
        <translation>Es wurde nichts geändert. Warten Sie, bis der andere Lauf endet (er schließt von selbst ab oder nimmt seine Änderungen zurück), und führen Sie den Befehl dann erneut aus, falls er noch nötig ist.</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Not yet checked</source>
        <translation>Noch nicht geprüft</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Site reachable</source>
        <translation>Website erreichbar</translation>
    </message>
    <message>
        <source>WordPress REST API found</source>
        <translation>WordPress-REST-API gefunden</translation>
    </message>
    <message>
        <source>Application passwords available</source>
        <translation>Anwendungspasswörter verfügbar</translation>
    </message>
    <message>
        <source>Password accepted</source>
        <translation>Passwort akzeptiert</translation>
    </message>
    <message>
        <source>Password identified</source>
        <translation>Passwort identifiziert</translation>
    </message>
    <message>
        <source>Permissions read</source>
        <translation>Berechtigungen gelesen</translation>
    </message>
    <message>
        <source>Cross-checked over XML-RPC</source>
        <translation>Über XML-RPC gegengeprüft</translation>
    </message>
    <message>
        <source>Password read from the keychain</source>
        <translation>Passwort aus dem Schlüsselbund gelesen</translation>
    </message>
    <message>
        <source>Test category ready</source>
        <translation>Testkategorie bereit</translation>
    </message>
    <message>
        <source>Post created</source>
        <translation>Beitrag erstellt</translation>
    </message>
    <message>
        <source>Post read back</source>
        <translation>Beitrag zurückgelesen</translation>
    </message>
    <message>
        <source>Post deleted</source>
        <translation>Beitrag gelöscht</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>expected a list of users</source>
        <translation>eine Liste von Benutzern erwartet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage WordPress application passwords.</source>
        <translation>WordPress-Anwendungspasswörter verwalten.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt Versionsinformationen an.</translation>
    </message>
</context>
</TS>
