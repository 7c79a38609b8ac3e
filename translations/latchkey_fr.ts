<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BulkActivity</name>
    <message numerus="yes">
        <source>%1 on %n site(s) (%2 ok, %3 failed)</source>
        <translation>
            <numerusform>%1 sur %n site (%2 OK, %3 en échec)</numerusform>
            <numerusform>%1 sur %n sites (%2 OK, %3 en échec)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>may publish</source>
        <translation>peut publier</translation>
    </message>
    <message>
        <source>may not publish</source>
        <translation>ne peut pas publier</translation>
    </message>
    <message>
        <source>manages users</source>
        <translation>gère les utilisateurs</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: latchkey-cli %1</source>
        <translation>Utilisation&#xa0;: latchkey-cli %1</translation>
    </message>
    <message>
        <source>usage: latchkey-cli %1</source>
        <translation>utilisation&#xa0;: latchkey-cli %1</translation>
    </message>
    <message>
        <source>Try &quot;latchkey-cli --help&quot;.</source>
        <translation>Essayez «&#xa0;latchkey-cli --help&#xa0;».</translation>
    </message>
    <message>
        <source>error [%1]: %2</source>
        <translation>erreur [%1]&#xa0;: %2</translation>
    </message>
    <message>
        <source>  could also be: %1</source>
        <translation>  autre cause possible&#xa0;: %1</translation>
    </message>
    <message>
        <source>  what to do: %1</source>
        <translation>  que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>No application password was given on standard input.</source>
        <translation>Aucun mot de passe d&apos;application n&apos;a été fourni sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Pipe it in, e.g. from a password manager: &quot;pass show wp/site | latchkey-cli site add …&quot;.</source>
        <translation>Transmettez-le par un tube, par exemple depuis un gestionnaire de mots de passe&#xa0;: &quot;pass show wp/site | latchkey-cli site add …&quot;.</translation>
    </message>
    <message>
        <source>A user id is a positive number.</source>
        <translation>Un identifiant d&apos;utilisateur est un nombre positif.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>ok    %1: %2</source>
        <translation>ok    %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>FAIL  %1: [%2] %3</source>
        <translation>ÉCHEC  %1&#xa0;: [%2] %3</translation>
    </message>
    <message>
        <source>      what to do: %1</source>
        <translation>      que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>ok %1</source>
        <translation>ok %1</translation>
    </message>
    <message>
        <source>%1 received: stopping. No new site is started; work under way finishes its current step (again to quit at once).</source>
        <translation>%1 reçu&#xa0;: arrêt en cours. Aucun nouveau site n&apos;est commencé&#xa0;; le travail en cours termine son étape actuelle (une seconde fois pour quitter immédiatement).</translation>
    </message>
    <message>
        <source>could not write the activity log: %1</source>
        <translation>le journal d&apos;activité n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted by %1: %n site(s) done (%2 ok), %3 not started.</source>
        <translation>
            <numerusform>Interrompu par %1&#xa0;: %n site traité (%2 OK), non commencés&#xa0;: %3.</numerusform>
            <numerusform>Interrompu par %1&#xa0;: %n sites traités (%2 OK), non commencés&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing pending</source>
        <translation>rien en attente</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>Started by D-Bus activation.</source>
        <translation>Démarré par activation D-Bus.</translation>
    </message>
    <message>
        <source>A latchkey:// address from the browser (optional).</source>
        <translation>Une adresse latchkey:// venant du navigateur (facultatif).</translation>
    </message>
</context>
<context>
    <name>Latchkey::AboutDialog</name>
    <message>
        <source>About Latchkey</source>
        <translation>À propos de Latchkey</translation>
    </message>
    <message>
        <source>Latchkey %1</source>
        <translation>Latchkey %1</translation>
    </message>
    <message>
        <source>Manages WordPress application passwords for one site or a thousand. Passwords live in your system keychain; Latchkey never asks for a login password.</source>
        <translation>Gère les mots de passe d&apos;application WordPress pour un site ou pour mille. Les mots de passe restent dans le trousseau de votre système&#xa0;; Latchkey ne demande jamais de mot de passe de connexion.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain&#xa0;:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système&#xa0;:</translation>
    </message>
    <message>
        <source>Copy Version Info</source>
        <translation>Copier les informations de version</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Latchkey::ActivityLog</name>
    <message>
        <source>The activity log is locked by another process.</source>
        <translation>Le journal d&apos;activité est verrouillé par un autre processus.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The activity log could not be read.</source>
        <translation>Le journal d&apos;activité n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The activity log is damaged.</source>
        <translation>Le journal d&apos;activité est endommagé.</translation>
    </message>
    <message>
        <source>Move %1 away; Latchkey starts a new one.</source>
        <translation>Déplacez %1 ailleurs&#xa0;; Latchkey en commencera un nouveau.</translation>
    </message>
    <message>
        <source>The activity log could not be written.</source>
        <translation>Le journal d&apos;activité n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>Latchkey::ActivityTab</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What Latchkey did</source>
        <translation>Ce que Latchkey a fait</translation>
    </message>
    <message>
        <source>Nothing yet. Passwords created or revoked, connection tests and test posts on this site will be listed here. No password is ever recorded.</source>
        <translation>Rien pour l&apos;instant. Les mots de passe créés ou révoqués, les tests de connexion et les articles de test sur ce site apparaîtront ici. Aucun mot de passe n&apos;est jamais enregistré.</translation>
    </message>
</context>
<context>
    <name>Latchkey::AddSiteDialog</name>
    <message>
        <source>&amp;Find site</source>
        <translation>Chercher le &amp;site</translation>
    </message>
    <message>
        <source>Connect Latchkey to the site</source>
        <translation>Connecter Latchkey au site</translation>
    </message>
    <message>
        <source>Send the password over plain &amp;HTTP to this site anyway</source>
        <translation>Envoyer quand même le mot de passe à ce site en &amp;HTTP non chiffré</translation>
    </message>
    <message>
        <source>Reconnect “%1”</source>
        <translation>Reconnecter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>&amp;Adresse du site&#xa0;:</translation>
    </message>
    <message>
        <source>Latchkey never asks for your WordPress login password. It signs in with an &lt;b&gt;application password&lt;/b&gt;: a separate password for one app that you can see, name and revoke on its own in WordPress, without changing your login, and that cannot be used to log in to wp-admin.</source>
        <translation>Latchkey ne demande jamais votre mot de passe de connexion WordPress. Il se connecte avec un &lt;b&gt;mot de passe d&apos;application&lt;/b&gt;&#xa0;: un mot de passe distinct, propre à une application, que vous pouvez voir, nommer et révoquer séparément dans WordPress, sans changer votre mot de passe de connexion, et qui ne permet pas de se connecter à wp-admin.</translation>
    </message>
    <message>
        <source>your WordPress user name</source>
        <translation>votre nom d&apos;utilisateur WordPress</translation>
    </message>
    <message>
        <source>xxxx xxxx xxxx xxxx xxxx xxxx</source>
        <translation>xxxx xxxx xxxx xxxx xxxx xxxx</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>the site&apos;s title</source>
        <translation>le titre du site</translation>
    </message>
    <message>
        <source>optional, e.g. Clients</source>
        <translation>facultatif, p. ex. Clients</translation>
    </message>
    <message>
        <source>This site does not use HTTPS. Anyone on the network between you and the site can read a password sent over plain HTTP. Allow it only for a site on your own network.</source>
        <translation>Ce site n&apos;utilise pas HTTPS. Toute personne sur le réseau entre vous et le site peut lire un mot de passe envoyé en HTTP non chiffré. Ne l&apos;autorisez que pour un site de votre propre réseau.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>Mot de &amp;passe d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name in Latchkey:</source>
        <translation>No&amp;m dans Latchkey&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>A&amp;jouter le site</translation>
    </message>
    <message>
        <source>Give Latchkey a new application password for this site, for example after its old one was revoked or on a new computer. The site&apos;s name, group and activity are kept.</source>
        <translation>Donnez à Latchkey un nouveau mot de passe d&apos;application pour ce site, par exemple après la révocation de l&apos;ancien ou sur un nouvel ordinateur. Le nom, le groupe et l&apos;activité du site sont conservés.</translation>
    </message>
    <message>
        <source>Enter the address of your WordPress site. Latchkey looks at the site first and tells you what it finds.</source>
        <translation>Saisissez l&apos;adresse de votre site WordPress. Latchkey examine d&apos;abord le site et vous dit ce qu&apos;il trouve.</translation>
    </message>
    <message>
        <source>Looking for WordPress…</source>
        <translation>Recherche de WordPress…</translation>
    </message>
    <message>
        <source>✓ Found &lt;b&gt;%1&lt;/b&gt; at %2.</source>
        <translation>✓ &lt;b&gt;%1&lt;/b&gt; trouvé à l&apos;adresse %2.</translation>
    </message>
    <message>
        <source>✓ WordPress REST API at %1</source>
        <translation>✓ API REST de WordPress à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>✓ Application passwords are available.</source>
        <translation>✓ Les mots de passe d&apos;application sont disponibles.</translation>
    </message>
    <message>
        <source>✗ Application passwords are not available on this site.</source>
        <translation>✗ Les mots de passe d&apos;application ne sont pas disponibles sur ce site.</translation>
    </message>
    <message>
        <source>Or by hand: in WordPress, open &lt;a href=&quot;%1&quot;&gt;Users → Profile&lt;/a&gt;, under “Application Passwords” type “Latchkey” as the name, click “Add New Application Password”, and paste the password it shows here.</source>
        <translation>Ou à la main&#xa0;: dans WordPress, ouvrez &lt;a href=&quot;%1&quot;&gt;Comptes → Profil&lt;/a&gt;, sous «&#xa0;Mots de passe d&apos;application&#xa0;» saisissez «&#xa0;Latchkey&#xa0;» comme nom, cliquez sur «&#xa0;Ajouter un nouveau mot de passe d&apos;application&#xa0;» et collez ici le mot de passe affiché.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Reconnected as %1 with the application password “%2”.</source>
        <translation>Reconnecté en tant que %1 avec le mot de passe d&apos;application «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Added the site as %1 with the application password “%2”.</source>
        <translation>Site ajouté en tant que %1 avec le mot de passe d&apos;application «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Keep my address</source>
        <translation>Garder mon a&amp;dresse</translation>
    </message>
    <message>
        <source>The site at &lt;b&gt;%1&lt;/b&gt; points to another address: &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;Latchkey sent nothing to %2. Use %2 only if it is really this site&apos;s address (a site that moved, say to www); otherwise keep your address.</source>
        <translation>Le site à l&apos;adresse &lt;b&gt;%1&lt;/b&gt; renvoie vers une autre adresse&#xa0;: &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;Latchkey n&apos;a rien envoyé à %2. N&apos;utilisez %2 que s&apos;il s&apos;agit vraiment de l&apos;adresse de ce site (un site qui a déménagé, par exemple vers www)&#xa0;; sinon, gardez votre adresse.</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>U&amp;tiliser %1</translation>
    </message>
    <message>
        <source>The site moved from %1 to HTTPS; Latchkey will use the HTTPS address.</source>
        <translation>Le site est passé de %1 à HTTPS&#xa0;; Latchkey utilisera l&apos;adresse HTTPS.</translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <source>WordPress records this at most once a day, so it is accurate to about a day.</source>
        <translation>WordPress l&apos;enregistre au plus une fois par jour&#xa0;: c&apos;est donc précis à un jour près.</translation>
    </message>
    <message>
        <source>WordPress records the last use at most once a day.</source>
        <translation>WordPress enregistre la dernière utilisation au plus une fois par jour.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last used (about a day)</source>
        <translation>Dernière utilisation (à un jour près)</translation>
    </message>
    <message>
        <source>Last IP</source>
        <translation>Dernière IP</translation>
    </message>
    <message>
        <source>%1 (used by Latchkey: %2)</source>
        <translation>%1 (utilisé par Latchkey&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Latchkey signs in to this WordPress with this password for %1: revoking it disconnects that entry until it is reconnected.</source>
        <translation>Latchkey se connecte à ce WordPress avec ce mot de passe pour %1&#xa0;: le révoquer déconnecte cette entrée jusqu&apos;à ce qu&apos;elle soit reconnectée.</translation>
    </message>
</context>
<context>
    <name>Latchkey::ApplicationPasswordsApi</name>
    <message>
        <source>This user already has an application password with that name (WordPress compares names without regard to case).</source>
        <translation>Cet utilisateur a déjà un mot de passe d&apos;application portant ce nom (WordPress compare les noms sans tenir compte de la casse).</translation>
    </message>
    <message>
        <source>That is not an application password&apos;s uuid.</source>
        <translation>Ce n&apos;est pas l&apos;UUID d&apos;un mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>An application password needs a name.</source>
        <translation>Un mot de passe d&apos;application doit avoir un nom.</translation>
    </message>
    <message>
        <source>The application id must be a UUID, such as 0f8fad5b-d9cb-469f-a165-70867728950e.</source>
        <translation>L&apos;identifiant d&apos;application doit être un UUID, comme 0f8fad5b-d9cb-469f-a165-70867728950e.</translation>
    </message>
</context>
<context>
    <name>Latchkey::ApprovalCallback</name>
    <message>
        <source>Use the address your browser was sent to after you approved Latchkey in WordPress, exactly as it was, or try again.</source>
        <translation>Utilisez l&apos;adresse vers laquelle votre navigateur a été renvoyé après avoir approuvé Latchkey dans WordPress, telle quelle, ou réessayez.</translation>
    </message>
    <message>
        <source>The address is too long to be one WordPress sent.</source>
        <translation>L&apos;adresse est trop longue pour venir de WordPress.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>L&apos;adresse est vide.</translation>
    </message>
    <message>
        <source>The address holds characters a latchkey:// address never has.</source>
        <translation>L&apos;adresse contient des caractères qu&apos;une adresse latchkey:// ne contient jamais.</translation>
    </message>
    <message>
        <source>This is not a latchkey:// address.</source>
        <translation>Ce n&apos;est pas une adresse latchkey://.</translation>
    </message>
    <message>
        <source>The address has a fragment (#…), which WordPress never adds.</source>
        <translation>L&apos;adresse comporte un fragment (#…), que WordPress n&apos;ajoute jamais.</translation>
    </message>
    <message>
        <source>The address has a path, user name or port, which Latchkey never asks WordPress for.</source>
        <translation>L&apos;adresse comporte un chemin, un nom d&apos;utilisateur ou un port, que Latchkey ne demande jamais à WordPress.</translation>
    </message>
    <message>
        <source>The address is neither latchkey://authorized nor latchkey://rejected.</source>
        <translation>L&apos;adresse n&apos;est ni latchkey://authorized ni latchkey://rejected.</translation>
    </message>
    <message>
        <source>The address has an empty parameter.</source>
        <translation>L&apos;adresse comporte un paramètre vide.</translation>
    </message>
    <message>
        <source>The address has a parameter without a value.</source>
        <translation>L&apos;adresse comporte un paramètre sans valeur.</translation>
    </message>
    <message>
        <source>The address has a parameter that is not encoded correctly.</source>
        <translation>L&apos;adresse comporte un paramètre mal encodé.</translation>
    </message>
    <message>
        <source>The address repeats a parameter.</source>
        <translation>L&apos;adresse répète un paramètre.</translation>
    </message>
    <message>
        <source>The address has a parameter with control characters.</source>
        <translation>L&apos;adresse comporte un paramètre contenant des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The address has a parameter Latchkey does not expect.</source>
        <translation>L&apos;adresse comporte un paramètre que Latchkey n&apos;attend pas.</translation>
    </message>
    <message>
        <source>The address lacks a parameter WordPress always sends.</source>
        <translation>Il manque à l&apos;adresse un paramètre que WordPress envoie toujours.</translation>
    </message>
    <message>
        <source>The address&apos;s state is not one Latchkey made.</source>
        <translation>L&apos;état (state) de l&apos;adresse n&apos;a pas été créé par Latchkey.</translation>
    </message>
    <message>
        <source>The address&apos;s site_url is not a web address.</source>
        <translation>Le site_url de l&apos;adresse n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>The address&apos;s user_login is not a WordPress user name.</source>
        <translation>Le user_login de l&apos;adresse n&apos;est pas un nom d&apos;utilisateur WordPress.</translation>
    </message>
    <message>
        <source>The address&apos;s password is not an application password.</source>
        <translation>Le mot de passe de l&apos;adresse n&apos;est pas un mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>The address has an error WordPress never sends.</source>
        <translation>L&apos;adresse comporte une erreur que WordPress n&apos;envoie jamais.</translation>
    </message>
</context>
<context>
    <name>Latchkey::ApprovalFlow</name>
    <message>
        <source>Checking that the site offers application passwords…</source>
        <translation>Vérification que le site propose les mots de passe d&apos;application…</translation>
    </message>
    <message>
        <source>Waiting for you to approve Latchkey in your browser…</source>
        <translation>En attente de votre approbation de Latchkey dans le navigateur…</translation>
    </message>
    <message>
        <source>%1 (shown)</source>
        <translation>%1 (affiché)</translation>
    </message>
    <message>
        <source>Latchkey is not waiting for an approval right now.</source>
        <translation>Latchkey n&apos;attend aucune approbation pour le moment.</translation>
    </message>
    <message>
        <source>This address is from another attempt (an earlier try, or another computer).</source>
        <translation>Cette adresse provient d&apos;une autre tentative (une tentative précédente, ou un autre ordinateur).</translation>
    </message>
    <message>
        <source>Approve again in the browser window this attempt opened, or start again.</source>
        <translation>Approuvez de nouveau dans la fenêtre de navigateur ouverte par cette tentative, ou recommencez.</translation>
    </message>
    <message>
        <source>Paste the whole address that starts with latchkey://, or the application password WordPress showed (24 letters and digits).</source>
        <translation>Collez l&apos;adresse complète qui commence par latchkey://, ou le mot de passe d&apos;application affiché par WordPress (24 lettres et chiffres).</translation>
    </message>
    <message>
        <source>Enter the WordPress user name the password belongs to.</source>
        <translation>Saisissez le nom d&apos;utilisateur WordPress auquel appartient le mot de passe.</translation>
    </message>
    <message>
        <source>Checking the password WordPress handed over…</source>
        <translation>Vérification du mot de passe transmis par WordPress…</translation>
    </message>
    <message>
        <source>Creating Latchkey&apos;s own application password…</source>
        <translation>Création du mot de passe d&apos;application propre à Latchkey…</translation>
    </message>
    <message>
        <source>Revoking the password that went through the browser…</source>
        <translation>Révocation du mot de passe passé par le navigateur…</translation>
    </message>
    <message>
        <source>You declined the connection in WordPress.</source>
        <translation>Vous avez refusé la connexion dans WordPress.</translation>
    </message>
    <message>
        <source>Nothing was created. To connect Latchkey, try again and choose “Yes, I approve of this connection”.</source>
        <translation>Rien n&apos;a été créé. Pour connecter Latchkey, réessayez et choisissez «&#xa0;Oui, j&apos;approuve cette connexion&#xa0;».</translation>
    </message>
    <message>
        <source>the application password Latchkey asked WordPress for</source>
        <translation>le mot de passe d&apos;application que Latchkey a demandé à WordPress</translation>
    </message>
    <message>
        <source>the application password “%1”</source>
        <translation>le mot de passe d&apos;application «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>votre compte</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>le site</translation>
    </message>
    <message>
        <source>WordPress created %1 for %2 at %3 when you approved; Latchkey revoked it.</source>
        <translation>WordPress a créé %1 pour %2 sur %3 lors de votre approbation&#xa0;; Latchkey l&apos;a révoqué.</translation>
    </message>
    <message>
        <source>WordPress created %1 for %2 at %3 when you approved, and it is still valid: Latchkey did not revoke it. Revoke it now in that user&apos;s profile at %3 (Users → Profile → Application Passwords).</source>
        <translation>WordPress a créé %1 pour %2 sur %3 lors de votre approbation, et il est toujours valide&#xa0;: Latchkey ne l&apos;a pas révoqué. Révoquez-le maintenant dans le profil de cet utilisateur sur %3 (Comptes → Profil → Mots de passe d&apos;application).</translation>
    </message>
    <message>
        <source>the site&apos;s address</source>
        <translation>l&apos;adresse du site</translation>
    </message>
    <message>
        <source>its REST API</source>
        <translation>son API REST</translation>
    </message>
    <message>
        <source>its WordPress address (the index&apos;s url)</source>
        <translation>son adresse WordPress (l&apos;url de l&apos;index)</translation>
    </message>
    <message>
        <source>its approval page</source>
        <translation>sa page d&apos;approbation</translation>
    </message>
    <message>
        <source>The site at %1 sends you to another address, %2, to approve Latchkey (%3). Latchkey opened no browser and sent no password to either: a site can name another WordPress&apos;s approval page to get a password for it.</source>
        <translation>Le site à l&apos;adresse %1 vous envoie vers une autre adresse, %2, pour approuver Latchkey (%3). Latchkey n&apos;a ouvert aucun navigateur et n&apos;a envoyé de mot de passe à aucune des deux&#xa0;: un site peut désigner la page d&apos;approbation d&apos;un autre WordPress pour obtenir un mot de passe de celui-ci.</translation>
    </message>
    <message>
        <source>If the site really lives at %1, add it with that address. Otherwise do not connect it: ask its administrator why it points elsewhere.</source>
        <translation>Si le site se trouve vraiment à l&apos;adresse %1, ajoutez-le avec cette adresse. Sinon, ne le connectez pas&#xa0;: demandez à son administrateur pourquoi il renvoie ailleurs.</translation>
    </message>
    <message>
        <source>WordPress answered for %1, not for %2, the site being added. Latchkey used the password it sent nowhere and connected nothing.</source>
        <translation>WordPress a répondu pour %1, et non pour %2, le site en cours d&apos;ajout. Latchkey n&apos;a utilisé nulle part le mot de passe envoyé et n&apos;a rien connecté.</translation>
    </message>
    <message>
        <source>Revoke the application password “%1” of %2 at %3 (Users → Profile → Application Passwords), then add the site again with the address it really has.</source>
        <translation>Révoquez le mot de passe d&apos;application «&#xa0;%1&#xa0;» de %2 sur %3 (Comptes → Profil → Mots de passe d&apos;application), puis ajoutez de nouveau le site avec sa véritable adresse.</translation>
    </message>
    <message>
        <source>Latchkey sends a password only to the site it was added for, so it did not revoke this one.</source>
        <translation>Latchkey n&apos;envoie un mot de passe qu&apos;au site pour lequel il a été ajouté&#xa0;; il n&apos;a donc pas révoqué celui-ci.</translation>
    </message>
    <message>
        <source>WordPress showed “Cannot Authorize Application”: application passwords are not available to your user on this site, or the site sits behind HTTP Basic authentication. Nothing was created.</source>
        <translation>WordPress a affiché «&#xa0;Impossible d&apos;autoriser l&apos;application&#xa0;»&#xa0;: les mots de passe d&apos;application ne sont pas disponibles pour votre compte sur ce site, ou le site est protégé par une authentification HTTP Basic. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Ask the site&apos;s administrator to allow application passwords for your user (a security plugin or the site&apos;s configuration may turn them off), or sign in to WordPress as another user and try again.</source>
        <translation>Demandez à l&apos;administrateur du site d&apos;autoriser les mots de passe d&apos;application pour votre compte (une extension de sécurité ou la configuration du site peut les désactiver), ou connectez-vous à WordPress en tant qu&apos;un autre utilisateur et réessayez.</translation>
    </message>
</context>
<context>
    <name>Latchkey::ApprovalInbox</name>
    <message>
        <source>Latchkey received an address it cannot use: %1</source>
        <translation>Latchkey a reçu une adresse qu&apos;il ne peut pas utiliser&#xa0;: %1</translation>
    </message>
    <message>
        <source>Latchkey received an application password from WordPress that no attempt is waiting for (an earlier try, or one Latchkey did not start), for user %1 at %2. Latchkey used it nowhere and did not revoke it. If you did not mean to connect that site now, revoke it in that user&apos;s profile at %2 (Users → Profile → Application Passwords): Latchkey&apos;s passwords are named “%3 …”.</source>
        <translation>Latchkey a reçu de WordPress un mot de passe d&apos;application qu&apos;aucune tentative n&apos;attend (une tentative précédente, ou une que Latchkey n&apos;a pas lancée), pour l&apos;utilisateur %1 sur %2. Latchkey ne l&apos;a utilisé nulle part et ne l&apos;a pas révoqué. Si vous ne vouliez pas connecter ce site maintenant, révoquez-le dans le profil de cet utilisateur sur %2 (Comptes → Profil → Mots de passe d&apos;application)&#xa0;: les mots de passe de Latchkey s&apos;appellent «&#xa0;%3 …&#xa0;».</translation>
    </message>
    <message>
        <source>Latchkey received an answer from WordPress for an attempt that is no longer waiting (an earlier try, or one Latchkey did not start); nothing was changed.</source>
        <translation>Latchkey a reçu une réponse de WordPress pour une tentative qui n&apos;attend plus (une tentative précédente, ou une que Latchkey n&apos;a pas lancée)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Latchkey::AuditModel</name>
    <message>
        <source>Could not audit: %1</source>
        <translation>Audit impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>jamais utilisé</translation>
    </message>
    <message numerus="yes">
        <source>unused for more than %n day(s)</source>
        <translation>
            <numerusform>inutilisé depuis plus de %n jour</numerusform>
            <numerusform>inutilisé depuis plus de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate name</source>
        <translation>nom en double</translation>
    </message>
    <message>
        <source>Latchkey&apos;s own</source>
        <translation>propre à Latchkey</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>App ID: %1</source>
        <translation>ID d&apos;application&#xa0;: %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Last IP</source>
        <translation>Dernière IP</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>Latchkey::AuditRevokeTask</name>
    <message numerus="yes">
        <source>Revoked %n password(s).</source>
        <translation>
            <numerusform>%n mot de passe révoqué.</numerusform>
            <numerusform>%n mots de passe révoqués.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::AuditTask</name>
    <message numerus="yes">
        <source>%n password(s), %1 stale, users: %2</source>
        <translation>
            <numerusform>%n mot de passe, %1 obsolètes, utilisateurs&#xa0;: %2</numerusform>
            <numerusform>%n mots de passe, %1 obsolètes, utilisateurs&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>seulement %1</translation>
    </message>
</context>
<context>
    <name>Latchkey::BrowserApprovalPanel</name>
    <message>
        <source>Connect with your &amp;browser</source>
        <translation>Se connecter avec votre na&amp;vigateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open the page &amp;again</source>
        <translation>R&amp;ouvrir la page</translation>
    </message>
    <message>
        <source>Let WordPress &amp;show the password instead</source>
        <translation>Laisser WordPress a&amp;fficher le mot de passe à la place</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Opens your site&apos;s “Authorize Application” page in your browser. You log in there as usual (with two-factor authentication if you use it) and approve Latchkey; no password is shown or typed.</source>
        <translation>Ouvre la page «&#xa0;Autoriser l&apos;application&#xa0;» de votre site dans votre navigateur. Vous vous y connectez comme d&apos;habitude (avec l&apos;authentification à deux facteurs si vous l&apos;utilisez) et approuvez Latchkey&#xa0;; aucun mot de passe n&apos;est affiché ni saisi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In your browser&lt;/b&gt;, log in to WordPress if asked and click “Yes, I approve of this connection”. Your browser may ask whether to open Latchkey: allow it.&lt;br&gt;If the page says “Cannot Authorize Application” (for example because the site is protected with HTTP Basic authentication) or “Each application name should be unique”, nothing was created: close it and use the other way below or try again.</source>
        <translation>&lt;b&gt;Dans votre navigateur&lt;/b&gt;, connectez-vous à WordPress si nécessaire et cliquez sur «&#xa0;Oui, j&apos;approuve cette connexion&#xa0;». Votre navigateur peut demander s&apos;il doit ouvrir Latchkey&#xa0;: acceptez.&lt;br&gt;Si la page indique «&#xa0;Impossible d&apos;autoriser l&apos;application&#xa0;» (par exemple parce que le site est protégé par une authentification HTTP Basic) ou «&#xa0;Chaque nom d&apos;application doit être unique&#xa0;», rien n&apos;a été créé&#xa0;: fermez-la et utilisez l&apos;autre méthode ci-dessous, ou réessayez.</translation>
    </message>
    <message>
        <source>Starts a new attempt (the old page no longer works).</source>
        <translation>Lance une nouvelle tentative (l&apos;ancienne page ne fonctionne plus).</translation>
    </message>
    <message>
        <source>Opens the approval page without sending the answer back: WordPress then shows the new password, to paste below.</source>
        <translation>Ouvre la page d&apos;approbation sans renvoyer la réponse&#xa0;: WordPress affiche alors le nouveau mot de passe, à coller ci-dessous.</translation>
    </message>
    <message>
        <source>Your browser did not come back? Paste the address it ended on (it starts with latchkey://), or the password WordPress showed:</source>
        <translation>Votre navigateur n&apos;est pas revenu&#xa0;? Collez l&apos;adresse sur laquelle il s&apos;est arrêté (elle commence par latchkey://), ou le mot de passe affiché par WordPress&#xa0;:</translation>
    </message>
    <message>
        <source>latchkey://authorized?… or xxxx xxxx xxxx xxxx xxxx xxxx</source>
        <translation>latchkey://authorized?… ou xxxx xxxx xxxx xxxx xxxx xxxx</translation>
    </message>
    <message>
        <source>Latchkey could not open your browser. Open this page yourself and approve there: %1</source>
        <translation>Latchkey n&apos;a pas pu ouvrir votre navigateur. Ouvrez vous-même cette page et approuvez-y&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your browser has not come back to Latchkey yet. If you approved and nothing happened, your desktop may not pass latchkey:// links to Latchkey: paste the address your browser ended on, let WordPress show the password instead, or open the page again.</source>
        <translation>Votre navigateur n&apos;est pas encore revenu à Latchkey. Si vous avez approuvé et que rien ne s&apos;est passé, votre bureau ne transmet peut-être pas les liens latchkey:// à Latchkey&#xa0;: collez l&apos;adresse sur laquelle votre navigateur s&apos;est arrêté, laissez WordPress afficher le mot de passe à la place, ou rouvrez la page.</translation>
    </message>
    <message>
        <source>Still waiting for this attempt: approve in the browser page Latchkey opened last.</source>
        <translation>Cette tentative attend toujours&#xa0;: approuvez dans la dernière page de navigateur ouverte par Latchkey.</translation>
    </message>
    <message>
        <source>Latchkey created the application password “%1” for %2, but could not keep it in the system keychain. It is shown only here: copy it now, and paste it with the user name when the keychain works again (or revoke it in WordPress).</source>
        <translation>Latchkey a créé le mot de passe d&apos;application «&#xa0;%1&#xa0;» pour %2, mais n&apos;a pas pu le conserver dans le trousseau du système. Il n&apos;est affiché qu&apos;ici&#xa0;: copiez-le maintenant, et collez-le avec le nom d&apos;utilisateur quand le trousseau fonctionnera de nouveau (ou révoquez-le dans WordPress).</translation>
    </message>
    <message>
        <source>Connected. Latchkey created its own application password “%1”.</source>
        <translation>Connecté. Latchkey a créé son propre mot de passe d&apos;application «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An Application Password Is Still Valid</source>
        <translation>Un mot de passe d&apos;application est toujours valide</translation>
    </message>
</context>
<context>
    <name>Latchkey::BulkRevokeDialog</name>
    <message>
        <source>will be revoked</source>
        <translation>sera révoqué</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>déjà supprimé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>kept: Latchkey&apos;s own password here (rotate it instead)</source>
        <translation>conservé&#xa0;: le mot de passe propre à Latchkey ici (renouvelez-le plutôt)</translation>
    </message>
    <message>
        <source>Every user&apos;s passwords (where Latchkey&apos;s user is an administrator)</source>
        <translation>Les mots de passe de tous les utilisateurs (là où l&apos;utilisateur de Latchkey est administrateur)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Revoke across sites</source>
        <translation>Révoquer sur plusieurs sites</translation>
    </message>
    <message>
        <source>Name is exactly</source>
        <translation>Le nom est exactement</translation>
    </message>
    <message>
        <source>Name matches pattern (* and ?)</source>
        <translation>Le nom correspond au motif (* et ?)</translation>
    </message>
    <message>
        <source>App ID is</source>
        <translation>L&apos;identifiant d&apos;application est</translation>
    </message>
    <message>
        <source>e.g. Zapier, zap-*, or the integration&apos;s app ID</source>
        <translation>p. ex. Zapier, zap-* ou l&apos;identifiant d&apos;application de l&apos;intégration</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>Identifiant d&apos;application</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What happened on each site appears here.</source>
        <translation>Ce qui s&apos;est passé sur chaque site apparaît ici.</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>&amp;Sites&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passwords:</source>
        <translation>&amp;Mots de passe&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Preview on %n site(s): %1</source>
        <translation>
            <numerusform>Aperçu sur %n site&#xa0;: %1</numerusform>
            <numerusform>Aperçu sur %n sites&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke application passwords</source>
        <translation>Révoquer des mots de passe d&apos;application</translation>
    </message>
    <message>
        <source>Exactly the passwords listed are revoked; anything using them stops working at once. This cannot be undone.</source>
        <translation>Exactement les mots de passe listés sont révoqués&#xa0;; tout ce qui les utilise cesse immédiatement de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n</source>
        <translation>
            <numerusform>Révoquer %n</numerusform>
            <numerusform>Révoquer %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n password(s)…</source>
        <translation>
            <numerusform>Révocation de %n mot de passe…</numerusform>
            <numerusform>Révocation de %n mots de passe…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for matching passwords…</source>
        <translation>Recherche des mots de passe correspondants…</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: ✗ %2 [%3]</source>
        <translation>%1&#xa0;: ✗ %2 [%3]</translation>
    </message>
    <message>
        <source>No matching password found. Nothing would be revoked.</source>
        <translation>Aucun mot de passe correspondant trouvé. Rien ne serait révoqué.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) could not be searched (see the log).</source>
        <translation>
            <numerusform>%n site n&apos;a pas pu être examiné (voir le journal).</numerusform>
            <numerusform>%n sites n&apos;ont pas pu être examinés (voir le journal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke these %n</source>
        <translation>
            <numerusform>Révoquer celui-ci</numerusform>
            <numerusform>Révoquer ces %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n password(s).</source>
        <translation>
            <numerusform>%n mot de passe révoqué.</numerusform>
            <numerusform>%n mots de passe révoqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n application password(s)?</source>
        <translation>
            <numerusform>Révoquer %n mot de passe d&apos;application&#xa0;?</numerusform>
            <numerusform>Révoquer %n mots de passe d&apos;application&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) affected.</source>
        <translation>
            <numerusform>%n site concerné.</numerusform>
            <numerusform>%n sites concernés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) would be revoked.</source>
        <translation>
            <numerusform>%n mot de passe serait révoqué.</numerusform>
            <numerusform>%n mots de passe seraient révoqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) could not be revoked.</source>
        <translation>
            <numerusform>%n mot de passe n&apos;a pas pu être révoqué.</numerusform>
            <numerusform>%n mots de passe n&apos;ont pas pu être révoqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) failed.</source>
        <translation>
            <numerusform>%n site en échec.</numerusform>
            <numerusform>%n sites en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>See the log for details.</source>
        <translation>Voir le journal pour les détails.</translation>
    </message>
    <message>
        <source>Revoke across sites (passwords %1)</source>
        <translation>Révoquer sur plusieurs sites (mots de passe %1)</translation>
    </message>
</context>
<context>
    <name>Latchkey::BulkRunner</name>
    <message>
        <source>Not started: the run was cancelled.</source>
        <translation>Non lancé&#xa0;: l&apos;exécution a été annulée.</translation>
    </message>
</context>
<context>
    <name>Latchkey::BusyBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Latchkey::CertificateInfo</name>
    <message>
        <source>subject: %1</source>
        <translation>sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>names: %1</source>
        <translation>noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>valid: %1 to %2</source>
        <translation>valide&#xa0;: du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>errors: %1</source>
        <translation>erreurs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Latchkey::CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by your system. If this is your own staging site with a self-signed certificate, compare the SHA-256 fingerprint below with the one on the server before you trust it. Latchkey then accepts exactly this certificate for this site only; if it changes, you will be asked again.</source>
        <translation>Le certificat de %1 n&apos;est pas reconnu par votre système. S&apos;il s&apos;agit de votre propre site de préproduction avec un certificat auto-signé, comparez l&apos;empreinte SHA-256 ci-dessous avec celle du serveur avant de lui faire confiance. Latchkey acceptera alors exactement ce certificat, pour ce site uniquement&#xa0;; s&apos;il change, la question vous sera reposée.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Noms&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valide&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation>Faire confiance à ce certificat pour %1</translation>
    </message>
</context>
<context>
    <name>Latchkey::CheckCommands</name>
    <message>
        <source>Check every site.</source>
        <translation>Vérifier tous les sites.</translation>
    </message>
    <message>
        <source>Sites to check: all, group:NAME, tag:NAME or a comma-separated list.</source>
        <translation>Sites à vérifier&#xa0;: all, group:NOM, tag:NOM ou une liste séparée par des virgules.</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Afficher un seul tableau JSON.</translation>
    </message>
    <message>
        <source>Sites checked at once (default 4).</source>
        <translation>Sites vérifiés simultanément (4 par défaut).</translation>
    </message>
    <message>
        <source>Give up on a site after this many seconds.</source>
        <translation>Abandonner un site après ce nombre de secondes.</translation>
    </message>
    <message>
        <source>Print a diagnosis report per site (secrets redacted).</source>
        <translation>Afficher un rapport de diagnostic par site (secrets masqués).</translation>
    </message>
    <message>
        <source>Sites by name, id or URL, or group:NAME, tag:NAME.</source>
        <translation>Sites par nom, identifiant ou URL, ou group:NOM, tag:NOM.</translation>
    </message>
    <message>
        <source>name the sites to check, or --all, or --sites SELECTOR</source>
        <translation>nommez les sites à vérifier, ou --all, ou --sites SÉLECTEUR</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to %1</source>
        <translation>--concurrency attend un nombre de 1 à %1</translation>
    </message>
    <message>
        <source>choose --json or --report</source>
        <translation>choisissez --json ou --report</translation>
    </message>
    <message>
        <source>No sites to check.</source>
        <translation>Aucun site à vérifier.</translation>
    </message>
    <message>
        <source>ok    %1 (%2): %3 (%4)</source>
        <translation>ok    %1 (%2)&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <source>FAIL  %1 (%2): [%3] %4</source>
        <translation>ÉCHEC  %1 (%2)&#xa0;: [%3] %4</translation>
    </message>
    <message>
        <source>      could also be: %1</source>
        <translation>      autre cause possible&#xa0;: %1</translation>
    </message>
    <message>
        <source>      what to do: %1</source>
        <translation>      que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not record the results: %1</source>
        <translation>impossible d&apos;enregistrer les résultats&#xa0;: %1</translation>
    </message>
    <message>
        <source>draft (default) or publish.</source>
        <translation>draft (par défaut) ou publish.</translation>
    </message>
    <message>
        <source>Keep the post afterwards.</source>
        <translation>Conserver l&apos;article ensuite.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Name, id or URL of the site.</source>
        <translation>Nom, identifiant ou URL du site.</translation>
    </message>
    <message>
        <source>--status takes draft or publish</source>
        <translation>--status attend draft ou publish</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Created post %1 (%2), read it back and deleted it.</source>
        <translation>Article %1 (%2) créé, relu et supprimé.</translation>
    </message>
    <message>
        <source>Created post %1 (%2) and read it back; kept at %3.</source>
        <translation>Article %1 (%2) créé et relu&#xa0;; conservé à l&apos;adresse %3.</translation>
    </message>
</context>
<context>
    <name>Latchkey::CheckRunner</name>
    <message>
        <source>Tested the connection: everything works.</source>
        <translation>Connexion testée&#xa0;: tout fonctionne.</translation>
    </message>
    <message>
        <source>Tested the connection: %1 [%2]</source>
        <translation>Connexion testée&#xa0;: %1 [%2]</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Connection test (retry)</source>
        <translation>Test de connexion (nouvel essai)</translation>
    </message>
</context>
<context>
    <name>Latchkey::Cli</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
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
        <translation>latchkey-cli&#xa0;: gérer les mots de passe d&apos;application WordPress depuis des scripts et cron.

Utilisation&#xa0;:
  %1
  %2
  %3
  %4

SITE est le nom, l&apos;identifiant ou l&apos;URL d&apos;un site. Les mots de passe sont lus sur l&apos;entrée standard et conservés dans le trousseau du système&#xa0;; ils ne sont jamais acceptés en arguments.
Code de sortie&#xa0;: 0 succès, 1 l&apos;opération a échoué (le code du problème est sur stderr ou dans le JSON), 2 erreur d&apos;utilisation, 130/143 une commande portant sur de nombreux sites a été arrêtée par Ctrl-C (SIGINT) ou SIGTERM une fois que le travail en cours a atteint un point sûr.
Toute commande qui communique avec un site accepte --timeout SECONDS&#xa0;: le temps maximal accordé à un site pour l&apos;ensemble de la commande (%5 par défaut)&#xa0;; un site qui n&apos;a pas terminé d&apos;ici là échoue avec le problème «&#xa0;timeout&#xa0;».
Lancez «&#xa0;latchkey-cli COMMANDE --help&#xa0;» pour les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout attend un nombre de secondes</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from %1 to %2</source>
        <translation>--timeout attend un nombre de secondes de %1 à %2</translation>
    </message>
</context>
<context>
    <name>Latchkey::ConnectionCheck</name>
    <message>
        <source>The site accepts this application password.</source>
        <translation>Le site accepte ce mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>the check did not finish within %1 s</source>
        <translation>la vérification ne s&apos;est pas terminée en %1 s</translation>
    </message>
    <message>
        <source>REST API found at %1</source>
        <translation>API REST trouvée à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>A user name and an application password are needed to check the connection.</source>
        <translation>Un nom d&apos;utilisateur et un mot de passe d&apos;application sont nécessaires pour vérifier la connexion.</translation>
    </message>
    <message>
        <source>Signed in as %1 (user %2)</source>
        <translation>Connecté en tant que %1 (utilisateur %2)</translation>
    </message>
    <message>
        <source>WordPress says the application password is wrong (it may have been revoked).</source>
        <translation>WordPress indique que le mot de passe d&apos;application est incorrect (il a peut-être été révoqué).</translation>
    </message>
    <message>
        <source>WordPress does not know this user name.</source>
        <translation>WordPress ne connaît pas ce nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>XML-RPC cross-check not run</source>
        <translation>Contre-vérification XML-RPC non effectuée</translation>
    </message>
    <message>
        <source>To tell these apart: create a new application password (Users &gt; Profile &gt; Application Passwords) and check again at once. If a brand-new password fails too, the Authorization header is being removed; if the Application Passwords section is missing from the user&apos;s profile, they are turned off for this user.</source>
        <translation>Pour les distinguer&#xa0;: créez un nouveau mot de passe d&apos;application (Comptes &gt; Profil &gt; Mots de passe d&apos;application) et vérifiez de nouveau aussitôt. Si un mot de passe tout neuf échoue aussi, l&apos;en-tête Authorization est supprimé&#xa0;; si la section Mots de passe d&apos;application manque dans le profil de l&apos;utilisateur, ils sont désactivés pour cet utilisateur.</translation>
    </message>
    <message>
        <source>This password was created moments ago.</source>
        <translation>Ce mot de passe vient d&apos;être créé.</translation>
    </message>
    <message>
        <source>This password worked in a check minutes ago.</source>
        <translation>Ce mot de passe a fonctionné lors d&apos;une vérification il y a quelques minutes.</translation>
    </message>
    <message>
        <source>The server removes the Authorization header before WordPress sees it: the same application password works through WordPress&apos;s XML-RPC interface (sent in the request body), but the REST API received no credentials and treated the request as anonymous.</source>
        <translation>Le serveur supprime l&apos;en-tête Authorization avant que WordPress ne le voie&#xa0;: le même mot de passe d&apos;application fonctionne via l&apos;interface XML-RPC de WordPress (envoyé dans le corps de la requête), mais l&apos;API REST n&apos;a reçu aucun identifiant et a traité la requête comme anonyme.</translation>
    </message>
    <message>
        <source>A password created moments ago is refused by both the REST API and XML-RPC: most likely application passwords are turned off for this user (a plugin or custom code can do that per user or role).</source>
        <translation>Un mot de passe qui vient d&apos;être créé est refusé à la fois par l&apos;API REST et par XML-RPC&#xa0;: les mots de passe d&apos;application sont très probablement désactivés pour cet utilisateur (une extension ou du code personnalisé peut le faire par utilisateur ou par rôle).</translation>
    </message>
    <message>
        <source>WordPress refuses this application password, through the REST API and through XML-RPC: it is wrong or was revoked, or application passwords are turned off for this user. </source>
        <translation>WordPress refuse ce mot de passe d&apos;application, via l&apos;API REST comme via XML-RPC&#xa0;: il est incorrect ou a été révoqué, ou les mots de passe d&apos;application sont désactivés pour cet utilisateur. </translation>
    </message>
    <message>
        <source>Yet WordPress treated the request as anonymous (rest_not_logged_in), which is what happens when the server removes the Authorization header. Application passwords turned off for this user, or a password revoked since, answer the same way. </source>
        <translation>Pourtant WordPress a traité la requête comme anonyme (rest_not_logged_in), ce qui arrive quand le serveur supprime l&apos;en-tête Authorization. Des mots de passe d&apos;application désactivés pour cet utilisateur, ou un mot de passe révoqué depuis, donnent la même réponse. </translation>
    </message>
    <message>
        <source>WordPress treated the request as anonymous (rest_not_logged_in). A wrong or revoked application password, application passwords turned off for this user, and a server that removes the Authorization header all look the same on this site. </source>
        <translation>WordPress a traité la requête comme anonyme (rest_not_logged_in). Un mot de passe d&apos;application incorrect ou révoqué, des mots de passe d&apos;application désactivés pour cet utilisateur et un serveur qui supprime l&apos;en-tête Authorization se présentent tous de la même façon sur ce site. </translation>
    </message>
    <message>
        <source>Application password &quot;%1&quot; (%2)</source>
        <translation>Mot de passe d&apos;application &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>WordPress did not list the user&apos;s capabilities.</source>
        <translation>WordPress n&apos;a pas listé les capacités de l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>Latchkey::ConnectionTab</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>Copier le &amp;rapport</translation>
    </message>
    <message>
        <source>View &amp;certificate…</source>
        <translation>Voir le &amp;certificat…</translation>
    </message>
    <message>
        <source>&amp;Use that address</source>
        <translation>&amp;Utiliser cette adresse</translation>
    </message>
    <message>
        <source>Copy a plain-text diagnosis to send to your host: steps, codes, versions and headers, without any password</source>
        <translation>Copier un diagnostic en texte brut à envoyer à votre hébergeur&#xa0;: étapes, codes, versions et en-têtes, sans aucun mot de passe</translation>
    </message>
    <message>
        <source>Show the site&apos;s certificate and decide whether to trust it for this site</source>
        <translation>Afficher le certificat du site et décider s&apos;il faut lui faire confiance pour ce site</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Not tested yet. Press “Test connection” (F5) to check that Latchkey can reach %1 and sign in.</source>
        <translation>Pas encore testé. Appuyez sur «&#xa0;Tester la connexion&#xa0;» (F5) pour vérifier que Latchkey peut joindre %1 et s&apos;y connecter.</translation>
    </message>
    <message>
        <source>Worked when last tested, %1.</source>
        <translation>Fonctionnait lors du dernier test, %1.</translation>
    </message>
    <message>
        <source>Failed when last tested, %1: %2</source>
        <translation>Échec lors du dernier test, %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Test again to see each step.</source>
        <translation>Testez de nouveau pour voir chaque étape.</translation>
    </message>
    <message>
        <source>✓ Latchkey can reach %1 and sign in.</source>
        <translation>✓ Latchkey peut joindre %1 et s&apos;y connecter.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>✗ The connection test failed.</source>
        <translation>✗ Le test de connexion a échoué.</translation>
    </message>
    <message>
        <source>publish posts</source>
        <translation>publier des articles</translation>
    </message>
    <message>
        <source>write posts (not publish)</source>
        <translation>écrire des articles (sans les publier)</translation>
    </message>
    <message>
        <source>manage other users&apos; passwords</source>
        <translation>gérer les mots de passe des autres utilisateurs</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), roles: %3. May %4.</source>
        <translation>Connecté en tant que %1 (%2), rôles&#xa0;: %3. Peut %4.</translation>
    </message>
    <message>
        <source>only read</source>
        <translation>seulement lire</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Report copied ✓</source>
        <translation>Rapport copié ✓</translation>
    </message>
    <message>
        <source>Trust certificate</source>
        <translation>Faire confiance au certificat</translation>
    </message>
    <message>
        <source>Trusted the certificate with SHA-256 %1 for this site.</source>
        <translation>Le certificat d&apos;empreinte SHA-256 %1 est désormais approuvé pour ce site.</translation>
    </message>
    <message>
        <source>Use the new address</source>
        <translation>Utiliser la nouvelle adresse</translation>
    </message>
    <message>
        <source>Now uses the address %1.</source>
        <translation>Utilise maintenant l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>The site at %1 points to %2; Latchkey sent nothing there. Use %2 if it is really this site&apos;s address (Latchkey first checks that the stored password signs in there as the same user).</source>
        <translation>Le site à l&apos;adresse %1 renvoie vers %2&#xa0;; Latchkey n&apos;y a rien envoyé. Utilisez %2 s&apos;il s&apos;agit vraiment de l&apos;adresse de ce site (Latchkey vérifie d&apos;abord que le mot de passe enregistré permet de s&apos;y connecter avec le même utilisateur).</translation>
    </message>
</context>
<context>
    <name>Latchkey::CreatePasswordDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>New application password</source>
        <translation>Nouveau mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>A new application password for &lt;b&gt;%1&lt;/b&gt;. Give it the name of the app or service that will use it, so you know later what stops working if you revoke it.</source>
        <translation>Un nouveau mot de passe d&apos;application pour &lt;b&gt;%1&lt;/b&gt;. Donnez-lui le nom de l&apos;application ou du service qui l&apos;utilisera, pour savoir plus tard ce qui cessera de fonctionner si vous le révoquez.</translation>
    </message>
    <message>
        <source>e.g. Backup plugin, Zapier, Mobile app</source>
        <translation>p. ex. extension de sauvegarde, Zapier, application mobile</translation>
    </message>
    <message>
        <source>optional, e.g. 3f1c2a7e-5b8d-4c6a-9e21-7d4b0c8a5f13</source>
        <translation>facultatif, p. ex. 3f1c2a7e-5b8d-4c6a-9e21-7d4b0c8a5f13</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;App id:</source>
        <translation>&amp;Identifiant d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Creating the password on the site…</source>
        <translation>Création du mot de passe sur le site…</translation>
    </message>
    <message>
        <source>The app id must be a UUID or left empty.</source>
        <translation>L&apos;identifiant d&apos;application doit être un UUID ou rester vide.</translation>
    </message>
    <message>
        <source>Leave it empty unless the application told you its id.</source>
        <translation>Laissez-le vide sauf si l&apos;application vous a indiqué son identifiant.</translation>
    </message>
</context>
<context>
    <name>Latchkey::CredentialOrigin</name>
    <message>
        <source>If %1 is really this site&apos;s address, use it: add the site with %1, or change the saved site&apos;s address to it (Latchkey first checks that the password works there). Otherwise ask the site&apos;s host why it points there.</source>
        <translation>Si %1 est vraiment l&apos;adresse de ce site, utilisez-la&#xa0;: ajoutez le site avec %1, ou remplacez l&apos;adresse du site enregistré par celle-ci (Latchkey vérifie d&apos;abord que le mot de passe y fonctionne). Sinon, demandez à l&apos;hébergeur du site pourquoi il renvoie là-bas.</translation>
    </message>
    <message>
        <source>The site at %1 points to another address, %2 (a redirect or a link to its REST API). Latchkey sent no password to %2.</source>
        <translation>Le site à l&apos;adresse %1 renvoie vers une autre adresse, %2 (une redirection ou un lien vers son API REST). Latchkey n&apos;a envoyé aucun mot de passe à %2.</translation>
    </message>
    <message>
        <source>the password of %1 is only sent to %1, not to %2</source>
        <translation>le mot de passe de %1 n&apos;est envoyé qu&apos;à %1, pas à %2</translation>
    </message>
    <message>
        <source>%1 is plain HTTP to another computer</source>
        <translation>%1 est du HTTP non chiffré vers un autre ordinateur</translation>
    </message>
</context>
<context>
    <name>Latchkey::Csv</name>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation>Ligne %1&#xa0;: texte après un guillemet fermant.</translation>
    </message>
    <message>
        <source>Quote the whole field and double any quote inside it.</source>
        <translation>Mettez tout le champ entre guillemets et doublez chaque guillemet qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field never ends.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets ne se termine jamais.</translation>
    </message>
    <message>
        <source>Close the quote, and double any quote inside the field.</source>
        <translation>Fermez le guillemet et doublez chaque guillemet contenu dans le champ.</translation>
    </message>
</context>
<context>
    <name>Latchkey::DBusApplicationHost</name>
    <message>
        <source>No D-Bus session bus: %1</source>
        <translation>Pas de bus de session D-Bus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot register %1 on the session bus.</source>
        <translation>Impossible d&apos;enregistrer %1 sur le bus de session.</translation>
    </message>
    <message>
        <source>The name %1 is taken on the session bus: %2</source>
        <translation>Le nom %1 est déjà pris sur le bus de session&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Latchkey::DesktopIntegration</name>
    <message>
        <source>Revoke an unused application password</source>
        <translation>Révoquer un mot de passe d&apos;application inutilisé</translation>
    </message>
</context>
<context>
    <name>Latchkey::DiagnosisReport</name>
    <message>
        <source>Latchkey connection report</source>
        <translation>Rapport de connexion Latchkey</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Généré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Versions:  %1</source>
        <translation>Versions&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Site:      %1 %2</source>
        <translation>Site&#xa0;:      %1 %2</translation>
    </message>
    <message>
        <source>User:      %1</source>
        <translation>Utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>WordPress: %1</source>
        <translation>WordPress&#xa0;: %1</translation>
    </message>
    <message>
        <source>version not shown by the site</source>
        <translation>version non affichée par le site</translation>
    </message>
    <message>
        <source>REST API:  %1%2</source>
        <translation>API REST&#xa0;:  %1%2</translation>
    </message>
    <message>
        <source> (plain permalinks)</source>
        <translation> (permaliens simples)</translation>
    </message>
    <message>
        <source>Application passwords: %1</source>
        <translation>Mots de passe d&apos;application&#xa0;: %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponibles</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponibles</translation>
    </message>
    <message>
        <source>Result: OK - the site accepts this application password.</source>
        <translation>Résultat&#xa0;: OK – le site accepte ce mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rôles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Result: FAILED [%1]</source>
        <translation>Résultat&#xa0;: ÉCHEC [%1]</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Ce qui s&apos;est passé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could also be: %1</source>
        <translation>Autre cause possible&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>WordPress code %1</source>
        <translation>Code WordPress %1</translation>
    </message>
    <message>
        <source>The site now answers at: %1</source>
        <translation>Le site répond maintenant à l&apos;adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cross-check: %1</source>
        <translation>Contre-vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes&#xa0;:</translation>
    </message>
    <message>
        <source>HTTP requests (credentials, cookies and secrets left out):</source>
        <translation>Requêtes HTTP (sans identifiants, cookies ni secrets)&#xa0;:</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>pas de réponse HTTP</translation>
    </message>
    <message>
        <source>, with credentials</source>
        <translation>, avec identifiants</translation>
    </message>
    <message>
        <source>, anonymous</source>
        <translation>, anonyme</translation>
    </message>
    <message>
        <source>      final address: %1</source>
        <translation>      adresse finale&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>Certificat TLS&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Latchkey::EditSiteDialog</name>
    <message>
        <source>Allow sending the password over plain &amp;HTTP</source>
        <translation>Autoriser l&apos;envoi du mot de passe en &amp;HTTP non chiffré</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Over plain HTTP anyone on the network between you and the site can read the application password. Latchkey sends it to sites on this computer anyway; for any other site, allow it only on a network you control.</source>
        <translation>En HTTP non chiffré, toute personne sur le réseau entre vous et le site peut lire le mot de passe d&apos;application. Latchkey l&apos;envoie quand même aux sites de cet ordinateur&#xa0;; pour tout autre site, ne l&apos;autorisez que sur un réseau que vous contrôlez.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source> (to change the user, use Reconnect)</source>
        <translation> (pour changer d&apos;utilisateur, utilisez Reconnecter)</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>Un site doit avoir un nom.</translation>
    </message>
    <message>
        <source>name “%1”</source>
        <translation>nom «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>adresse %1</translation>
    </message>
    <message>
        <source>group “%1”</source>
        <translation>groupe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>plain HTTP allowed</source>
        <translation>HTTP non chiffré autorisé</translation>
    </message>
    <message>
        <source>plain HTTP no longer allowed</source>
        <translation>HTTP non chiffré plus autorisé</translation>
    </message>
    <message>
        <source>Changed the site: %1.</source>
        <translation>Site modifié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Checking the password at the new address…</source>
        <translation>Vérification du mot de passe à la nouvelle adresse…</translation>
    </message>
</context>
<context>
    <name>Latchkey::FleetCheck</name>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Connecté en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>no answer within the time limit</source>
        <translation>pas de réponse dans le délai imparti</translation>
    </message>
    <message>
        <source>Signed in as %1 (user %2)</source>
        <translation>Connecté en tant que %1 (utilisateur %2)</translation>
    </message>
    <message>
        <source>Application password &quot;%1&quot; (%2)</source>
        <translation>Mot de passe d&apos;application &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>Implied: %1 answered authenticated requests, so discovery was skipped.</source>
        <translation>Déduit&#xa0;: %1 a répondu à des requêtes authentifiées, la découverte a donc été sautée.</translation>
    </message>
</context>
<context>
    <name>Latchkey::FleetCommands</name>
    <message>
        <source>usage: latchkey-cli %1</source>
        <translation>utilisation&#xa0;: latchkey-cli %1</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to %1</source>
        <translation>--concurrency attend un nombre de 1 à %1</translation>
    </message>
    <message>
        <source>%1/%2 done, about %3 left</source>
        <translation>%1/%2 terminés, environ %3 restant</translation>
    </message>
    <message>
        <source>Check each connection (network) before saving.</source>
        <translation>Vérifier chaque connexion (réseau) avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Show what would be imported; change nothing.</source>
        <translation>Afficher ce qui serait importé&#xa0;; ne rien modifier.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Sites checked at once with --check (default 8).</source>
        <translation>Sites vérifiés simultanément avec --check (8 par défaut).</translation>
    </message>
    <message>
        <source>CSV file: url,user,name,group[,tags][,password]; - for standard input.</source>
        <translation>Fichier CSV&#xa0;: url,user,name,group[,tags][,password]&#xa0;; - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 est trop volumineux.</translation>
    </message>
    <message>
        <source>line %1: skipped, duplicate [%2]: %3</source>
        <translation>ligne %1&#xa0;: ignorée, doublon [%2]&#xa0;: %3</translation>
    </message>
    <message>
        <source>line %1: not imported [%2]: %3</source>
        <translation>ligne %1&#xa0;: non importée [%2]&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1/%2 checked</source>
        <translation>%1/%2 vérifiés</translation>
    </message>
    <message>
        <source>Nothing was imported: the passwords could not be stored, and Latchkey never keeps them anywhere else.</source>
        <translation>Rien n&apos;a été importé&#xa0;: les mots de passe n&apos;ont pas pu être enregistrés, et Latchkey ne les conserve jamais ailleurs.</translation>
    </message>
    <message>
        <source>line %1: FAILED &quot;%2&quot; [%3] %4</source>
        <translation>ligne %1&#xa0;: ÉCHEC &quot;%2&quot; [%3] %4</translation>
    </message>
    <message>
        <source>No connection was checked (nothing was sent over the network). Check them with &quot;latchkey-cli check --all&quot;.</source>
        <translation>Aucune connexion n&apos;a été vérifiée (rien n&apos;a été envoyé sur le réseau). Vérifiez-les avec &quot;latchkey-cli check --all&quot;.</translation>
    </message>
    <message>
        <source>%1 holds application passwords in plain text: delete it now (e.g. &quot;shred -u %1&quot;); Latchkey keeps them in the keychain.</source>
        <translation>%1 contient des mots de passe d&apos;application en clair&#xa0;: supprimez-le maintenant (p. ex. &quot;shred -u %1&quot;)&#xa0;; Latchkey les conserve dans le trousseau.</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>l&apos;entrée</translation>
    </message>
    <message>
        <source>JSON instead of CSV.</source>
        <translation>JSON au lieu de CSV.</translation>
    </message>
    <message>
        <source>CSV (the default).</source>
        <translation>CSV (par défaut).</translation>
    </message>
    <message>
        <source>Which sites (default all).</source>
        <translation>Quels sites (tous par défaut).</translation>
    </message>
    <message>
        <source>choose --json or --csv</source>
        <translation>choisissez --json ou --csv</translation>
    </message>
    <message>
        <source>Which sites.</source>
        <translation>Quels sites.</translation>
    </message>
    <message>
        <source>Exact password name.</source>
        <translation>Nom exact du mot de passe.</translation>
    </message>
    <message>
        <source>Name pattern (* any text, ? one character).</source>
        <translation>Motif de nom (* n&apos;importe quel texte,&#xa0;? un caractère).</translation>
    </message>
    <message>
        <source>The integration&apos;s app id.</source>
        <translation>L&apos;identifiant d&apos;application de l&apos;intégration.</translation>
    </message>
    <message>
        <source>Every user&apos;s passwords (administrators).</source>
        <translation>Les mots de passe de tous les utilisateurs (administrateurs).</translation>
    </message>
    <message>
        <source>Show what would be revoked where; revoke nothing.</source>
        <translation>Afficher ce qui serait révoqué et où&#xa0;; ne rien révoquer.</translation>
    </message>
    <message>
        <source>Sites at once (default 8).</source>
        <translation>Sites simultanés (8 par défaut).</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: passwords %1 on %n site(s):</source>
        <translation>
            <numerusform>Simulation&#xa0;: mots de passe %1 sur %n site&#xa0;:</numerusform>
            <numerusform>Simulation&#xa0;: mots de passe %1 sur %n sites&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking passwords %1 on %n site(s):</source>
        <translation>
            <numerusform>Révocation des mots de passe %1 sur %n site&#xa0;:</numerusform>
            <numerusform>Révocation des mots de passe %1 sur %n sites&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Only finish or roll back rotations an earlier run left unfinished.</source>
        <translation>Seulement terminer ou annuler les renouvellements laissés inachevés par une exécution précédente.</translation>
    </message>
    <message>
        <source>Sites at once (default 4).</source>
        <translation>Sites simultanés (4 par défaut).</translation>
    </message>
    <message>
        <source>Name, id or URL of the site.</source>
        <translation>Nom, identifiant ou URL du site.</translation>
    </message>
    <message>
        <source>the rotation journal names a site that no longer exists (%1); forgetting it.</source>
        <translation>le journal de renouvellement nomme un site qui n&apos;existe plus (%1)&#xa0;; il est oublié.</translation>
    </message>
    <message>
        <source>No interrupted rotation.</source>
        <translation>Aucun renouvellement interrompu.</translation>
    </message>
    <message>
        <source>The integration&apos;s password name.</source>
        <translation>Le nom du mot de passe de l&apos;intégration.</translation>
    </message>
    <message>
        <source>No re-issued password &quot;%1&quot; is pending on &quot;%2&quot;.</source>
        <translation>Aucun mot de passe réémis &quot;%1&quot; n&apos;est en attente sur &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>See &quot;latchkey-cli password reissue-status&quot;.</source>
        <translation>Voir &quot;latchkey-cli password reissue-status&quot;.</translation>
    </message>
    <message>
        <source>New password &quot;%1&quot; (%2) on &quot;%3&quot;:</source>
        <translation>Nouveau mot de passe &quot;%1&quot; (%2) sur &quot;%3&quot;&#xa0;:</translation>
    </message>
    <message>
        <source>%1  &quot;%2&quot;  %3: new &quot;%4&quot; (%5) issued %6; %7 old to revoke</source>
        <translation>%1  &quot;%2&quot;  %3&#xa0;: nouveau &quot;%4&quot; (%5) émis %6&#xa0;; %7 ancien(s) à révoquer</translation>
    </message>
    <message>
        <source>INTERRUPTED</source>
        <translation>INTERROMPU</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>No re-issue is pending.</source>
        <translation>Aucune réémission en attente.</translation>
    </message>
    <message>
        <source>Unused for more than N days is stale (default 90).</source>
        <translation>Inutilisé depuis plus de N jours signifie obsolète (90 par défaut).</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Afficher du CSV.</translation>
    </message>
    <message>
        <source>--stale-days takes a number of days</source>
        <translation>--stale-days attend un nombre de jours</translation>
    </message>
    <message>
        <source>SITE / USER / NAME / CREATED / LAST USED / LAST IP / FLAGS</source>
        <translation>SITE / UTILISATEUR / NOM / CRÉÉ / DERNIÈRE UTILISATION / DERNIÈRE IP / INDICATEURS</translation>
    </message>
    <message>
        <source>      (%1: only the connected user&apos;s passwords; it is not an administrator)</source>
        <translation>      (%1&#xa0;: seulement les mots de passe de l&apos;utilisateur connecté&#xa0;; il n&apos;est pas administrateur)</translation>
    </message>
    <message>
        <source>%1: [%2] %3</source>
        <translation>%1&#xa0;: [%2] %3</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n site(s).</source>
        <translation>
            <numerusform>%n site importé.</numerusform>
            <numerusform>%n sites importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) stored in the keychain.</source>
        <translation>
            <numerusform>%n mot de passe enregistré dans le trousseau.</numerusform>
            <numerusform>%n mots de passe enregistrés dans le trousseau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n doublon ignoré.</numerusform>
            <numerusform>%n doublons ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) invalid.</source>
        <translation>
            <numerusform>%n ligne invalide.</numerusform>
            <numerusform>%n lignes invalides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed.</source>
        <translation>
            <numerusform>%n ligne en échec.</numerusform>
            <numerusform>%n lignes en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) would be revoked.</source>
        <translation>
            <numerusform>%n mot de passe serait révoqué.</numerusform>
            <numerusform>%n mots de passe seraient révoqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches on %1 of %n site(s).</source>
        <translation>
            <numerusform>Correspondances sur %1 site sur %n.</numerusform>
            <numerusform>Correspondances sur %1 des %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) failed.</source>
        <translation>
            <numerusform>%n site en échec.</numerusform>
            <numerusform>%n sites en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n matching password(s) revoked.</source>
        <translation>
            <numerusform>Révocation&#xa0;: %1 sur %n mot de passe correspondant.</numerusform>
            <numerusform>Révocation&#xa0;: %1 sur %n mots de passe correspondants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches on %n site(s).</source>
        <translation>
            <numerusform>Correspondances sur %n site.</numerusform>
            <numerusform>Correspondances sur %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) done, %1 failed.</source>
        <translation>
            <numerusform>%n site traité, %1 en échec.</numerusform>
            <numerusform>%n sites traités, %1 en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) found.</source>
        <translation>
            <numerusform>%n mot de passe trouvé.</numerusform>
            <numerusform>%n mots de passe trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never used: %1, stale: %2, with a duplicate name: %3.</source>
        <translation>Jamais utilisés&#xa0;: %1, obsolètes&#xa0;: %2, avec un nom en double&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) audited, %1 failed.</source>
        <translation>
            <numerusform>%n site audité, %1 en échec.</numerusform>
            <numerusform>%n sites audités, %1 en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke across sites (passwords %1)</source>
        <translation>Révoquer sur plusieurs sites (mots de passe %1)</translation>
    </message>
    <message>
        <source>Rotation of Latchkey&apos;s password</source>
        <translation>Renouvellement du mot de passe de Latchkey</translation>
    </message>
    <message>
        <source>Re-issue of &quot;%1&quot;: new password issued</source>
        <translation>Réémission de «&#xa0;%1&#xa0;»&#xa0;: nouveau mot de passe émis</translation>
    </message>
    <message>
        <source>Re-issue of &quot;%1&quot;: old passwords revoked</source>
        <translation>Réémission de «&#xa0;%1&#xa0;»&#xa0;: anciens mots de passe révoqués</translation>
    </message>
    <message>
        <source>Re-issue of &quot;%1&quot; cancelled: new password revoked</source>
        <translation>Réémission de «&#xa0;%1&#xa0;» annulée&#xa0;: nouveau mot de passe révoqué</translation>
    </message>
    <message>
        <source>line %1: would add &quot;%2&quot; (%3 as %4), password to the keychain</source>
        <translation>ligne %1&#xa0;: ajouterait &quot;%2&quot; (%3 en tant que %4), mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>line %1: would add &quot;%2&quot; (%3 as %4)</source>
        <translation>ligne %1&#xa0;: ajouterait &quot;%2&quot; (%3 en tant que %4)</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n site(s) would be added.</source>
        <translation>
            <numerusform>Simulation&#xa0;: %n site serait ajouté.</numerusform>
            <numerusform>Simulation&#xa0;: %n sites seraient ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: added &quot;%2&quot; (%3 as %4), connection checked</source>
        <translation>ligne %1&#xa0;: &quot;%2&quot; ajouté (%3 en tant que %4), connexion vérifiée</translation>
    </message>
    <message>
        <source>line %1: added &quot;%2&quot; (%3 as %4), password stored in the keychain</source>
        <translation>ligne %1&#xa0;: &quot;%2&quot; ajouté (%3 en tant que %4), mot de passe enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>line %1: added &quot;%2&quot; (%3 as %4), no password yet</source>
        <translation>ligne %1&#xa0;: &quot;%2&quot; ajouté (%3 en tant que %4), pas encore de mot de passe</translation>
    </message>
    <message>
        <source>%1 is being rotated by another Latchkey process (%2); left alone.</source>
        <translation>%1 est en cours de renouvellement par un autre processus Latchkey (%2)&#xa0;; laissé tel quel.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing pending for &quot;%1&quot; on %n site(s): skipped.</source>
        <translation>
            <numerusform>Rien en attente pour &quot;%1&quot; sur %n site&#xa0;: ignoré.</numerusform>
            <numerusform>Rien en attente pour &quot;%1&quot; sur %n sites&#xa0;: ignorés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Repeated in the file</source>
        <translation>Répété dans le fichier</translation>
    </message>
    <message>
        <source>Already saved</source>
        <translation>Déjà enregistré</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Password stored in the keychain.</source>
        <translation>Mot de passe enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Saved without a password: connect it later.</source>
        <translation>Enregistré sans mot de passe&#xa0;: connectez-le plus tard.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Latchkey::ImportSitesDialog</name>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Delete the File</source>
        <translation>&amp;Supprimer le fichier</translation>
    </message>
    <message>
        <source>C&amp;heck each site&apos;s connection while importing (slower)</source>
        <translation>&amp;Vérifier la connexion de chaque site pendant l&apos;import (plus lent)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Import sites</source>
        <translation>Importer des sites</translation>
    </message>
    <message>
        <source>A CSV file: url, user, name, group and, optionally, password</source>
        <translation>Un fichier CSV&#xa0;: url, user, name, group et, facultativement, password</translation>
    </message>
    <message>
        <source>Connects to each site like Add Site does: finds its REST API and tests the password before saving it.</source>
        <translation>Se connecte à chaque site comme «&#xa0;Ajouter un site&#xa0;»&#xa0;: trouve son API REST et teste le mot de passe avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Arrêt de l&apos;import…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is too large for a site list.</source>
        <translation>%1 est trop volumineux pour une liste de sites.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file: %1 new, %2 duplicate, %3 invalid. Duplicate and invalid rows are skipped.</source>
        <translation>
            <numerusform>%n ligne dans le fichier&#xa0;: %1 nouvelles, %2 en double, %3 invalides. Les lignes en double et invalides sont ignorées.</numerusform>
            <numerusform>%n lignes dans le fichier&#xa0;: %1 nouvelles, %2 en double, %3 invalides. Les lignes en double et invalides sont ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Site(s)</source>
        <translation>
            <numerusform>&amp;Importer %n site</numerusform>
            <numerusform>&amp;Importer %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This file holds application passwords.&lt;/b&gt; Anyone who can read it can use them. After the import, delete it (and any copy: downloads, mail attachments, backups). Latchkey keeps the passwords only in your system keychain.</source>
        <translation>&lt;b&gt;Ce fichier contient des mots de passe d&apos;application.&lt;/b&gt; Quiconque peut le lire peut les utiliser. Après l&apos;import, supprimez-le (ainsi que toute copie&#xa0;: téléchargements, pièces jointes, sauvegardes). Latchkey ne conserve les mots de passe que dans le trousseau de votre système.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n site(s)…</source>
        <translation>
            <numerusform>Import de %n site…</numerusform>
            <numerusform>Import de %n sites…</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1 with its password.</source>
        <translation>Importé depuis %1 avec son mot de passe.</translation>
    </message>
    <message>
        <source>Imported from %1 without a password.</source>
        <translation>Importé depuis %1 sans mot de passe.</translation>
    </message>
    <message>
        <source>Stopped before this row was imported.</source>
        <translation>Arrêté avant l&apos;import de cette ligne.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n site(s).</source>
        <translation>
            <numerusform>%n site importé.</numerusform>
            <numerusform>%n sites importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n site(s).</source>
        <translation>
            <numerusform>Importés&#xa0;: %1 sur %n site.</numerusform>
            <numerusform>Importés&#xa0;: %1 sur %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported (see Details).</source>
        <translation>
            <numerusform>%n non importé (voir Détails).</numerusform>
            <numerusform>%n non importés (voir Détails).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now delete %1.&lt;/b&gt; It still holds application passwords in plain text; Latchkey has what it needs in your keychain.</source>
        <translation>&lt;b&gt;Supprimez maintenant %1.&lt;/b&gt; Il contient encore des mots de passe d&apos;application en clair&#xa0;; Latchkey a ce qu&apos;il lui faut dans votre trousseau.</translation>
    </message>
    <message>
        <source>Delete the file</source>
        <translation>Supprimer le fichier</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <source>Its content is overwritten, then the file is removed. Copies elsewhere (downloads, mail, backups) are not touched.</source>
        <translation>Son contenu est écrasé, puis le fichier est supprimé. Les copies ailleurs (téléchargements, courriels, sauvegardes) ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>%1 was deleted. Delete any copy of it too (downloads, mail attachments, backups).</source>
        <translation>%1 a été supprimé. Supprimez aussi toute copie (téléchargements, pièces jointes, sauvegardes).</translation>
    </message>
</context>
<context>
    <name>Latchkey::KeychainSecretStore</name>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>le trousseau n&apos;a pas répondu en %n seconde</numerusform>
            <numerusform>le trousseau n&apos;a pas répondu en %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::MainWindow</name>
    <message>
        <source>No site matches your search.</source>
        <translation>Aucun site ne correspond à votre recherche.</translation>
    </message>
    <message>
        <source>%1: connection works.</source>
        <translation>%1&#xa0;: la connexion fonctionne.</translation>
    </message>
    <message>
        <source>%1: the connection test failed (%2).</source>
        <translation>%1&#xa0;: le test de connexion a échoué (%2).</translation>
    </message>
    <message>
        <source>&amp;Add Site…</source>
        <translation>&amp;Ajouter un site…</translation>
    </message>
    <message>
        <source>Add a WordPress site (Ctrl+N)</source>
        <translation>Ajouter un site WordPress (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit Site…</source>
        <translation>&amp;Modifier le site…</translation>
    </message>
    <message>
        <source>Change name, address or group</source>
        <translation>Changer le nom, l&apos;adresse ou le groupe</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>&amp;Reconnecter…</translation>
    </message>
    <message>
        <source>Give Latchkey a new application password for the selected site</source>
        <translation>Donner à Latchkey un nouveau mot de passe d&apos;application pour le site sélectionné</translation>
    </message>
    <message>
        <source>&amp;Remove Site…</source>
        <translation>&amp;Supprimer le site…</translation>
    </message>
    <message>
        <source>Remove the selected sites from Latchkey</source>
        <translation>Retirer les sites sélectionnés de Latchkey</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test the selected sites (F5)</source>
        <translation>Tester les sites sélectionnés (F5)</translation>
    </message>
    <message>
        <source>Test &amp;All Sites</source>
        <translation>Tester t&amp;ous les sites</translation>
    </message>
    <message>
        <source>Test every site</source>
        <translation>Tester chaque site</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search the site list (Ctrl+F)</source>
        <translation>Rechercher dans la liste des sites (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Clipboard, time-outs and bulk work</source>
        <translation>Presse-papiers, délais et traitements en masse</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Latchkey</source>
        <translation>Quitter Latchkey</translation>
    </message>
    <message>
        <source>&amp;About Latchkey</source>
        <translation>À &amp;propos de Latchkey</translation>
    </message>
    <message>
        <source>Re&amp;voke Across Sites…</source>
        <translation>Ré&amp;voquer sur plusieurs sites…</translation>
    </message>
    <message>
        <source>Find and revoke an integration&apos;s passwords on many sites, with a preview</source>
        <translation>Trouver et révoquer les mots de passe d&apos;une intégration sur de nombreux sites, avec un aperçu</translation>
    </message>
    <message>
        <source>&amp;Export Site List…</source>
        <translation>E&amp;xporter la liste des sites…</translation>
    </message>
    <message>
        <source>Save the site list as CSV or JSON (never any password)</source>
        <translation>Enregistrer la liste des sites en CSV ou JSON (jamais aucun mot de passe)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Show one group (client) or tag</source>
        <translation>Afficher un groupe (client) ou une étiquette</translation>
    </message>
    <message>
        <source>Show sites by the result of their last check</source>
        <translation>Afficher les sites selon le résultat de leur dernière vérification</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Search sites (Ctrl+F)</source>
        <translation>Rechercher des sites (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add your first WordPress site</source>
        <translation>Ajoutez votre premier site WordPress</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Click &lt;b&gt;Add Site&lt;/b&gt; below (or press Ctrl+N) and enter your site&apos;s address, for example &lt;i&gt;https://example.com&lt;/i&gt;. Latchkey checks the site first.&lt;/li&gt;&lt;li&gt;In WordPress, open &lt;b&gt;Users → Profile&lt;/b&gt;. Under &lt;b&gt;Application Passwords&lt;/b&gt; type “Latchkey” and click &lt;b&gt;Add New Application Password&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste that password and your user name into Latchkey. It checks that the password works and keeps it in your system keychain.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Latchkey never asks for your login password, and you can revoke its access in WordPress at any time.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Cliquez sur &lt;b&gt;Ajouter un site&lt;/b&gt; ci-dessous (ou appuyez sur Ctrl+N) et saisissez l&apos;adresse de votre site, par exemple &lt;i&gt;https://example.com&lt;/i&gt;. Latchkey vérifie d&apos;abord le site.&lt;/li&gt;&lt;li&gt;Dans WordPress, ouvrez &lt;b&gt;Comptes → Profil&lt;/b&gt;. Sous &lt;b&gt;Mots de passe d&apos;application&lt;/b&gt;, saisissez «&#xa0;Latchkey&#xa0;» et cliquez sur &lt;b&gt;Ajouter un nouveau mot de passe d&apos;application&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Collez ce mot de passe et votre nom d&apos;utilisateur dans Latchkey. Il vérifie que le mot de passe fonctionne et le conserve dans le trousseau de votre système.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Latchkey ne demande jamais votre mot de passe de connexion, et vous pouvez révoquer son accès dans WordPress à tout moment.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Site…</source>
        <translation>Ajouter un site…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Reconnecter…</translation>
    </message>
    <message>
        <source>Application &amp;passwords</source>
        <translation>Mots de &amp;passe d&apos;application</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>Test p&amp;ublish</source>
        <translation>Test de p&amp;ublication</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vité</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>en tant que %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>dernière vérification %1</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Checking: %v of %m</source>
        <translation>Vérification&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <source>Checking: %v of %m, about %1 s left</source>
        <translation>Vérification&#xa0;: %v sur %m, environ %1 s restantes</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n site(s): all work.</source>
        <translation>
            <numerusform>%n site vérifié&#xa0;: il fonctionne.</numerusform>
            <numerusform>%n sites vérifiés&#xa0;: tous fonctionnent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site added.</source>
        <translation>Site ajouté.</translation>
    </message>
    <message>
        <source>Site reconnected.</source>
        <translation>Site reconnecté.</translation>
    </message>
    <message>
        <source>Remove %1 from Latchkey?</source>
        <translation>Retirer %1 de Latchkey&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n sites from Latchkey?</source>
        <translation>
            <numerusform>Retirer %n site de Latchkey&#xa0;?</numerusform>
            <numerusform>Retirer %n sites de Latchkey&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Latchkey deletes its password for %1 from your keychain. It can also revoke that password on the site first, so that nobody can use it any more: recommended unless you will add the site again with the same password elsewhere. Nothing else on the site changes.</source>
        <translation>Latchkey supprime son mot de passe pour %1 de votre trousseau. Il peut aussi révoquer d&apos;abord ce mot de passe sur le site, pour que personne ne puisse plus l&apos;utiliser&#xa0;: recommandé, sauf si vous ajoutez de nouveau le site ailleurs avec le même mot de passe. Rien d&apos;autre ne change sur le site.</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Retirer le site</translation>
    </message>
    <message>
        <source>Could not remove the site: %1</source>
        <translation>Impossible de retirer le site&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” was not removed: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été retiré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed “%1” and revoked its password on the site.</source>
        <translation>«&#xa0;%1&#xa0;» retiré et son mot de passe révoqué sur le site.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» retiré.</translation>
    </message>
    <message>
        <source>Revoke and remove</source>
        <translation>Révoquer et retirer</translation>
    </message>
    <message>
        <source>Remove only</source>
        <translation>Retirer seulement</translation>
    </message>
    <message>
        <source>Export site list</source>
        <translation>Exporter la liste des sites</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n site(s) to %1 (no passwords).</source>
        <translation>
            <numerusform>%n site exporté vers %1 (sans mots de passe).</numerusform>
            <numerusform>%n sites exportés vers %1 (sans mots de passe).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Sites…</source>
        <translation>&amp;Importer des sites…</translation>
    </message>
    <message>
        <source>Add many sites from a CSV file, with a preview</source>
        <translation>Ajouter de nombreux sites depuis un fichier CSV, avec un aperçu</translation>
    </message>
    <message>
        <source>A&amp;udit Passwords…</source>
        <translation>&amp;Auditer les mots de passe…</translation>
    </message>
    <message>
        <source>List every application password, flag unused ones, revoke them</source>
        <translation>Lister tous les mots de passe d&apos;application, signaler ceux inutilisés, les révoquer</translation>
    </message>
    <message>
        <source>R&amp;otate Latchkey&apos;s Password…</source>
        <translation>Re&amp;nouveler le mot de passe de Latchkey…</translation>
    </message>
    <message>
        <source>Replace the password Latchkey uses on the selected sites with a new one</source>
        <translation>Remplacer le mot de passe qu&apos;utilise Latchkey sur les sites sélectionnés par un nouveau</translation>
    </message>
    <message>
        <source>Re-&amp;issue an Integration&apos;s Password…</source>
        <translation>Réémettre le mot de passe d&apos;une &amp;intégration…</translation>
    </message>
    <message>
        <source>Give an integration new passwords on many sites, then revoke the old ones</source>
        <translation>Donner de nouveaux mots de passe à une intégration sur de nombreux sites, puis révoquer les anciens</translation>
    </message>
    <message>
        <source>No site selected</source>
        <translation>Aucun site sélectionné</translation>
    </message>
    <message>
        <source>Select a site in the list to see its application passwords, its connection and its activity.</source>
        <translation>Sélectionnez un site dans la liste pour voir ses mots de passe d&apos;application, sa connexion et son activité.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n site(s).</source>
        <translation>
            <numerusform>%n site vérifié.</numerusform>
            <numerusform>%n sites vérifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) failed or were cancelled.</source>
        <translation>
            <numerusform>%n site en échec ou annulé.</numerusform>
            <numerusform>%n sites en échec ou annulés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::NewPasswordDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>New application password</source>
        <translation>Nouveau mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1”&lt;/b&gt; was created for %2 on %3.</source>
        <translation>&lt;b&gt;«&#xa0;%1&#xa0;»&lt;/b&gt; a été créé pour %2 sur %3.</translation>
    </message>
    <message>
        <source>Copy it now: you will not see this password again. WordPress keeps only a fingerprint of it.</source>
        <translation>Copiez-le maintenant&#xa0;: vous ne reverrez plus ce mot de passe. WordPress n&apos;en conserve qu&apos;une empreinte.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Afficher ou masquer le mot de passe</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Latchkey can use this password for %1 from now on, instead of the one it uses now. It is then kept in your system keychain.</source>
        <translation>Latchkey peut désormais utiliser ce mot de passe pour %1, à la place de celui qu&apos;il utilise actuellement. Il est alors conservé dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>&amp;Use it for Latchkey on this site</source>
        <translation>&amp;Utiliser pour Latchkey sur ce site</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in 1 second.</source>
        <translation>Copié. Le presse-papiers sera vidé dans 1 seconde.</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in %1 seconds.</source>
        <translation>Copié. Le presse-papiers sera vidé dans %1 secondes.</translation>
    </message>
    <message>
        <source>Copied. Paste it where it is needed; Latchkey has cleared the clipboard (or will when it closes).</source>
        <translation>Copié. Collez-le là où il est nécessaire&#xa0;; Latchkey a vidé le presse-papiers (ou le fera en se fermant).</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Latchkey still uses its previous password. The new one is still here: copy it now, or try again.</source>
        <translation>Latchkey utilise toujours son mot de passe précédent. Le nouveau est encore ici&#xa0;: copiez-le maintenant, ou réessayez.</translation>
    </message>
    <message>
        <source>Could not keep “%1” in the keychain: %2</source>
        <translation>Impossible de conserver «&#xa0;%1&#xa0;» dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Used by Latchkey</source>
        <translation>Utilisé par Latchkey</translation>
    </message>
    <message>
        <source>Latchkey now uses this password for %1.</source>
        <translation>Latchkey utilise désormais ce mot de passe pour %1.</translation>
    </message>
    <message>
        <source>Latchkey now uses this password for %1. The previous one (“%2”) still works until you revoke it.</source>
        <translation>Latchkey utilise désormais ce mot de passe pour %1. Le précédent («&#xa0;%2&#xa0;») fonctionne jusqu&apos;à ce que vous le révoquiez.</translation>
    </message>
    <message>
        <source>Latchkey now uses the application password “%1”.</source>
        <translation>Latchkey utilise désormais le mot de passe d&apos;application «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Fermer sans copier&#xa0;?</translation>
    </message>
    <message>
        <source>You have not copied the new password.</source>
        <translation>Vous n&apos;avez pas copié le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Once this window is closed, nobody can see “%1” again: not you, not Latchkey, not WordPress. You would have to create a new one.</source>
        <translation>Une fois cette fenêtre fermée, personne ne pourra revoir «&#xa0;%1&#xa0;»&#xa0;: ni vous, ni Latchkey, ni WordPress. Il faudrait en créer un nouveau.</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>Fermer sans copier</translation>
    </message>
</context>
<context>
    <name>Latchkey::OperationOwner</name>
    <message>
        <source>process %1 on %2</source>
        <translation>processus %1 sur %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Latchkey::PasswordAuditDialog</name>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>déjà supprimé</translation>
    </message>
    <message>
        <source>not revoked: %1</source>
        <translation>non révoqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>kept: Latchkey&apos;s own password here (rotate it instead)</source>
        <translation>conservé&#xa0;: le mot de passe propre à Latchkey ici (renouvelez-le plutôt)</translation>
    </message>
    <message>
        <source>not revoked: stopped</source>
        <translation>non révoqué&#xa0;: arrêté</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Auditer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>&amp;Only flagged</source>
        <translation>&amp;Uniquement les signalés</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation>&amp;Révoquer la sélection…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Audit application passwords</source>
        <translation>Auditer les mots de passe d&apos;application</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>A password not used for longer than this is flagged. WordPress records the last use at most once a day.</source>
        <translation>Un mot de passe inutilisé depuis plus longtemps est signalé. WordPress enregistre la dernière utilisation au plus une fois par jour.</translation>
    </message>
    <message>
        <source>Filter by site, user, name, IP or flag</source>
        <translation>Filtrer par site, utilisateur, nom, IP ou signalement</translation>
    </message>
    <message>
        <source>Revoke the selected passwords after a confirmation (Delete)</source>
        <translation>Révoquer les mots de passe sélectionnés après confirmation (Suppr)</translation>
    </message>
    <message>
        <source>Saves the rows shown, in the shown order (never a password)</source>
        <translation>Enregistre les lignes affichées, dans l&apos;ordre affiché (jamais un mot de passe)</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>&amp;Sites&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Flag when unused for more than</source>
        <translation>Si&amp;gnaler si inutilisé depuis plus de</translation>
    </message>
    <message>
        <source>Choose the sites and press Audit. Nothing is changed on the sites.</source>
        <translation>Choisissez les sites et appuyez sur «&#xa0;Auditer&#xa0;». Rien n&apos;est modifié sur les sites.</translation>
    </message>
    <message numerus="yes">
        <source>Auditing %n site(s)…</source>
        <translation>
            <numerusform>Audit de %n site…</numerusform>
            <numerusform>Audit de %n sites…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before this site was audited.</source>
        <translation>Arrêté avant l&apos;audit de ce site.</translation>
    </message>
    <message>
        <source>Password audit: nothing revoked. %1</source>
        <translation>Audit des mots de passe&#xa0;: rien révoqué. %1</translation>
    </message>
    <message>
        <source>Password audit: revoked %1.</source>
        <translation>Audit des mots de passe&#xa0;: révocation de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n password(s).</source>
        <translation>
            <numerusform>%n mot de passe révoqué.</numerusform>
            <numerusform>%n mots de passe révoqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) could not be revoked.</source>
        <translation>
            <numerusform>%n mot de passe n&apos;a pas pu être révoqué.</numerusform>
            <numerusform>%n mots de passe n&apos;ont pas pu être révoqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) failed.</source>
        <translation>
            <numerusform>%n site en échec.</numerusform>
            <numerusform>%n sites en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>See the Result column for details.</source>
        <translation>Voir la colonne «&#xa0;Résultat&#xa0;» pour les détails.</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) found, %1 flagged.</source>
        <translation>
            <numerusform>%n mot de passe trouvé, signalés&#xa0;: %1.</numerusform>
            <numerusform>%n mots de passe trouvés, signalés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) could not be audited (their rows say why).</source>
        <translation>
            <numerusform>%n site n&apos;a pas pu être audité (sa ligne indique pourquoi).</numerusform>
            <numerusform>%n sites n&apos;ont pas pu être audités (leurs lignes indiquent pourquoi).</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: &quot;%2&quot; of %3 (last used: %4)</source>
        <translation>• %1&#xa0;: &quot;%2&quot; de %3 (dernière utilisation&#xa0;: %4)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Revoke application passwords</source>
        <translation>Révoquer des mots de passe d&apos;application</translation>
    </message>
    <message>
        <source>Only Latchkey&apos;s own password is selected.</source>
        <translation>Seul le mot de passe propre à Latchkey est sélectionné.</translation>
    </message>
    <message>
        <source>Latchkey connects with it; rotate it instead of revoking it.</source>
        <translation>Latchkey se connecte avec lui&#xa0;; renouvelez-le au lieu de le révoquer.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept: Latchkey&apos;s own password on %1 (rotate it instead).</source>
        <translation>Conservé&#xa0;: le mot de passe propre à Latchkey sur %1 (renouvelez-le plutôt).</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) affected.</source>
        <translation>
            <numerusform>%n site concerné.</numerusform>
            <numerusform>%n sites concernés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything using these passwords stops working at once. This cannot be undone.</source>
        <translation>Tout ce qui utilise ces mots de passe cesse immédiatement de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n application password(s)?</source>
        <translation>
            <numerusform>Révoquer %n mot de passe d&apos;application&#xa0;?</numerusform>
            <numerusform>Révoquer %n mots de passe d&apos;application&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n</source>
        <translation>
            <numerusform>Révoquer %n</numerusform>
            <numerusform>Révoquer %n</numerusform>
        </translation>
    </message>
    <message>
        <source>not revoked: the site was removed from Latchkey</source>
        <translation>non révoqué&#xa0;: le site a été retiré de Latchkey</translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n password(s)…</source>
        <translation>
            <numerusform>Révocation de %n mot de passe…</numerusform>
            <numerusform>Révocation de %n mots de passe…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Exporter l&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1 (no passwords).</source>
        <translation>
            <numerusform>%n ligne exportée vers %1 (sans mots de passe).</numerusform>
            <numerusform>%n lignes exportées vers %1 (sans mots de passe).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::PasswordCommands</name>
    <message>
        <source>usage: latchkey-cli %1</source>
        <translation>utilisation&#xa0;: latchkey-cli %1</translation>
    </message>
    <message>
        <source>Name, id or URL of the site.</source>
        <translation>Nom, identifiant ou URL du site.</translation>
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
        <translation>NOM</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉ</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>DERNIÈRE UTILISATION</translation>
    </message>
    <message>
        <source>LAST IP</source>
        <translation>DERNIÈRE IP</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5%6</source>
        <translation>%1  %2  %3  %4  %5%6</translation>
    </message>
    <message>
        <source>  (used by Latchkey)</source>
        <translation>  (utilisé par Latchkey)</translation>
    </message>
    <message>
        <source>No application passwords.</source>
        <translation>Aucun mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>The integration&apos;s app id (a UUID).</source>
        <translation>L&apos;identifiant d&apos;application de l&apos;intégration (un UUID).</translation>
    </message>
    <message>
        <source>Name of the new password.</source>
        <translation>Nom du nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2) on &quot;%3&quot;. Copy it now: it will not be shown again.</source>
        <translation>&quot;%1&quot; (%2) créé sur &quot;%3&quot;. Copiez-le maintenant&#xa0;: il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>The password&apos;s uuid.</source>
        <translation>L&apos;UUID du mot de passe.</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Son nouveau nom.</translation>
    </message>
    <message>
        <source>Renamed %1 to &quot;%2&quot;.</source>
        <translation>%1 renommé en &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Revoke every application password of the user.</source>
        <translation>Révoquer tous les mots de passe d&apos;application de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Confirm revoking all passwords, or the one Latchkey uses.</source>
        <translation>Confirmer la révocation de tous les mots de passe, ou de celui qu&apos;utilise Latchkey.</translation>
    </message>
    <message>
        <source>Passwords to revoke.</source>
        <translation>Mots de passe à révoquer.</translation>
    </message>
    <message>
        <source>give either UUIDs or --all-passwords, not both</source>
        <translation>indiquez soit des UUID, soit --all-passwords, pas les deux</translation>
    </message>
    <message>
        <source>--all-passwords revokes every application password of the user, so every integration using one stops working; add --yes to confirm</source>
        <translation>--all-passwords révoque tous les mots de passe d&apos;application de l&apos;utilisateur, si bien que toute intégration qui en utilise un cesse de fonctionner&#xa0;; ajoutez --yes pour confirmer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a password uuid</source>
        <translation>&quot;%1&quot; n&apos;est pas un UUID de mot de passe</translation>
    </message>
    <message>
        <source>Revoked all application passwords.</source>
        <translation>Tous les mots de passe d&apos;application ont été révoqués.</translation>
    </message>
    <message>
        <source>that included the one Latchkey uses for &quot;%1&quot;; reconnect the site with a new password.</source>
        <translation>cela comprenait celui qu&apos;utilise Latchkey pour &quot;%1&quot;&#xa0;; reconnectez le site avec un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>%1 révoqué.</translation>
    </message>
    <message>
        <source>Latchkey signs in with this password for %1; revoking it disconnects that entry until it is reconnected. Add --yes to confirm.</source>
        <translation>Latchkey se connecte avec ce mot de passe pour %1&#xa0;; le révoquer déconnecte cette entrée jusqu&apos;à ce qu&apos;elle soit reconnectée. Ajoutez --yes pour confirmer.</translation>
    </message>
</context>
<context>
    <name>Latchkey::PasswordsTab</name>
    <message>
        <source>&amp;New password…</source>
        <translation>&amp;Nouveau mot de passe…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Revoke &amp;all…</source>
        <translation>Révoquer &amp;tous…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Administrators can manage the application passwords of every user of the site.</source>
        <translation>Les administrateurs peuvent gérer les mots de passe d&apos;application de tous les utilisateurs du site.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Lecture du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>Loading the site&apos;s users…</source>
        <translation>Chargement des utilisateurs du site…</translation>
    </message>
    <message>
        <source>Asking the site who you are…</source>
        <translation>Le site est interrogé sur votre identité…</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message numerus="yes">
        <source>%n application password(s)</source>
        <translation>
            <numerusform>%n mot de passe d&apos;application</numerusform>
            <numerusform>%n mots de passe d&apos;application</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading application passwords…</source>
        <translation>Chargement des mots de passe d&apos;application…</translation>
    </message>
    <message>
        <source>Created the application password “%1” for %2.</source>
        <translation>Mot de passe d&apos;application «&#xa0;%1&#xa0;» créé pour %2.</translation>
    </message>
    <message>
        <source>Rename application password</source>
        <translation>Renommer le mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Renamed the application password “%1” to “%2”.</source>
        <translation>Mot de passe d&apos;application «&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>Renommage…</translation>
    </message>
    <message>
        <source>Every app or service that signs in as %1 with “%2” stops working at once. This cannot be undone.</source>
        <translation>Toute application ou tout service qui se connecte en tant que %1 avec «&#xa0;%2&#xa0;» cesse immédiatement de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>This is the password Latchkey itself uses for %1. After revoking it, Latchkey cannot reach the site until you reconnect it with a new password (Site → Reconnect).</source>
        <translation>C&apos;est le mot de passe que Latchkey utilise lui-même pour %1. Après sa révocation, Latchkey ne pourra plus joindre le site tant que vous ne l&apos;aurez pas reconnecté avec un nouveau mot de passe (Site → Reconnecter).</translation>
    </message>
    <message>
        <source>Revoke application password</source>
        <translation>Révoquer le mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>Revoke “%1”?</source>
        <translation>Révoquer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Revoked the application password “%1” of %2.</source>
        <translation>Mot de passe d&apos;application «&#xa0;%1&#xa0;» de %2 révoqué.</translation>
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation>Révocation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Every app and service that signs in as %1 with an application password stops working at once: %2. This cannot be undone.</source>
        <translation>Toute application et tout service qui se connecte en tant que %1 avec un mot de passe d&apos;application cesse immédiatement de fonctionner&#xa0;: %2. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Revoke all application passwords</source>
        <translation>Révoquer tous les mots de passe d&apos;application</translation>
    </message>
    <message>
        <source>Revoke the only application password of %1?</source>
        <translation>Révoquer l&apos;unique mot de passe d&apos;application de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Revoke all %1 application passwords of %2?</source>
        <translation>Révoquer les %1 mots de passe d&apos;application de %2&#xa0;?</translation>
    </message>
    <message>
        <source>Revoked all application passwords of %1 (%2).</source>
        <translation>Tous les mots de passe d&apos;application de %1 ont été révoqués (%2).</translation>
    </message>
    <message>
        <source>Latchkey&apos;s own password for this site was revoked.</source>
        <translation>Le mot de passe propre à Latchkey pour ce site a été révoqué.</translation>
    </message>
    <message>
        <source>Reconnect the site with a new application password (Site → Reconnect).</source>
        <translation>Reconnectez le site avec un nouveau mot de passe d&apos;application (Site → Reconnecter).</translation>
    </message>
    <message>
        <source>Revoking all passwords of %1…</source>
        <translation>Révocation de tous les mots de passe de %1…</translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>Tout révoquer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Latchkey&apos;s entry %1 signs in with this password. After revoking it, that entry cannot reach the site until you select it and reconnect it with a new password (Site → Reconnect).</source>
        <translation>L&apos;entrée Latchkey %1 se connecte avec ce mot de passe. Après sa révocation, cette entrée ne pourra plus joindre le site tant que vous ne l&apos;aurez pas sélectionnée et reconnectée avec un nouveau mot de passe (Site → Reconnecter).</translation>
    </message>
</context>
<context>
    <name>Latchkey::PendingReissueBar</name>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message numerus="yes">
        <source>A re-issue of &quot;%1&quot; is pending on %n site(s): update the integration, then revoke the old passwords.</source>
        <translation>
            <numerusform>Une réémission de «&#xa0;%1&#xa0;» est en attente sur %n site&#xa0;: mettez à jour l&apos;intégration, puis révoquez les anciens mots de passe.</numerusform>
            <numerusform>Une réémission de «&#xa0;%1&#xa0;» est en attente sur %n sites&#xa0;: mettez à jour l&apos;intégration, puis révoquez les anciens mots de passe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-issues of %n integration(s) are pending (&quot;%1&quot; first): the old passwords are still valid.</source>
        <translation>
            <numerusform>Réémission en attente pour %n intégration («&#xa0;%1&#xa0;»)&#xa0;: les anciens mots de passe sont encore valides.</numerusform>
            <numerusform>Réémissions en attente pour %n intégrations («&#xa0;%1&#xa0;» en premier)&#xa0;: les anciens mots de passe sont encore valides.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::PostsApi</name>
    <message>
        <source>A category needs a name.</source>
        <translation>Une catégorie doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>Latchkey::ProblemView</name>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>It could also be: %1</source>
        <translation>Autre cause possible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Détail technique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unlock ke&amp;ychain…</source>
        <translation>&amp;Déverrouiller le trousseau…</translation>
    </message>
    <message>
        <source>Asks the system keychain to unlock (it may ask for your keyring password), then tries again.</source>
        <translation>Demande au trousseau du système de se déverrouiller (il peut demander le mot de passe de votre trousseau), puis réessaie.</translation>
    </message>
</context>
<context>
    <name>Latchkey::PublishTab</name>
    <message>
        <source>&amp;Draft (not visible to visitors)</source>
        <translation>&amp;Brouillon (invisible pour les visiteurs)</translation>
    </message>
    <message>
        <source>&amp;Published (visible until deleted)</source>
        <translation>&amp;Publié (visible jusqu&apos;à sa suppression)</translation>
    </message>
    <message>
        <source>&amp;Keep the post on the site afterwards</source>
        <translation>&amp;Conserver l&apos;article sur le site ensuite</translation>
    </message>
    <message>
        <source>&amp;Run test publish</source>
        <translation>&amp;Lancer le test de publication</translation>
    </message>
    <message>
        <source>Latchkey test post</source>
        <translation>Article de test Latchkey</translation>
    </message>
    <message>
        <source>This post was created by Latchkey to check that publishing works. Latchkey deletes it again right away.</source>
        <translation>Cet article a été créé par Latchkey pour vérifier que la publication fonctionne. Latchkey le supprime aussitôt.</translation>
    </message>
    <message>
        <source>none (optional; created if missing, and then kept)</source>
        <translation>aucune (facultatif&#xa0;; créée si elle manque, puis conservée)</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>C&amp;ontenu&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Lecture du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>category id %1</source>
        <translation>catégorie n° %1</translation>
    </message>
    <message>
        <source>Preparing the category…</source>
        <translation>Préparation de la catégorie…</translation>
    </message>
    <message>
        <source>post %1 (%2)</source>
        <translation>article %1 (%2)</translation>
    </message>
    <message>
        <source>Creating the post…</source>
        <translation>Création de l&apos;article…</translation>
    </message>
    <message>
        <source>Reading the post back…</source>
        <translation>Relecture de l&apos;article…</translation>
    </message>
    <message>
        <source>deleted for good</source>
        <translation>supprimé définitivement</translation>
    </message>
    <message>
        <source>Deleting the post…</source>
        <translation>Suppression de l&apos;article…</translation>
    </message>
    <message>
        <source>✓ Publishing works. The post was at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>✓ La publication fonctionne. L&apos;article était à l&apos;adresse &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The post was created at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>L&apos;article a été créé à l&apos;adresse &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>✗ No post was created.</source>
        <translation>✗ Aucun article n&apos;a été créé.</translation>
    </message>
    <message>
        <source>The category “%1” stays.</source>
        <translation>La catégorie «&#xa0;%1&#xa0;» est conservée.</translation>
    </message>
    <message>
        <source>Test publish worked (post %1). %2</source>
        <translation>Le test de publication a réussi (article %1). %2</translation>
    </message>
    <message>
        <source>Test publish failed: %1 %2</source>
        <translation>Le test de publication a échoué&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>✗ No answer came to the creation of the post: it may have been created.</source>
        <translation>✗ La création de l&apos;article est restée sans réponse&#xa0;: il a peut-être été créé.</translation>
    </message>
</context>
<context>
    <name>Latchkey::PublishTest</name>
    <message>
        <source>The test post was created and read back.</source>
        <translation>L&apos;article de test a été créé et relu.</translation>
    </message>
    <message>
        <source>The test post&apos;s status must be &quot;draft&quot; or &quot;publish&quot;.</source>
        <translation>L&apos;état de l&apos;article de test doit être &quot;draft&quot; ou &quot;publish&quot;.</translation>
    </message>
    <message>
        <source>Latchkey created this post to test publishing with an application password.</source>
        <translation>Latchkey a créé cet article pour tester la publication avec un mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>Latchkey created this post to test publishing with an application password. It deletes it again right away.</source>
        <translation>Latchkey a créé cet article pour tester la publication avec un mot de passe d&apos;application. Il le supprime aussitôt.</translation>
    </message>
    <message>
        <source>This user may not publish posts.</source>
        <translation>Cet utilisateur ne peut pas publier d&apos;articles.</translation>
    </message>
    <message>
        <source>Publishing needs the Author, Editor or Administrator role; a Contributor may only submit drafts for review.</source>
        <translation>La publication nécessite le rôle Auteur, Éditeur ou Administrateur&#xa0;; un Contributeur peut seulement soumettre des brouillons à relire.</translation>
    </message>
    <message>
        <source>This user may not write posts.</source>
        <translation>Cet utilisateur ne peut pas écrire d&apos;articles.</translation>
    </message>
    <message>
        <source>Writing posts needs the Contributor, Author, Editor or Administrator role.</source>
        <translation>L&apos;écriture d&apos;articles nécessite le rôle Contributeur, Auteur, Éditeur ou Administrateur.</translation>
    </message>
    <message>
        <source>Post %1, status &quot;%2&quot;</source>
        <translation>Article %1, état &quot;%2&quot;</translation>
    </message>
    <message>
        <source>title &quot;%1&quot;</source>
        <translation>titre &quot;%1&quot;</translation>
    </message>
    <message>
        <source>status &quot;%1&quot;</source>
        <translation>état &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The post read back differs: %1</source>
        <translation>L&apos;article relu est différent&#xa0;: %1</translation>
    </message>
    <message>
        <source>WordPress stored the test post differently from how it was sent.</source>
        <translation>WordPress a enregistré l&apos;article de test autrement qu&apos;il a été envoyé.</translation>
    </message>
    <message>
        <source>A plugin may change new posts; check the post in wp-admin.</source>
        <translation>Une extension modifie peut-être les nouveaux articles&#xa0;; vérifiez l&apos;article dans wp-admin.</translation>
    </message>
    <message>
        <source>Title and status match</source>
        <translation>Le titre et l&apos;état correspondent</translation>
    </message>
    <message>
        <source>The test post (id %1) could not be deleted.</source>
        <translation>L&apos;article de test (n° %1) n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>Delete the post &quot;%1&quot; in wp-admin.</source>
        <translation>Supprimez l&apos;article &quot;%1&quot; dans wp-admin.</translation>
    </message>
    <message>
        <source>Deleted for good</source>
        <translation>Supprimé définitivement</translation>
    </message>
    <message>
        <source>Nothing the test created is left on the site.</source>
        <translation>Rien de ce que le test a créé ne reste sur le site.</translation>
    </message>
    <message>
        <source>A test post may be left on the site (no answer came to its creation): look for &quot;%1&quot; in wp-admin.</source>
        <translation>Un article de test est peut-être resté sur le site (sa création est restée sans réponse)&#xa0;: cherchez &quot;%1&quot; dans wp-admin.</translation>
    </message>
    <message>
        <source>Left on the site: the post &quot;%1&quot; (id %2, %3).</source>
        <translation>Resté sur le site&#xa0;: l&apos;article &quot;%1&quot; (n° %2, %3).</translation>
    </message>
</context>
<context>
    <name>Latchkey::ReissueDialog</name>
    <message>
        <source>&amp;Issue New Passwords</source>
        <translation>&amp;Émettre de nouveaux mots de passe</translation>
    </message>
    <message>
        <source>Revoke the &amp;Old Passwords…</source>
        <translation>Révoquer les &amp;anciens mots de passe…</translation>
    </message>
    <message>
        <source>&amp;Cancel the Re-issue…</source>
        <translation>A&amp;nnuler la réémission…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Re-issue an integration&apos;s password</source>
        <translation>Réémettre le mot de passe d&apos;une intégration</translation>
    </message>
    <message>
        <source>Gives an integration (a shop connector, a backup service…) a new application password on each site, without downtime: the new passwords are issued next to the old ones and kept in your keychain only. Copy each one into the integration; when it uses them all, revoke the old passwords.</source>
        <translation>Donne à une intégration (un connecteur de boutique, un service de sauvegarde…) un nouveau mot de passe d&apos;application sur chaque site, sans interruption&#xa0;: les nouveaux mots de passe sont émis à côté des anciens et conservés uniquement dans votre trousseau. Copiez chacun d&apos;eux dans l&apos;intégration&#xa0;; quand elle les utilise tous, révoquez les anciens mots de passe.</translation>
    </message>
    <message>
        <source>The integration&apos;s password name, e.g. Zapier</source>
        <translation>Le nom du mot de passe de l&apos;intégration, p. ex. Zapier</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>What happened on each site appears here.</source>
        <translation>Ce qui s&apos;est passé sur chaque site apparaît ici.</translation>
    </message>
    <message>
        <source>&amp;Password name:</source>
        <translation>Nom du mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>&amp;Sites&#xa0;:</translation>
    </message>
    <message>
        <source>Stopping: work under way reaches a safe point first…</source>
        <translation>Arrêt&#xa0;: le travail en cours atteint d&apos;abord un point sûr…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the new password (the clipboard is cleared after a while)</source>
        <translation>Copier le nouveau mot de passe (le presse-papiers est vidé au bout d&apos;un moment)</translation>
    </message>
    <message>
        <source>Nothing is pending for this name.</source>
        <translation>Rien n&apos;est en attente pour ce nom.</translation>
    </message>
    <message numerus="yes">
        <source>Pending on %n site(s). Copy each new password into the integration, then revoke the old passwords.</source>
        <translation>
            <numerusform>En attente sur %n site. Copiez le nouveau mot de passe dans l&apos;intégration, puis révoquez les anciens mots de passe.</numerusform>
            <numerusform>En attente sur %n sites. Copiez chaque nouveau mot de passe dans l&apos;intégration, puis révoquez les anciens mots de passe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; of %2.</source>
        <translation>«&#xa0;%1&#xa0;» de %2 copié.</translation>
    </message>
    <message numerus="yes">
        <source>Issuing a new &quot;%1&quot; on %n site(s)…</source>
        <translation>
            <numerusform>Émission d&apos;un nouveau «&#xa0;%1&#xa0;» sur %n site…</numerusform>
            <numerusform>Émission d&apos;un nouveau «&#xa0;%1&#xa0;» sur %n sites…</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the old passwords</source>
        <translation>Révoquer les anciens mots de passe</translation>
    </message>
    <message numerus="yes">
        <source>Has the integration been updated with the new passwords of all %n site(s)?</source>
        <translation>
            <numerusform>L&apos;intégration a-t-elle été mise à jour avec le nouveau mot de passe de %n site&#xa0;?</numerusform>
            <numerusform>L&apos;intégration a-t-elle été mise à jour avec les nouveaux mots de passe des %n sites&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The old &quot;%1&quot; passwords are revoked now; anything still using them stops working. The new ones then take the name &quot;%1&quot; and leave your keychain.</source>
        <translation>Les anciens mots de passe «&#xa0;%1&#xa0;» sont maintenant révoqués&#xa0;; tout ce qui les utilise encore cesse de fonctionner. Les nouveaux prennent alors le nom «&#xa0;%1&#xa0;» et quittent votre trousseau.</translation>
    </message>
    <message>
        <source>Revoking the old passwords…</source>
        <translation>Révocation des anciens mots de passe…</translation>
    </message>
    <message>
        <source>Revoke the Old Passwords</source>
        <translation>Révoquer les anciens mots de passe</translation>
    </message>
    <message>
        <source>Cancel the re-issue</source>
        <translation>Annuler la réémission</translation>
    </message>
    <message numerus="yes">
        <source>Revoke the new passwords on %n site(s) and keep the old ones?</source>
        <translation>
            <numerusform>Révoquer le nouveau mot de passe sur %n site et garder l&apos;ancien&#xa0;?</numerusform>
            <numerusform>Révoquer les nouveaux mots de passe sur %n sites et garder les anciens&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything you already set up with a new password stops working.</source>
        <translation>Tout ce que vous avez déjà configuré avec un nouveau mot de passe cesse de fonctionner.</translation>
    </message>
    <message>
        <source>Revoking the new passwords…</source>
        <translation>Révocation des nouveaux mots de passe…</translation>
    </message>
    <message>
        <source>Revoke the New Passwords</source>
        <translation>Révoquer les nouveaux mots de passe</translation>
    </message>
    <message>
        <source>%1: no password named &quot;%2&quot; here; nothing to do.</source>
        <translation>%1&#xa0;: aucun mot de passe nommé «&#xa0;%2&#xa0;» ici&#xa0;; rien à faire.</translation>
    </message>
    <message>
        <source>%1: ✗ %2 [%3]</source>
        <translation>%1&#xa0;: ✗ %2 [%3]</translation>
    </message>
    <message>
        <source>%1: issued &quot;%2&quot;; the old one still works.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» émis&#xa0;; l&apos;ancien fonctionne encore.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Re-issue of &quot;%1&quot;: new password issued</source>
        <translation>Réémission de «&#xa0;%1&#xa0;»&#xa0;: nouveau mot de passe émis</translation>
    </message>
    <message numerus="yes">
        <source>New passwords issued on %n site(s). Copy each one below into the integration.</source>
        <translation>
            <numerusform>Nouveau mot de passe émis sur %n site. Copiez-le ci-dessous dans l&apos;intégration.</numerusform>
            <numerusform>Nouveaux mots de passe émis sur %n sites. Copiez chacun d&apos;eux ci-dessous dans l&apos;intégration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-issue of &quot;%1&quot;: old passwords revoked</source>
        <translation>Réémission de «&#xa0;%1&#xa0;»&#xa0;: anciens mots de passe révoqués</translation>
    </message>
    <message>
        <source>Re-issue of &quot;%1&quot; cancelled: new password revoked</source>
        <translation>Réémission de «&#xa0;%1&#xa0;» annulée&#xa0;: nouveau mot de passe révoqué</translation>
    </message>
    <message numerus="yes">
        <source>New passwords issued on %n site(s).</source>
        <translation>
            <numerusform>Nouveau mot de passe émis sur %n site.</numerusform>
            <numerusform>Nouveaux mots de passe émis sur %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) have no such password.</source>
        <translation>
            <numerusform>%n site n&apos;a pas ce mot de passe.</numerusform>
            <numerusform>%n sites n&apos;ont pas ce mot de passe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) failed.</source>
        <translation>
            <numerusform>%n site en échec.</numerusform>
            <numerusform>%n sites en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy each new one below into the integration.</source>
        <translation>Copiez chaque nouveau mot de passe ci-dessous dans l&apos;intégration.</translation>
    </message>
    <message numerus="yes">
        <source>Old passwords revoked on %n site(s), %1 failed.</source>
        <translation>
            <numerusform>Anciens mots de passe révoqués sur %n site, %1 en échec.</numerusform>
            <numerusform>Anciens mots de passe révoqués sur %n sites, %1 en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-issue cancelled on %n site(s), %1 failed.</source>
        <translation>
            <numerusform>Réémission annulée sur %n site, %1 en échec.</numerusform>
            <numerusform>Réémission annulée sur %n sites, %1 en échec.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::ReissueStore</name>
    <message>
        <source>Another Latchkey process is holding the re-issue list.</source>
        <translation>Un autre processus Latchkey détient la liste des réémissions.</translation>
    </message>
    <message>
        <source>The re-issue list %1 is damaged.</source>
        <translation>La liste des réémissions %1 est endommagée.</translation>
    </message>
</context>
<context>
    <name>Latchkey::ReissueTask</name>
    <message>
        <source>Already issued on %1; waiting for reissue-finish.</source>
        <translation>Déjà émis le %1&#xa0;; en attente de reissue-finish.</translation>
    </message>
    <message>
        <source>No re-issue of &quot;%1&quot; is pending on this site.</source>
        <translation>Aucune réémission de &quot;%1&quot; n&apos;est en attente sur ce site.</translation>
    </message>
    <message>
        <source>Start one with &quot;latchkey-cli password reissue&quot;.</source>
        <translation>Lancez-en une avec &quot;latchkey-cli password reissue&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the password Latchkey itself uses here.</source>
        <translation>&quot;%1&quot; est le mot de passe que Latchkey utilise lui-même ici.</translation>
    </message>
    <message>
        <source>Use &quot;latchkey-cli password rotate&quot; for that one.</source>
        <translation>Utilisez &quot;latchkey-cli password rotate&quot; pour celui-là.</translation>
    </message>
    <message>
        <source>The user has no application password named &quot;%1&quot; here.</source>
        <translation>L&apos;utilisateur n&apos;a ici aucun mot de passe d&apos;application nommé &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Issued &quot;%1&quot;; show it with &quot;password reissue-show&quot;, then finish with &quot;password reissue-finish&quot;.</source>
        <translation>&quot;%1&quot; émis&#xa0;; affichez-le avec &quot;password reissue-show&quot;, puis terminez avec &quot;password reissue-finish&quot;.</translation>
    </message>
    <message>
        <source>The new password keeps the name &quot;%1&quot;: %2</source>
        <translation>Le nouveau mot de passe garde le nom &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n old password(s); the new one is now &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n ancien mot de passe révoqué&#xa0;; le nouveau est désormais &quot;%1&quot;.</numerusform>
            <numerusform>%n anciens mots de passe révoqués&#xa0;; le nouveau est désormais &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked the new password; the old ones stay.</source>
        <translation>Le nouveau mot de passe a été révoqué&#xa0;; les anciens restent.</translation>
    </message>
    <message>
        <source>the new password &quot;%1&quot; may have been created; run &quot;latchkey-cli password reissue&quot; again (or &quot;reissue-cancel&quot;) to revoke it</source>
        <translation>le nouveau mot de passe &quot;%1&quot; a peut-être été créé&#xa0;; relancez &quot;latchkey-cli password reissue&quot; (ou &quot;reissue-cancel&quot;) pour le révoquer</translation>
    </message>
</context>
<context>
    <name>Latchkey::RevokeFilter</name>
    <message>
        <source>Say which passwords to revoke.</source>
        <translation>Indiquez quels mots de passe révoquer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an app id (a UUID).</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant d&apos;application (un UUID).</translation>
    </message>
    <message>
        <source>The name pattern is not valid.</source>
        <translation>Le motif de nom n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>&quot;*&quot; would revoke every password.</source>
        <translation>&quot;*&quot; révoquerait tous les mots de passe.</translation>
    </message>
    <message>
        <source>Use &quot;password revoke SITE --all-passwords&quot; on one site if that is really what you want.</source>
        <translation>Utilisez &quot;password revoke SITE --all-passwords&quot; sur un seul site si c&apos;est vraiment ce que vous voulez.</translation>
    </message>
    <message>
        <source>named &quot;%1&quot;</source>
        <translation>nommés &quot;%1&quot;</translation>
    </message>
    <message>
        <source>with a name like &quot;%1&quot;</source>
        <translation>avec un nom comme &quot;%1&quot;</translation>
    </message>
    <message>
        <source>with app id %1</source>
        <translation>avec l&apos;identifiant d&apos;application %1</translation>
    </message>
</context>
<context>
    <name>Latchkey::RevokeTask</name>
    <message>
        <source>No matching password.</source>
        <translation>Aucun mot de passe correspondant.</translation>
    </message>
    <message>
        <source>%1 would be revoked.</source>
        <translation>%1 seraient révoqués.</translation>
    </message>
    <message>
        <source>%1 revoked, %2 failed.</source>
        <translation>%1 révoqués, %2 en échec.</translation>
    </message>
    <message>
        <source>Latchkey&apos;s own password was left alone (rotate it with &quot;password rotate&quot;).</source>
        <translation>Le mot de passe propre à Latchkey n&apos;a pas été touché (renouvelez-le avec &quot;password rotate&quot;).</translation>
    </message>
    <message>
        <source>Only the connected user&apos;s passwords were searched: %1 may not manage other users&apos; passwords.</source>
        <translation>Seuls les mots de passe de l&apos;utilisateur connecté ont été examinés&#xa0;: %1 ne peut pas gérer les mots de passe des autres utilisateurs.</translation>
    </message>
    <message>
        <source>Connect the site as an administrator to search every user.</source>
        <translation>Connectez le site en tant qu&apos;administrateur pour examiner tous les utilisateurs.</translation>
    </message>
</context>
<context>
    <name>Latchkey::RotateDialog</name>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Rotate Latchkey&apos;s password</source>
        <translation>Renouveler le mot de passe de Latchkey</translation>
    </message>
    <message>
        <source>&lt;p&gt;Replaces the application password Latchkey itself uses on each site. On every site Latchkey:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;creates a new password under a temporary name,&lt;/li&gt;&lt;li&gt;stores it in your keychain,&lt;/li&gt;&lt;li&gt;checks that it works,&lt;/li&gt;&lt;li&gt;revokes the old one,&lt;/li&gt;&lt;li&gt;gives the new one the old name.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;If a step fails, the site stays on a password that works: the old one, or the new one when only the clean-up failed. An interrupted rotation is finished or rolled back the next time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Remplace le mot de passe d&apos;application que Latchkey utilise lui-même sur chaque site. Sur chaque site, Latchkey&#xa0;:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;crée un nouveau mot de passe sous un nom temporaire,&lt;/li&gt;&lt;li&gt;l&apos;enregistre dans votre trousseau,&lt;/li&gt;&lt;li&gt;vérifie qu&apos;il fonctionne,&lt;/li&gt;&lt;li&gt;révoque l&apos;ancien,&lt;/li&gt;&lt;li&gt;donne au nouveau l&apos;ancien nom.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Si une étape échoue, le site reste sur un mot de passe qui fonctionne&#xa0;: l&apos;ancien, ou le nouveau lorsque seul le nettoyage a échoué. Un renouvellement interrompu est terminé ou annulé la fois suivante.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>&amp;Sites&#xa0;:</translation>
    </message>
    <message>
        <source>Stopping: rotations under way reach a safe point first…</source>
        <translation>Arrêt&#xa0;: les renouvellements en cours atteignent d&apos;abord un point sûr…</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Not rotated: stopped. It keeps its old, working password.</source>
        <translation>Non renouvelé&#xa0;: arrêté. Le site garde son ancien mot de passe, qui fonctionne.</translation>
    </message>
    <message>
        <source>Rotated, but the old password is still valid: %1</source>
        <translation>Renouvelé, mais l&apos;ancien mot de passe est encore valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Left on its old, working password: %1</source>
        <translation>Laissé sur son ancien mot de passe, qui fonctionne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopping: work under way reaches a safe point first…</source>
        <translation>Arrêt&#xa0;: le travail en cours atteint d&apos;abord un point sûr…</translation>
    </message>
    <message numerus="yes">
        <source>Rotate Latchkey&apos;s own password on %n site(s)?</source>
        <translation>
            <numerusform>Renouveler le mot de passe propre à Latchkey sur %n site&#xa0;?</numerusform>
            <numerusform>Renouveler le mot de passe propre à Latchkey sur %n sites&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each site gets a new application password, stored in your keychain, and the old one is revoked once the new one works. Integrations are not affected.</source>
        <translation>Chaque site reçoit un nouveau mot de passe d&apos;application, enregistré dans votre trousseau, et l&apos;ancien est révoqué dès que le nouveau fonctionne. Les intégrations ne sont pas concernées.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Renouvellement…</translation>
    </message>
    <message>
        <source>Rotation of Latchkey&apos;s password</source>
        <translation>Renouvellement du mot de passe de Latchkey</translation>
    </message>
    <message numerus="yes">
        <source>Rotated on %n site(s).</source>
        <translation>
            <numerusform>Renouvelé sur %n site.</numerusform>
            <numerusform>Renouvelé sur %n sites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted rotation settled</source>
        <translation>Renouvellement interrompu réglé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>An interrupted rotation of Latchkey&apos;s password was settled on %n site(s). %1</source>
        <translation>
            <numerusform>Un renouvellement interrompu du mot de passe de Latchkey a été réglé sur %n site. %1</numerusform>
            <numerusform>Un renouvellement interrompu du mot de passe de Latchkey a été réglé sur %n sites. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) rotated, %1 not (see each site&apos;s line).</source>
        <translation>
            <numerusform>%n site renouvelé, %1 non (voir la ligne de chaque site).</numerusform>
            <numerusform>%n sites renouvelés, %1 non (voir la ligne de chaque site).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone: another Latchkey process is rotating it right now.</source>
        <translation>Laissé tel quel&#xa0;: un autre processus Latchkey le renouvelle en ce moment.</translation>
    </message>
</context>
<context>
    <name>Latchkey::RotationJournal</name>
    <message>
        <source>Another Latchkey process is holding the rotation journal.</source>
        <translation>Un autre processus Latchkey détient le journal de renouvellement.</translation>
    </message>
    <message>
        <source>The rotation journal %1 is damaged.</source>
        <translation>Le journal de renouvellement %1 est endommagé.</translation>
    </message>
    <message>
        <source>Check the sites it names with &quot;latchkey-cli check&quot;, then move it away.</source>
        <translation>Vérifiez les sites qu&apos;il mentionne avec &quot;latchkey-cli check&quot;, puis déplacez-le ailleurs.</translation>
    </message>
    <message>
        <source>The rotation journal was written by a newer version of Latchkey.</source>
        <translation>Le journal de renouvellement a été écrit par une version plus récente de Latchkey.</translation>
    </message>
</context>
<context>
    <name>Latchkey::RotationTask</name>
    <message>
        <source>The rotation journal could not be written: %1</source>
        <translation>Le journal de renouvellement n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>No interrupted rotation.</source>
        <translation>Aucun renouvellement interrompu.</translation>
    </message>
    <message>
        <source>an interrupted rotation stays in the journal: %1</source>
        <translation>un renouvellement interrompu reste dans le journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not revoke the unfinished new password; the journal keeps it</source>
        <translation>impossible de révoquer le nouveau mot de passe inachevé&#xa0;; le journal le conserve</translation>
    </message>
    <message>
        <source>The new password could not be stored in the keychain, so it was revoked; the site keeps its old password.</source>
        <translation>Le nouveau mot de passe n&apos;a pas pu être enregistré dans le trousseau, il a donc été révoqué&#xa0;; le site garde son ancien mot de passe.</translation>
    </message>
    <message>
        <source>WordPress says another password was used.</source>
        <translation>WordPress indique qu&apos;un autre mot de passe a été utilisé.</translation>
    </message>
    <message>
        <source>the new password did not verify and the old one could not be put back in the keychain (%1); both stay valid on the site</source>
        <translation>le nouveau mot de passe n&apos;a pas été validé et l&apos;ancien n&apos;a pas pu être remis dans le trousseau (%1)&#xa0;; les deux restent valides sur le site</translation>
    </message>
    <message>
        <source>The new password did not work, so it was revoked; the site keeps its old password.</source>
        <translation>Le nouveau mot de passe ne fonctionnait pas, il a donc été révoqué&#xa0;; le site garde son ancien mot de passe.</translation>
    </message>
    <message>
        <source>the new password %1 could not be revoked (%2); the next rotation of this site revokes it</source>
        <translation>le nouveau mot de passe %1 n&apos;a pas pu être révoqué (%2)&#xa0;; le prochain renouvellement de ce site le révoquera</translation>
    </message>
    <message>
        <source>The site now uses the new password, but the old one could not be revoked and still works; the next rotation revokes it.</source>
        <translation>Le site utilise maintenant le nouveau mot de passe, mais l&apos;ancien n&apos;a pas pu être révoqué et fonctionne encore&#xa0;; le prochain renouvellement le révoquera.</translation>
    </message>
    <message>
        <source>The new password keeps its temporary name &quot;%1&quot;: %2</source>
        <translation>Le nouveau mot de passe garde son nom temporaire &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>The site list could not be updated (%1); run &quot;latchkey-cli check&quot; on the site to refresh it.</source>
        <translation>La liste des sites n&apos;a pas pu être mise à jour (%1)&#xa0;; lancez &quot;latchkey-cli check&quot; sur le site pour l&apos;actualiser.</translation>
    </message>
    <message>
        <source>Rolled back an interrupted rotation; the site keeps its password.</source>
        <translation>Un renouvellement interrompu a été annulé&#xa0;; le site garde son mot de passe.</translation>
    </message>
    <message>
        <source>Finished an interrupted rotation: now using %1.</source>
        <translation>Un renouvellement interrompu a été terminé&#xa0;: utilise maintenant %1.</translation>
    </message>
    <message>
        <source>Rotated: now using %1 (&quot;%2&quot;); the old password %3 is revoked.</source>
        <translation>Renouvelé&#xa0;: utilise maintenant %1 (&quot;%2&quot;)&#xa0;; l&apos;ancien mot de passe %3 est révoqué.</translation>
    </message>
    <message>
        <source>Another Latchkey process is rotating this site&apos;s password right now; this run left the site alone.</source>
        <translation>Un autre processus Latchkey renouvelle en ce moment le mot de passe de ce site&#xa0;; cette exécution n&apos;a pas touché au site.</translation>
    </message>
    <message>
        <source>Another Latchkey process (%1) is rotating this site&apos;s password right now; this run left the site alone.</source>
        <translation>Un autre processus Latchkey (%1) renouvelle en ce moment le mot de passe de ce site&#xa0;; cette exécution n&apos;a pas touché au site.</translation>
    </message>
    <message>
        <source>%1; both passwords stay valid and the next rotation of this site sorts it out</source>
        <translation>%1&#xa0;; les deux mots de passe restent valides et le prochain renouvellement de ce site réglera la question</translation>
    </message>
    <message>
        <source>the old password could not be written back to the keychain (%1)</source>
        <translation>l&apos;ancien mot de passe n&apos;a pas pu être réécrit dans le trousseau (%1)</translation>
    </message>
    <message>
        <source>the keychain could not be read back</source>
        <translation>le trousseau n&apos;a pas pu être relu</translation>
    </message>
</context>
<context>
    <name>Latchkey::SecretStore</name>
    <message>
        <source>the entry is in a locked collection</source>
        <translation>l&apos;entrée se trouve dans une collection verrouillée</translation>
    </message>
    <message>
        <source>no entry in the unlocked collections, and a locked one may hold it</source>
        <translation>aucune entrée dans les collections déverrouillées, et une collection verrouillée peut la contenir</translation>
    </message>
    <message>
        <source>the unlock was cancelled or refused</source>
        <translation>le déverrouillage a été annulé ou refusé</translation>
    </message>
    <message>
        <source>the keychain did not unlock in time</source>
        <translation>le trousseau ne s&apos;est pas déverrouillé à temps</translation>
    </message>
    <message>
        <source>The system keychain is locked.</source>
        <translation>Le trousseau du système est verrouillé.</translation>
    </message>
    <message>
        <source>Unlock it (&quot;Unlock keychain…&quot; in Latchkey&apos;s window, or your desktop&apos;s keyring tool), then try again. The site&apos;s password is still stored: do not reconnect the site.</source>
        <translation>Déverrouillez-le («&#xa0;Déverrouiller le trousseau…&#xa0;» dans la fenêtre de Latchkey, ou l&apos;outil de trousseau de votre bureau), puis réessayez. Le mot de passe du site est toujours enregistré&#xa0;: ne reconnectez pas le site.</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set and $XDG_RUNTIME_DIR/bus does not exist); Latchkey does not start a bus or a keyring of its own</source>
        <translation>il n&apos;y a pas de bus de session D-Bus (DBUS_SESSION_BUS_ADDRESS n&apos;est pas défini et $XDG_RUNTIME_DIR/bus n&apos;existe pas)&#xa0;; Latchkey ne démarre pas lui-même de bus ni de trousseau</translation>
    </message>
</context>
<context>
    <name>Latchkey::SettingsDialog</name>
    <message>
        <source>Latchkey Settings</source>
        <translation>Paramètres de Latchkey</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Clear a copied password from the clipboard after:</source>
        <translation>Effacer un mot de passe copié du presse-papiers après&#xa0;:</translation>
    </message>
    <message>
        <source>Sites to test at the same time:</source>
        <translation>Sites à tester en même temps&#xa0;:</translation>
    </message>
    <message>
        <source>The clipboard is cleared only if it still holds the password Latchkey put there, and always when Latchkey quits.</source>
        <translation>Le presse-papiers n&apos;est vidé que s&apos;il contient encore le mot de passe que Latchkey y a placé, et toujours quand Latchkey se ferme.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur du système</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language is used the next time Latchkey starts.</source>
        <translation>Une nouvelle langue est utilisée au prochain démarrage de Latchkey.</translation>
    </message>
    <message>
        <source>Give up on a site after:</source>
        <translation>Abandonner un site après&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Latchkey::SingleInstance</name>
    <message>
        <source>Latchkey is already running.</source>
        <translation>Latchkey est déjà en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Latchkey has no private folder for talking to a second Latchkey process: %1 (%2).</source>
        <translation>Latchkey n&apos;a pas de dossier privé pour communiquer avec un second processus Latchkey&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Run Latchkey in a desktop session (it sets XDG_RUNTIME_DIR), or remove or fix that folder. Until then each `latchkey` starts its own window.</source>
        <translation>Lancez Latchkey dans une session de bureau (elle définit XDG_RUNTIME_DIR), ou supprimez ou corrigez ce dossier. D&apos;ici là, chaque `latchkey` ouvre sa propre fenêtre.</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>il ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>c&apos;est un lien symbolique</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>il appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>others may use it (mode %1, not 700)</source>
        <translation>d&apos;autres peuvent l&apos;utiliser (mode %1, et non 700)</translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not set</source>
        <translation>XDG_RUNTIME_DIR n&apos;est pas défini</translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not a folder</source>
        <translation>XDG_RUNTIME_DIR n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>XDG_RUNTIME_DIR is not this user&apos;s alone</source>
        <translation>XDG_RUNTIME_DIR n&apos;appartient pas à cet utilisateur seul</translation>
    </message>
    <message>
        <source>it cannot be created: %1</source>
        <translation>il ne peut pas être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>A process of another user listens on %1.</source>
        <translation>Un processus d&apos;un autre utilisateur écoute sur %1.</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteAddressChange</name>
    <message>
        <source>Checking that the stored password works at %1…</source>
        <translation>Vérification que le mot de passe enregistré fonctionne à l&apos;adresse %1…</translation>
    </message>
    <message>
        <source>The address of &quot;%1&quot; was not changed.</source>
        <translation>L&apos;adresse de &quot;%1&quot; n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>At %1 the stored password signs in as user %2 (id %3), not as %4 (id %5): that is another WordPress site. The address was not changed.</source>
        <translation>À l&apos;adresse %1, le mot de passe enregistré se connecte en tant qu&apos;utilisateur %2 (identifiant %3), et non en tant que %4 (identifiant %5)&#xa0;: c&apos;est un autre site WordPress. L&apos;adresse n&apos;a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteCommands</name>
    <message>
        <source>usage: latchkey-cli %1</source>
        <translation>utilisation&#xa0;: latchkey-cli %1</translation>
    </message>
    <message>
        <source>WordPress user name (login).</source>
        <translation>Nom d&apos;utilisateur WordPress (identifiant de connexion).</translation>
    </message>
    <message>
        <source>Name in Latchkey.</source>
        <translation>Nom dans Latchkey.</translation>
    </message>
    <message>
        <source>Group (client).</source>
        <translation>Groupe (client).</translation>
    </message>
    <message>
        <source>Allow sending the password over plain HTTP to this non-local site.</source>
        <translation>Autoriser l&apos;envoi du mot de passe en HTTP non chiffré à ce site non local.</translation>
    </message>
    <message>
        <source>The site&apos;s address.</source>
        <translation>L&apos;adresse du site.</translation>
    </message>
    <message>
        <source>--user LOGIN is required</source>
        <translation>--user IDENTIFIANT est obligatoire</translation>
    </message>
    <message>
        <source>saved as &quot;%1&quot;</source>
        <translation>enregistré sous &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Use &quot;latchkey-cli site reconnect %1&quot; to give it a new password.</source>
        <translation>Utilisez &quot;latchkey-cli site reconnect %1&quot; pour lui donner un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Application password for %1 at %2: </source>
        <translation>Mot de passe d&apos;application pour %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3) as %4 [%5].</source>
        <translation>%1 &quot;%2&quot; (%3) en tant que %4 [%5].</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>No sites yet. Add one with &quot;latchkey-cli site add URL --user LOGIN&quot;.</source>
        <translation>Aucun site pour l&apos;instant. Ajoutez-en un avec &quot;latchkey-cli site add URL --user IDENTIFIANT&quot;.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUPE</translation>
    </message>
    <message>
        <source>LAST CHECK</source>
        <translation>DERNIÈRE VÉRIFICATION</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>Nouveau nom.</translation>
    </message>
    <message>
        <source>New address (checked first).</source>
        <translation>Nouvelle adresse (vérifiée d&apos;abord).</translation>
    </message>
    <message>
        <source>Group; empty to clear.</source>
        <translation>Groupe&#xa0;; vide pour l&apos;effacer.</translation>
    </message>
    <message>
        <source>Comma-separated tags.</source>
        <translation>Étiquettes séparées par des virgules.</translation>
    </message>
    <message>
        <source>Allow plain HTTP to this non-local site.</source>
        <translation>Autoriser le HTTP non chiffré vers ce site non local.</translation>
    </message>
    <message>
        <source>Withdraw the plain-HTTP opt-in.</source>
        <translation>Retirer l&apos;autorisation du HTTP non chiffré.</translation>
    </message>
    <message>
        <source>Send DELETE as POST with X-HTTP-Method-Override.</source>
        <translation>Envoyer DELETE sous forme de POST avec X-HTTP-Method-Override.</translation>
    </message>
    <message>
        <source>Trust exactly this certificate (SHA-256), or none.</source>
        <translation>Faire confiance exactement à ce certificat (SHA-256), ou à aucun avec none.</translation>
    </message>
    <message>
        <source>Name, id or URL of the site.</source>
        <translation>Nom, identifiant ou URL du site.</translation>
    </message>
    <message>
        <source>--allow-insecure-http and --no-allow-insecure-http contradict each other</source>
        <translation>--allow-insecure-http et --no-allow-insecure-http se contredisent</translation>
    </message>
    <message>
        <source>--method-override takes on or off</source>
        <translation>--method-override attend on ou off</translation>
    </message>
    <message>
        <source>--trust-certificate takes a SHA-256 fingerprint (64 hex digits) or none</source>
        <translation>--trust-certificate attend une empreinte SHA-256 (64 chiffres hexadécimaux) ou none</translation>
    </message>
    <message>
        <source>the application password for &quot;%1&quot; may now travel unencrypted; anyone on the network path can read and use it.</source>
        <translation>le mot de passe d&apos;application de &quot;%1&quot; peut désormais circuler sans chiffrement&#xa0;; toute personne sur le chemin réseau peut le lire et l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Updated &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; mis à jour.</translation>
    </message>
    <message>
        <source>Connect as another WordPress user from now on.</source>
        <translation>Se connecter désormais en tant qu&apos;un autre utilisateur WordPress.</translation>
    </message>
    <message>
        <source>New application password for %1 at %2: </source>
        <translation>Nouveau mot de passe d&apos;application pour %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Reconnecté</translation>
    </message>
    <message>
        <source>Revoke Latchkey&apos;s application password on the site first.</source>
        <translation>Révoquer d&apos;abord le mot de passe d&apos;application de Latchkey sur le site.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not removed.</source>
        <translation>&quot;%1&quot; n&apos;a pas été retiré.</translation>
    </message>
    <message>
        <source>Revoked Latchkey&apos;s password on &quot;%1&quot; and removed the site.</source>
        <translation>Mot de passe de Latchkey révoqué sur &quot;%1&quot; et site retiré.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; retiré.</translation>
    </message>
    <message>
        <source>run &quot;latchkey-cli site add %1 --user %2&quot;</source>
        <translation>lancez &quot;latchkey-cli site add %1 --user %2&quot;</translation>
    </message>
    <message>
        <source>run &quot;latchkey-cli site edit %1 --url %2&quot; instead</source>
        <translation>lancez plutôt &quot;latchkey-cli site edit %1 --url %2&quot;</translation>
    </message>
    <message>
        <source>If %1 is really this site&apos;s address, accept it: %2.</source>
        <translation>Si %1 est vraiment l&apos;adresse de ce site, acceptez-la&#xa0;: %2.</translation>
    </message>
    <message>
        <source>proposed address: %1</source>
        <translation>adresse proposée&#xa0;: %1</translation>
    </message>
    <message>
        <source>change the site&apos;s address with &quot;latchkey-cli site edit %1 --url %2&quot;, or remove the site and add it again with that address</source>
        <translation>modifiez l&apos;adresse du site avec &quot;latchkey-cli site edit %1 --url %2&quot;, ou retirez le site et ajoutez-le de nouveau avec cette adresse</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteConnector</name>
    <message>
        <source>Enter the WordPress user name the password belongs to.</source>
        <translation>Saisissez le nom d&apos;utilisateur WordPress auquel appartient le mot de passe.</translation>
    </message>
    <message>
        <source>Enter the application password.</source>
        <translation>Saisissez le mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>This is not 24 characters long: an application password looks like &quot;abcd efgh ijkl mnop qrst uvwx&quot;.</source>
        <translation>Il ne fait pas 24 caractères&#xa0;: un mot de passe d&apos;application ressemble à «&#xa0;abcd efgh ijkl mnop qrst uvwx&#xa0;».</translation>
    </message>
    <message>
        <source>Looking for WordPress at %1…</source>
        <translation>Recherche de WordPress à l&apos;adresse %1…</translation>
    </message>
    <message>
        <source>Checking the application password…</source>
        <translation>Vérification du mot de passe d&apos;application…</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The site moved to HTTPS; using %1.</source>
        <translation>Le site est passé à HTTPS&#xa0;; utilisation de %1.</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteDeadline</name>
    <message numerus="yes">
        <source>The site did not finish within %n second(s), so Latchkey stopped waiting for it.</source>
        <translation>
            <numerusform>Le site n&apos;a pas terminé en %n seconde, Latchkey a donc cessé de l&apos;attendre.</numerusform>
            <numerusform>Le site n&apos;a pas terminé en %n secondes, Latchkey a donc cessé de l&apos;attendre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The site answers too slowly or keeps the connection open without finishing. Try again later, or allow more time with --timeout SECONDS (in the desktop app: Settings).</source>
        <translation>Le site répond trop lentement ou garde la connexion ouverte sans terminer. Réessayez plus tard, ou accordez plus de temps avec --timeout SECONDS (dans l&apos;application de bureau&#xa0;: Paramètres).</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteDiscovery</name>
    <message>
        <source>Contacting %1</source>
        <translation>Contact de %1</translation>
    </message>
    <message>
        <source>Reading the REST API index</source>
        <translation>Lecture de l&apos;index de l&apos;API REST</translation>
    </message>
    <message>
        <source>Checking application passwords</source>
        <translation>Vérification des mots de passe d&apos;application</translation>
    </message>
    <message>
        <source>This WordPress has no application passwords: they came with WordPress 5.6.</source>
        <translation>Ce WordPress n&apos;a pas de mots de passe d&apos;application&#xa0;: ils sont arrivés avec WordPress 5.6.</translation>
    </message>
    <message>
        <source>Update WordPress to 5.6 or later.</source>
        <translation>Mettez WordPress à jour en version 5.6 ou ultérieure.</translation>
    </message>
    <message>
        <source>WordPress believes its address is %1</source>
        <translation>WordPress croit que son adresse est %1</translation>
    </message>
    <message>
        <source>WordPress links its own files over plain http://, so it does not know the request came over HTTPS (is_ssl() is false)</source>
        <translation>WordPress référence ses propres fichiers en http:// non chiffré, il ne sait donc pas que la requête est arrivée en HTTPS (is_ssl() vaut false)</translation>
    </message>
    <message>
        <source>Application passwords are unavailable: the site is served over HTTPS, but %1. HTTPS most likely ends at a proxy, load balancer or CDN that does not tell WordPress.</source>
        <translation>Les mots de passe d&apos;application ne sont pas disponibles&#xa0;: le site est servi en HTTPS, mais %1. HTTPS se termine très probablement sur un proxy, un répartiteur de charge ou un CDN qui n&apos;en informe pas WordPress.</translation>
    </message>
    <message>
        <source>Application passwords are turned off on this site, most likely by a security plugin or custom code. If HTTPS ends at a proxy that does not tell WordPress, WordPress turns them off too.</source>
        <translation>Les mots de passe d&apos;application sont désactivés sur ce site, très probablement par une extension de sécurité ou du code personnalisé. Si HTTPS se termine sur un proxy qui n&apos;en informe pas WordPress, WordPress les désactive aussi.</translation>
    </message>
    <message>
        <source>Application passwords are turned off on this site, most likely by a security plugin or custom code. Over plain HTTP WordPress also turns them off unless its environment type is &quot;local&quot;.</source>
        <translation>Les mots de passe d&apos;application sont désactivés sur ce site, très probablement par une extension de sécurité ou du code personnalisé. En HTTP non chiffré, WordPress les désactive aussi, sauf si son type d&apos;environnement est «&#xa0;local&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteImport</name>
    <message>
        <source>The row has no site address.</source>
        <translation>La ligne n&apos;a pas d&apos;adresse de site.</translation>
    </message>
    <message>
        <source>The row has no user name.</source>
        <translation>La ligne n&apos;a pas de nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The REST root %1 is not on the site %2.</source>
        <translation>La racine REST %1 n&apos;est pas sur le site %2.</translation>
    </message>
    <message>
        <source>Already saved as &quot;%1&quot;.</source>
        <translation>Déjà enregistré sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The same site and user as line %1.</source>
        <translation>Même site et même utilisateur qu&apos;à la ligne %1.</translation>
    </message>
    <message>
        <source>Another site is already called &quot;%1&quot;.</source>
        <translation>Un autre site s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give the row another name.</source>
        <translation>Donnez un autre nom à la ligne.</translation>
    </message>
    <message>
        <source>Line %1 already uses the name &quot;%2&quot;.</source>
        <translation>La ligne %1 utilise déjà le nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Column %1 (%2) holds what looks like an application password, so the row was not imported and the value is not shown or kept. Put the password in the password column.</source>
        <translation>La colonne %1 (%2) contient ce qui ressemble à un mot de passe d&apos;application&#xa0;: la ligne n&apos;a donc pas été importée, et la valeur n&apos;est ni affichée ni conservée. Placez le mot de passe dans la colonne password.</translation>
    </message>
    <message>
        <source>Without a header row the columns are url,user,name,group,tags,password (the password is the sixth, or the fifth when there are no tags); or add a header row that names a &quot;password&quot; column. Then import the row again.</source>
        <translation>Sans ligne d&apos;en-tête, les colonnes sont url,user,name,group,tags,password (le mot de passe est dans la sixième, ou dans la cinquième quand il n&apos;y a pas de colonne tags)&#xa0;; ou ajoutez une ligne d&apos;en-tête qui nomme une colonne &quot;password&quot;. Importez ensuite la ligne de nouveau.</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteListModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteOperationLock</name>
    <message>
        <source>%1 (%2) holds %3</source>
        <translation>%1 (%2) détient %3</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteRemoval</name>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Lecture du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>Without its password Latchkey cannot revoke it; revoke it on the user&apos;s profile page in WordPress, then remove the site without revoking.</source>
        <translation>Sans son mot de passe, Latchkey ne peut pas le révoquer&#xa0;; révoquez-le sur la page de profil de l&apos;utilisateur dans WordPress, puis retirez le site sans révoquer.</translation>
    </message>
    <message>
        <source>Revoking Latchkey&apos;s application password on the site…</source>
        <translation>Révocation du mot de passe d&apos;application de Latchkey sur le site…</translation>
    </message>
    <message>
        <source>Deleting the password from the keychain…</source>
        <translation>Suppression du mot de passe du trousseau…</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteScope</name>
    <message numerus="yes">
        <source>Selected sites (%n)</source>
        <translation>
            <numerusform>Site sélectionné (%n)</numerusform>
            <numerusform>Sites sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteSelector</name>
    <message>
        <source>No sites were selected.</source>
        <translation>Aucun site n&apos;a été sélectionné.</translation>
    </message>
    <message>
        <source>Use all, group:NAME, tag:NAME or a comma-separated list of sites.</source>
        <translation>Utilisez all, group:NOM, tag:NOM ou une liste de sites séparés par des virgules.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no group or tag.</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne aucun groupe ni aucune étiquette.</translation>
    </message>
    <message>
        <source>No site is in the group &quot;%1&quot;.</source>
        <translation>Aucun site n&apos;est dans le groupe «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No site has the tag &quot;%1&quot;.</source>
        <translation>Aucun site n&apos;a l&apos;étiquette «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check the spelling with &quot;latchkey-cli site list&quot;.</source>
        <translation>Vérifiez l&apos;orthographe avec &quot;latchkey-cli site list&quot;.</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteStore</name>
    <message>
        <source>Another site is already called &quot;%1&quot;.</source>
        <translation>Un autre site s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>Un site doit avoir un nom.</translation>
    </message>
    <message>
        <source>A site needs the WordPress user name it connects as.</source>
        <translation>Un site doit avoir le nom d&apos;utilisateur WordPress avec lequel il se connecte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one site: %2.</source>
        <translation>«&#xa0;%1&#xa0;» correspond à plusieurs sites&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Name the site by its name or id instead.</source>
        <translation>Désignez plutôt le site par son nom ou son identifiant.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Another Latchkey process is holding the site list.</source>
        <translation>Un autre processus Latchkey détient la liste des sites.</translation>
    </message>
    <message>
        <source>Wait for it to finish, or remove the stale lock file %1.</source>
        <translation>Attendez qu&apos;il ait terminé, ou supprimez le fichier de verrou périmé %1.</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 est trop volumineux</translation>
    </message>
    <message>
        <source>The site list %1 is damaged.</source>
        <translation>La liste des sites %1 est endommagée.</translation>
    </message>
    <message>
        <source>Restore it from a backup, or move it away to start with an empty list.</source>
        <translation>Restaurez-la depuis une sauvegarde, ou déplacez-la ailleurs pour repartir d&apos;une liste vide.</translation>
    </message>
    <message>
        <source>The site list was written by a newer version of Latchkey.</source>
        <translation>La liste des sites a été écrite par une version plus récente de Latchkey.</translation>
    </message>
    <message>
        <source>Update Latchkey; this version will not change the file.</source>
        <translation>Mettez Latchkey à jour&#xa0;; cette version ne modifiera pas le fichier.</translation>
    </message>
    <message>
        <source>The site list %1 has no schema version.</source>
        <translation>La liste des sites %1 n&apos;a pas de version de schéma.</translation>
    </message>
</context>
<context>
    <name>Latchkey::SiteUrl</name>
    <message>
        <source>the address has no host name</source>
        <translation>l&apos;adresse n&apos;a pas de nom d&apos;hôte</translation>
    </message>
    <message>
        <source>the host name contains a space</source>
        <translation>le nom d&apos;hôte contient une espace</translation>
    </message>
    <message>
        <source>the IPv6 address is missing its closing bracket</source>
        <translation>il manque le crochet fermant de l&apos;adresse IPv6</translation>
    </message>
    <message>
        <source>unexpected characters after the IPv6 address</source>
        <translation>caractères inattendus après l&apos;adresse IPv6</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>the address does not settle into one form</source>
        <translation>l&apos;adresse ne se stabilise pas sous une forme unique</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>l&apos;adresse est vide</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; must be followed by &quot;//&quot;</source>
        <translation>«&#xa0;%1:&#xa0;» doit être suivi de «&#xa0;//&#xa0;»</translation>
    </message>
    <message>
        <source>only http and https addresses are supported, not &quot;%1:&quot;</source>
        <translation>seules les adresses http et https sont prises en charge, pas «&#xa0;%1:&#xa0;»</translation>
    </message>
    <message>
        <source>the host name is not valid</source>
        <translation>le nom d&apos;hôte n&apos;est pas valide</translation>
    </message>
</context>
<context>
    <name>Latchkey::StepsView</name>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
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
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>il y a une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>il y a une heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Latchkey::UsersApi</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Saisissez un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>No user with that name was found.</source>
        <translation>Aucun utilisateur portant ce nom n&apos;a été trouvé.</translation>
    </message>
</context>
<context>
    <name>Latchkey::WpRequest</name>
    <message>
        <source>no network access manager was given</source>
        <translation>aucun gestionnaire d&apos;accès réseau n&apos;a été fourni</translation>
    </message>
    <message>
        <source>cannot request &quot;%1&quot;</source>
        <translation>impossible de demander «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the network access manager was destroyed</source>
        <translation>le gestionnaire d&apos;accès réseau a été détruit</translation>
    </message>
    <message>
        <source>HTTP %1 from %2 to %3</source>
        <translation>HTTP %1 de %2 vers %3</translation>
    </message>
    <message>
        <source>The site redirected more than %1 times.</source>
        <translation>Le site a redirigé plus de %1 fois.</translation>
    </message>
    <message>
        <source>Open the address in a browser: the site redirects in a loop.</source>
        <translation>Ouvrez l&apos;adresse dans un navigateur&#xa0;: le site redirige en boucle.</translation>
    </message>
    <message>
        <source>redirect to an unusable address: %1</source>
        <translation>redirection vers une adresse inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The site redirects from HTTPS to plain HTTP (%1); the password was not sent there.</source>
        <translation>Le site redirige de HTTPS vers du HTTP non chiffré (%1)&#xa0;; le mot de passe n&apos;y a pas été envoyé.</translation>
    </message>
    <message>
        <source>The site redirects to %1; the password was not sent there.</source>
        <translation>Le site redirige vers %1&#xa0;; le mot de passe n&apos;y a pas été envoyé.</translation>
    </message>
    <message>
        <source>If %1 is the site&apos;s real address, change the site&apos;s address in Latchkey to it.</source>
        <translation>Si %1 est la véritable adresse du site, remplacez l&apos;adresse du site dans Latchkey par celle-ci.</translation>
    </message>
    <message>
        <source>more than %1 bytes; the limit is %2</source>
        <translation>plus de %1 octets&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>plus de %1 octets</translation>
    </message>
    <message>
        <source>the server announced %1 bytes; the limit is %2</source>
        <translation>le serveur a annoncé %1 octets&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>no data from the server for %1 seconds</source>
        <translation>aucune donnée du serveur pendant %1 secondes</translation>
    </message>
    <message>
        <source>more than %1 bytes after decompression</source>
        <translation>plus de %1 octets après décompression</translation>
    </message>
    <message>
        <source>The connection closed before the server answered.</source>
        <translation>La connexion a été fermée avant que le serveur ne réponde.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the site&apos;s server or a proxy in front of it is dropping connections.</source>
        <translation>Réessayez&#xa0;; si cela se reproduit, le serveur du site ou un proxy placé devant coupe les connexions.</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>expires: %1</source>
        <translation>expire&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>empreinte SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>The site&apos;s HTTPS certificate is not the one trusted for this site.</source>
        <translation>Le certificat HTTPS du site n&apos;est pas celui approuvé pour ce site.</translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>pas de statut HTTP</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>hôte %1 introuvable</translation>
    </message>
    <message>
        <source>The connection through the proxy failed.</source>
        <translation>La connexion via le proxy a échoué.</translation>
    </message>
    <message>
        <source>Check the system&apos;s proxy settings.</source>
        <translation>Vérifiez les paramètres de proxy du système.</translation>
    </message>
    <message>
        <source>title &quot;%1&quot;</source>
        <translation>titre &quot;%1&quot;</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body</source>
        <translation>HTTP %1 avec un corps vide</translation>
    </message>
    <message>
        <source>PHP printed errors or notices into the REST API&apos;s answer.</source>
        <translation>PHP a écrit des erreurs ou des avertissements dans la réponse de l&apos;API REST.</translation>
    </message>
    <message>
        <source>incomplete or garbled JSON: %1</source>
        <translation>JSON incomplet ou illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1).</source>
        <translation>Le serveur a rencontré une erreur interne (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening, the site&apos;s error log or the host can tell why.</source>
        <translation>Réessayez plus tard&#xa0;; si cela se reproduit, le journal d&apos;erreurs du site ou l&apos;hébergeur pourra en donner la raison.</translation>
    </message>
    <message>
        <source>The server answered that the address does not exist (HTTP 404).</source>
        <translation>Le serveur a répondu que l&apos;adresse n&apos;existe pas (HTTP 404).</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Le serveur a répondu avec le code HTTP %1.</translation>
    </message>
    <message>
        <source>WordPress ignored the credentials and treated the request as anonymous. A wrong or revoked application password, application passwords turned off for this user, and a server that removes the Authorization header all look the same from outside.</source>
        <translation>WordPress a ignoré les identifiants et traité la requête comme anonyme. Un mot de passe d&apos;application incorrect ou révoqué, des mots de passe d&apos;application désactivés pour cet utilisateur et un serveur qui supprime l&apos;en-tête Authorization se présentent tous de la même façon vus de l&apos;extérieur.</translation>
    </message>
    <message>
        <source>Create a new application password and try again; if a new one fails too, the server is most likely removing the Authorization header.</source>
        <translation>Créez un nouveau mot de passe d&apos;application et réessayez&#xa0;; si un nouveau échoue aussi, le serveur supprime très probablement l&apos;en-tête Authorization.</translation>
    </message>
    <message>
        <source>This needs a user name and application password, and none was sent.</source>
        <translation>Cela nécessite un nom d&apos;utilisateur et un mot de passe d&apos;application, et aucun n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Connect the site with an application password first.</source>
        <translation>Connectez d&apos;abord le site avec un mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>The site&apos;s REST API is turned off for this user.</source>
        <translation>L&apos;API REST du site est désactivée pour cet utilisateur.</translation>
    </message>
    <message>
        <source>The site&apos;s REST API is turned off for visitors who are not logged in.</source>
        <translation>L&apos;API REST du site est désactivée pour les visiteurs non connectés.</translation>
    </message>
    <message>
        <source>Connecting with an application password may still work; if it does not, allow the REST API in the plugin that restricts it.</source>
        <translation>La connexion avec un mot de passe d&apos;application peut quand même fonctionner&#xa0;; sinon, autorisez l&apos;API REST dans l&apos;extension qui la restreint.</translation>
    </message>
    <message>
        <source>WordPress accepted the request, but not through an application password (another authentication plugin answered).</source>
        <translation>WordPress a accepté la requête, mais pas via un mot de passe d&apos;application (une autre extension d&apos;authentification a répondu).</translation>
    </message>
    <message>
        <source>Check which plugins handle HTTP Basic authentication on the site.</source>
        <translation>Vérifiez quelles extensions gèrent l&apos;authentification HTTP Basic sur le site.</translation>
    </message>
    <message>
        <source>WordPress rejected a value that was sent.</source>
        <translation>WordPress a refusé une valeur envoyée.</translation>
    </message>
    <message>
        <source>%1 resolves to %2, not to a loopback address</source>
        <translation>%1 se résout en %2, et non en une adresse de bouclage</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>That is not a web address Latchkey can use.</source>
        <translation>Ce n&apos;est pas une adresse web que Latchkey peut utiliser.</translation>
    </message>
    <message>
        <source>The site&apos;s host name could not be found.</source>
        <translation>Le nom d&apos;hôte du site est introuvable.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The connection to the server failed or was closed early.</source>
        <translation>La connexion au serveur a échoué ou a été fermée prématurément.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The site&apos;s HTTPS certificate could not be trusted.</source>
        <translation>Le certificat HTTPS du site n&apos;a pas pu être approuvé.</translation>
    </message>
    <message>
        <source>The server answered with an HTTP error.</source>
        <translation>Le serveur a répondu par une erreur HTTP.</translation>
    </message>
    <message>
        <source>This does not look like a WordPress site.</source>
        <translation>Cela ne ressemble pas à un site WordPress.</translation>
    </message>
    <message>
        <source>Something between Latchkey and WordPress answered instead of the REST API (a firewall, security plugin or host error page).</source>
        <translation>Quelque chose entre Latchkey et WordPress a répondu à la place de l&apos;API REST (un pare-feu, une extension de sécurité ou une page d&apos;erreur de l&apos;hébergeur).</translation>
    </message>
    <message>
        <source>The site&apos;s WordPress REST API is turned off.</source>
        <translation>L&apos;API REST de WordPress est désactivée sur ce site.</translation>
    </message>
    <message>
        <source>Application passwords are unavailable because WordPress does not think the site uses HTTPS.</source>
        <translation>Les mots de passe d&apos;application ne sont pas disponibles, car WordPress ne pense pas que le site utilise HTTPS.</translation>
    </message>
    <message>
        <source>Application passwords are turned off on this site.</source>
        <translation>Les mots de passe d&apos;application sont désactivés sur ce site.</translation>
    </message>
    <message>
        <source>Application passwords are turned off for this user.</source>
        <translation>Les mots de passe d&apos;application sont désactivés pour cet utilisateur.</translation>
    </message>
    <message>
        <source>WordPress did not accept the user name and application password.</source>
        <translation>WordPress n&apos;a pas accepté le nom d&apos;utilisateur et le mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>The server removes the Authorization header before WordPress sees it.</source>
        <translation>Le serveur supprime l&apos;en-tête Authorization avant que WordPress ne le voie.</translation>
    </message>
    <message>
        <source>This WordPress user is not allowed to do that.</source>
        <translation>Cet utilisateur WordPress n&apos;est pas autorisé à faire cela.</translation>
    </message>
    <message>
        <source>Latchkey will not send a password over plain HTTP to a site on another computer.</source>
        <translation>Latchkey n&apos;enverra pas de mot de passe en HTTP non chiffré à un site situé sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>The site redirects to a different address; the password was not sent there.</source>
        <translation>Le site redirige vers une autre adresse&#xa0;; le mot de passe n&apos;y a pas été envoyé.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than expected and was cut off.</source>
        <translation>La réponse du serveur était bien plus volumineuse que prévu et a été tronquée.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>La réponse du serveur est incompréhensible.</translation>
    </message>
    <message>
        <source>WordPress could not find what was asked for.</source>
        <translation>WordPress n&apos;a pas trouvé ce qui était demandé.</translation>
    </message>
    <message>
        <source>That name is already taken.</source>
        <translation>Ce nom est déjà pris.</translation>
    </message>
    <message>
        <source>WordPress reported an error.</source>
        <translation>WordPress a signalé une erreur.</translation>
    </message>
    <message>
        <source>The system keychain could not be reached.</source>
        <translation>Le trousseau du système est inaccessible.</translation>
    </message>
    <message>
        <source>No application password for this site is stored in the keychain.</source>
        <translation>Aucun mot de passe d&apos;application pour ce site n&apos;est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>No site with that name, id or address is known.</source>
        <translation>Aucun site portant ce nom, cet identifiant ou cette adresse n&apos;est connu.</translation>
    </message>
    <message>
        <source>That site and user are already in Latchkey.</source>
        <translation>Ce site et cet utilisateur sont déjà dans Latchkey.</translation>
    </message>
    <message>
        <source>Latchkey&apos;s site list could not be read or written.</source>
        <translation>La liste des sites de Latchkey n&apos;a pas pu être lue ou écrite.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>La saisie n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Enter the site&apos;s address, for example https://example.com or https://example.com/blog.</source>
        <translation>Saisissez l&apos;adresse du site, par exemple https://example.com ou https://example.com/blog.</translation>
    </message>
    <message>
        <source>Check the address for typing mistakes and that this computer is online.</source>
        <translation>Vérifiez que l&apos;adresse ne contient pas de faute de frappe et que cet ordinateur est connecté.</translation>
    </message>
    <message>
        <source>Check the address and port, and that the web server is running.</source>
        <translation>Vérifiez l&apos;adresse et le port, et que le serveur web fonctionne.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, ask the host whether a firewall drops connections.</source>
        <translation>Réessayez&#xa0;; si cela se reproduit, demandez à l&apos;hébergeur si un pare-feu coupe les connexions.</translation>
    </message>
    <message>
        <source>Try again later; if the site is slow for everyone, contact the host.</source>
        <translation>Réessayez plus tard&#xa0;; si le site est lent pour tout le monde, contactez l&apos;hébergeur.</translation>
    </message>
    <message>
        <source>Fix the certificate on the server (expired, self-signed, or made for another name). For a staging site with its own certificate, compare the SHA-256 fingerprint with the one on the server, then trust exactly that certificate for this site: in the site&apos;s settings, or with &quot;latchkey-cli site edit SITE --trust-certificate FINGERPRINT&quot;.</source>
        <translation>Corrigez le certificat sur le serveur (expiré, auto-signé ou établi pour un autre nom). Pour un site de préproduction avec son propre certificat, comparez l&apos;empreinte SHA-256 avec celle du serveur, puis faites confiance exactement à ce certificat pour ce site&#xa0;: dans les paramètres du site, ou avec &quot;latchkey-cli site edit SITE --trust-certificate EMPREINTE&quot;.</translation>
    </message>
    <message>
        <source>Open the site in a browser; if it shows an error too, contact the host.</source>
        <translation>Ouvrez le site dans un navigateur&#xa0;; s&apos;il affiche aussi une erreur, contactez l&apos;hébergeur.</translation>
    </message>
    <message>
        <source>Check the address: enter the WordPress site itself (where wp-admin lives).</source>
        <translation>Vérifiez l&apos;adresse&#xa0;: saisissez le site WordPress lui-même (là où se trouve wp-admin).</translation>
    </message>
    <message>
        <source>Allow /wp-json/ in the security plugin or web application firewall, or ask the host to stop blocking the REST API.</source>
        <translation>Autorisez /wp-json/ dans l&apos;extension de sécurité ou le pare-feu applicatif web, ou demandez à l&apos;hébergeur de ne plus bloquer l&apos;API REST.</translation>
    </message>
    <message>
        <source>Turn the REST API back on (a plugin such as &quot;Disable REST API&quot; turns it off).</source>
        <translation>Réactivez l&apos;API REST (une extension comme «&#xa0;Disable REST API&#xa0;» la désactive).</translation>
    </message>
    <message>
        <source>Serve the site over HTTPS. If HTTPS ends at a proxy, load balancer or CDN, make it send &quot;X-Forwarded-Proto: https&quot; and add to wp-config.php, above the line &quot;That&apos;s all, stop editing!&quot;:
if (($_SERVER[&apos;HTTP_X_FORWARDED_PROTO&apos;] ?? &apos;&apos;) === &apos;https&apos;) { $_SERVER[&apos;HTTPS&apos;] = &apos;on&apos;; }</source>
        <translation>Servez le site en HTTPS. Si HTTPS se termine sur un proxy, un répartiteur de charge ou un CDN, faites-lui envoyer «&#xa0;X-Forwarded-Proto: https&#xa0;» et ajoutez dans wp-config.php, au-dessus de la ligne «&#xa0;That&apos;s all, stop editing!&#xa0;»&#xa0;:
if (($_SERVER[&apos;HTTP_X_FORWARDED_PROTO&apos;] ?? &apos;&apos;) === &apos;https&apos;) { $_SERVER[&apos;HTTPS&apos;] = &apos;on&apos;; }</translation>
    </message>
    <message>
        <source>Turn application passwords back on where they were switched off. Wordfence: Wordfence &gt; Login Security &gt; Settings, untick &quot;Disable application passwords&quot;. Other security plugins have a similar switch; custom code does it with add_filter(&apos;wp_is_application_passwords_available&apos;, &apos;__return_false&apos;) in the theme&apos;s functions.php or a (must-use) plugin.</source>
        <translation>Réactivez les mots de passe d&apos;application là où ils ont été désactivés. Wordfence&#xa0;: Wordfence &gt; Login Security &gt; Settings, décochez «&#xa0;Disable application passwords&#xa0;». Les autres extensions de sécurité ont un réglage semblable&#xa0;; du code personnalisé le fait avec add_filter(&apos;wp_is_application_passwords_available&apos;, &apos;__return_false&apos;) dans le functions.php du thème ou dans une extension (must-use).</translation>
    </message>
    <message>
        <source>Ask an administrator to allow application passwords for this user: a plugin or custom code (the wp_is_application_passwords_available_for_user filter) turns them off for some users or roles. Or connect as a user who has them.</source>
        <translation>Demandez à un administrateur d&apos;autoriser les mots de passe d&apos;application pour cet utilisateur&#xa0;: une extension ou du code personnalisé (le filtre wp_is_application_passwords_available_for_user) les désactive pour certains utilisateurs ou rôles. Ou connectez-vous avec un utilisateur qui en dispose.</translation>
    </message>
    <message>
        <source>Check the user name (the login, not the e-mail address or display name), then create a new application password under Users &gt; Profile &gt; Application Passwords and reconnect the site with it.</source>
        <translation>Vérifiez le nom d&apos;utilisateur (l&apos;identifiant, pas l&apos;adresse e-mail ni le nom affiché), puis créez un nouveau mot de passe d&apos;application dans Comptes &gt; Profil &gt; Mots de passe d&apos;application et reconnectez le site avec celui-ci.</translation>
    </message>
    <message>
        <source>Make the web server pass the Authorization header on to PHP. Apache with PHP as CGI/FastCGI (PHP-FPM): add &quot;CGIPassAuth On&quot; (Apache 2.4.13+) to the site&apos;s configuration or .htaccess, or the rewrite rule &quot;RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]&quot; before WordPress&apos;s rules. nginx with PHP-FPM: &quot;fastcgi_param HTTP_AUTHORIZATION $http_authorization;&quot; in the PHP location. A reverse proxy (nginx, a load balancer, a CDN) in front: do not clear the header, e.g. nginx &quot;proxy_set_header Authorization $http_authorization;&quot;. On shared hosting, send the host this report.</source>
        <translation>Faites transmettre l&apos;en-tête Authorization à PHP par le serveur web. Apache avec PHP en CGI/FastCGI (PHP-FPM)&#xa0;: ajoutez «&#xa0;CGIPassAuth On&#xa0;» (Apache 2.4.13+) à la configuration du site ou au .htaccess, ou la règle de réécriture «&#xa0;RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]&#xa0;» avant les règles de WordPress. nginx avec PHP-FPM&#xa0;: «&#xa0;fastcgi_param HTTP_AUTHORIZATION $http_authorization;&#xa0;» dans le bloc location PHP. Un proxy inverse placé devant (nginx, un répartiteur de charge, un CDN)&#xa0;: ne supprimez pas l&apos;en-tête, p. ex. nginx «&#xa0;proxy_set_header Authorization $http_authorization;&#xa0;». Sur un hébergement mutualisé, envoyez ce rapport à l&apos;hébergeur.</translation>
    </message>
    <message>
        <source>Use an account whose role allows it: writing drafts needs Contributor or above, publishing needs Author (own posts) or Editor, managing other users&apos; application passwords needs Administrator. Or ask an administrator to change this user&apos;s role.</source>
        <translation>Utilisez un compte dont le rôle le permet&#xa0;: écrire des brouillons nécessite Contributeur ou plus, publier nécessite Auteur (ses propres articles) ou Éditeur, gérer les mots de passe d&apos;application des autres utilisateurs nécessite Administrateur. Ou demandez à un administrateur de changer le rôle de cet utilisateur.</translation>
    </message>
    <message>
        <source>Use the site&apos;s https:// address. Only for a site you trust on a private network, allow plain HTTP in the site&apos;s settings.</source>
        <translation>Utilisez l&apos;adresse https:// du site. Seulement pour un site de confiance sur un réseau privé, autorisez le HTTP non chiffré dans les paramètres du site.</translation>
    </message>
    <message>
        <source>Change the site&apos;s address in Latchkey to the one it redirects to.</source>
        <translation>Remplacez l&apos;adresse du site dans Latchkey par celle vers laquelle il redirige.</translation>
    </message>
    <message>
        <source>Check that the address points at WordPress; a plugin may be adding output.</source>
        <translation>Vérifiez que l&apos;adresse pointe vers WordPress&#xa0;; une extension ajoute peut-être du contenu à la sortie.</translation>
    </message>
    <message>
        <source>Check for PHP errors or notices on the site, which can break REST replies.</source>
        <translation>Recherchez sur le site des erreurs ou avertissements PHP, qui peuvent casser les réponses REST.</translation>
    </message>
    <message>
        <source>Refresh the list: it may have been removed already.</source>
        <translation>Actualisez la liste&#xa0;: il a peut-être déjà été supprimé.</translation>
    </message>
    <message>
        <source>Choose a different name.</source>
        <translation>Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Read WordPress&apos;s message; the site&apos;s error log may say more.</source>
        <translation>Lisez le message de WordPress&#xa0;; le journal d&apos;erreurs du site peut en dire plus.</translation>
    </message>
    <message>
        <source>Unlock the system keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager). Without a desktop session, start a D-Bus session with an unlocked keyring; see the README&apos;s section on cron.</source>
        <translation>Déverrouillez le trousseau du système (trousseau GNOME, KWallet, trousseau macOS ou Gestionnaire d&apos;identification Windows). Sans session de bureau, démarrez une session D-Bus avec un trousseau déverrouillé&#xa0;; voir la section du README sur cron.</translation>
    </message>
    <message>
        <source>Reconnect the site to store a new application password.</source>
        <translation>Reconnectez le site pour enregistrer un nouveau mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>List the sites with &quot;latchkey-cli site list&quot;.</source>
        <translation>Listez les sites avec &quot;latchkey-cli site list&quot;.</translation>
    </message>
    <message>
        <source>Reconnect the existing entry instead, or use a different user.</source>
        <translation>Reconnectez plutôt l&apos;entrée existante, ou utilisez un autre utilisateur.</translation>
    </message>
    <message>
        <source>Check that the configuration folder is writable and the file is not damaged.</source>
        <translation>Vérifiez que le dossier de configuration est accessible en écriture et que le fichier n&apos;est pas endommagé.</translation>
    </message>
    <message>
        <source>Correct the input and try again.</source>
        <translation>Corrigez la saisie et réessayez.</translation>
    </message>
    <message>
        <source>The new address is not the same WordPress site: the stored password signs in there as another user, or not at all. The address was not changed.</source>
        <translation>La nouvelle adresse n&apos;est pas le même site WordPress&#xa0;: le mot de passe enregistré s&apos;y connecte en tant qu&apos;un autre utilisateur, ou pas du tout. L&apos;adresse n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Another Latchkey process is working on this site&apos;s password right now.</source>
        <translation>Un autre processus Latchkey travaille en ce moment sur le mot de passe de ce site.</translation>
    </message>
    <message>
        <source>Check the new address. If the site really moved to another WordPress, add it as a new site with a password from there.</source>
        <translation>Vérifiez la nouvelle adresse. Si le site a vraiment déménagé vers un autre WordPress, ajoutez-le comme nouveau site avec un mot de passe provenant de celui-ci.</translation>
    </message>
    <message>
        <source>Nothing was changed. Wait until the other run ends (it finishes or rolls back by itself), then run the command again if it is still needed.</source>
        <translation>Rien n&apos;a été modifié. Attendez que l&apos;autre exécution se termine (elle aboutit ou s&apos;annule d&apos;elle-même), puis relancez la commande si elle est encore nécessaire.</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Not yet checked</source>
        <translation>Pas encore vérifié</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Site reachable</source>
        <translation>Site joignable</translation>
    </message>
    <message>
        <source>WordPress REST API found</source>
        <translation>API REST de WordPress trouvée</translation>
    </message>
    <message>
        <source>Application passwords available</source>
        <translation>Mots de passe d&apos;application disponibles</translation>
    </message>
    <message>
        <source>Password accepted</source>
        <translation>Mot de passe accepté</translation>
    </message>
    <message>
        <source>Password identified</source>
        <translation>Mot de passe identifié</translation>
    </message>
    <message>
        <source>Permissions read</source>
        <translation>Autorisations lues</translation>
    </message>
    <message>
        <source>Cross-checked over XML-RPC</source>
        <translation>Contre-vérifié via XML-RPC</translation>
    </message>
    <message>
        <source>Password read from the keychain</source>
        <translation>Mot de passe lu dans le trousseau</translation>
    </message>
    <message>
        <source>Test category ready</source>
        <translation>Catégorie de test prête</translation>
    </message>
    <message>
        <source>Post created</source>
        <translation>Article créé</translation>
    </message>
    <message>
        <source>Post read back</source>
        <translation>Article relu</translation>
    </message>
    <message>
        <source>Post deleted</source>
        <translation>Article supprimé</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>expected a list of users</source>
        <translation>une liste d&apos;utilisateurs était attendue</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage WordPress application passwords.</source>
        <translation>Gérer les mots de passe d&apos;application WordPress.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
</context>
</TS>
