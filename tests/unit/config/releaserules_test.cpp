// SPDX-License-Identifier: Apache-2.0
#include "checks/IsRelease.h"
#include "config/ConfigMigrator.h"
#include "config/ReleaseRules.h"
#include "config/TomlDocument.h"
#include "secrets/SecretRedactor.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

namespace {

// One rule checked on one small file: it must hold with `severity`, or stay
// silent when severity is empty.
struct RuleCase
{
    QString name;
    QString from;
    QString to;
    QString ruleId;
    QString toml;
    QString severity;
};

// The steps as the rule files must describe them.
const QStringList kReleases = { u"5.9.0"_s, u"5.10.0"_s, u"5.11.0"_s, u"6.0.0"_s, u"6.1.0"_s, u"7.0.0"_s,
    u"7.1.0"_s, u"7.2.0"_s, u"7.3.0"_s };

QString previousRelease(const QString& release)
{
    const qsizetype i = kReleases.indexOf(release);
    return i > 0 ? kReleases.at(i - 1) : QString();
}

// Every rule fires on a file that triggers it and stays silent on one that
// does not; rules that hold for every file have no silent case (checked
// against the rule's own "conditional" flag in everyRuleHasCases()).
QList<RuleCase> ruleCases()
{
    QList<RuleCase> cases;
    const auto add = [&cases](const QString& ruleId, const QString& name, const QString& toml,
                         const QString& severity, const QString& to = {}) {
        const QString step = ruleId.section(u'/', 0, 0);
        RuleCase c;
        c.ruleId = ruleId;
        c.name = ruleId + u' ' + name;
        if (step == u"any"_s) {
            c.from = u"7.2.0"_s;
            c.to = u"7.3.0"_s;
        } else {
            c.from = previousRelease(step);
            c.to = to.isEmpty() ? step : to;
        }
        c.toml = toml;
        c.severity = severity;
        cases.append(c);
    };
    const QString info = u"info"_s;
    const QString warning = u"warning"_s;
    const QString blocker = u"blocker"_s;
    const QString silent;
    const QString empty;

    // 5.9.0 → 5.10.0
    add(u"5.10.0/keystore-primary-name"_s, u"default name"_s,
        u"[keystore.primary]\nname = \"wso2carbon.jks\"\n"_s, warning);
    add(u"5.10.0/keystore-primary-name"_s, u"own keystore"_s, u"[keystore.primary]\nname = \"iam.jks\"\n"_s,
        blocker);
    add(u"5.10.0/keystore-primary-name"_s, u"file_name already"_s,
        u"[keystore.primary]\nfile_name = \"iam.jks\"\n"_s, silent);
    add(u"5.10.0/keystore-primary-name"_s, u"no keystore"_s, empty, silent);
    add(u"5.10.0/keystore-primary-name-duplicate"_s, u"both keys"_s,
        u"[keystore.primary]\nname = \"a.jks\"\nfile_name = \"b.jks\"\n"_s, warning);
    add(u"5.10.0/keystore-primary-name-duplicate"_s, u"file_name only"_s,
        u"[keystore.primary]\nfile_name = \"b.jks\"\n"_s, silent);
    add(u"5.10.0/keystore-primary-name-duplicate"_s, u"name only"_s,
        u"[keystore.primary]\nname = \"a.jks\"\n"_s, silent);
    add(u"5.10.0/user-store-unique-id"_s, u"ldap"_s, u"[user_store]\ntype = \"read_write_ldap\"\n"_s,
        warning);
    add(u"5.10.0/user-store-unique-id"_s, u"jdbc"_s, u"[user_store]\ntype = \"database\"\n"_s, warning);
    add(u"5.10.0/user-store-unique-id"_s, u"unique already"_s,
        u"[user_store]\ntype = \"read_write_ldap_unique_id\"\n"_s, silent);
    add(u"5.10.0/last-login-identity-claim"_s, u"not configured"_s, empty, info);
    add(u"5.10.0/last-login-identity-claim"_s, u"suspension used"_s,
        u"[identity_mgt_account_suspension]\nenable = true\n"_s, warning);
    add(u"5.10.0/last-login-identity-claim"_s, u"reverted"_s,
        u"[identity_mgt_account_suspension]\nuse_identity_claims = false\n"_s, silent);
    add(u"5.10.0/scim-all-user-stores"_s, u"store"_s, u"[user_store]\ntype = \"database\"\n"_s, info);
    add(u"5.10.0/scim-all-user-stores"_s, u"no store"_s, empty, silent);
    add(u"5.10.0/account-lock-email-templates"_s, u"always"_s, empty, info);
    add(u"5.10.0/internal-scope-validation"_s, u"default"_s, empty, info);
    add(u"5.10.0/internal-scope-validation"_s, u"own access control"_s,
        u"[[resource.access_control]]\ncontext = \"/api/x\"\nsecure = true\n"_s, warning);
    add(u"5.10.0/internal-scope-validation"_s, u"reverted"_s,
        u"[resource_access_control]\ndisable_scope_validation = true\n"_s, silent);
    add(u"5.10.0/consent-prompt-keys"_s, u"default"_s, empty, info);
    add(u"5.10.0/consent-prompt-keys"_s, u"set"_s, u"[oauth]\nprompt_login_consent = false\n"_s, silent);
    add(u"5.10.0/admin-service-wsdl"_s, u"always"_s, empty, info);
    add(u"5.10.0/sms-otp-error-codes"_s, u"default"_s, empty, info);
    add(u"5.10.0/sms-otp-error-codes"_s, u"sms otp used"_s,
        u"[authentication.authenticator.sms_otp.parameters]\nEnableRetryFromAuthenticator = true\n"_s,
        warning);
    add(u"5.10.0/sms-otp-error-codes"_s, u"reverted"_s,
        u"[authentication.authenticator.sms_otp.parameters]\nUseInternalErrorCodes = false\n"_s, silent);
    add(u"5.10.0/h2-convert-first"_s, u"h2 to 5.10"_s,
        u"[database.identity_db]\nurl = \"jdbc:h2:./db/X\"\n"_s, warning);
    add(u"5.10.0/h2-convert-first"_s, u"h2 beyond 5.10"_s,
        u"[database.shared_db]\nurl = \"jdbc:h2:./db/X\"\n"_s, blocker, u"6.0.0"_s);
    add(u"5.10.0/h2-convert-first"_s, u"mysql"_s, u"[database.identity_db]\nurl = \"jdbc:mysql://h/db\"\n"_s,
        silent);

    // 5.10.0 → 5.11.0
    add(u"5.11.0/proxy-context-path"_s, u"default"_s, empty, info);
    add(u"5.11.0/proxy-context-path"_s, u"set"_s, u"[server]\nproxy_context_path = \"identity\"\n"_s, silent);
    add(u"5.11.0/cors-in-deployment-toml"_s, u"no cors"_s, empty, info);
    add(u"5.11.0/cors-in-deployment-toml"_s, u"cors"_s, u"[cors]\nallow_any_origin = true\n"_s, silent);
    add(u"5.11.0/symmetric-encryption"_s, u"always"_s, empty, warning);
    add(u"5.11.0/saml-assertion-encryption"_s, u"default"_s, empty, info);
    add(u"5.11.0/saml-assertion-encryption"_s, u"saml used"_s, u"[saml.metadata]\nvalidity_period = 60\n"_s,
        warning);
    add(u"5.11.0/saml-assertion-encryption"_s, u"reverted"_s,
        u"[saml.metadata]\nassertion_encrypt_with_app_cert = false\n"_s, silent);
    add(u"5.11.0/saml-sp-certificate-expiry"_s, u"default"_s, empty, info);
    add(u"5.11.0/saml-sp-certificate-expiry"_s, u"saml used"_s, u"[saml.metadata]\nvalidity_period = 60\n"_s,
        warning);
    add(u"5.11.0/saml-sp-certificate-expiry"_s, u"reverted"_s,
        u"[saml]\nenable_saml_sp_certificate_expiry_validation = false\n"_s, silent);
    add(u"5.11.0/token-binding-validation"_s, u"always"_s, empty, info);
    add(u"5.11.0/skip-consent-rest-api"_s, u"always"_s, empty, info);
    add(u"5.11.0/challenge-questions-skip"_s, u"default"_s, empty, info);
    add(u"5.11.0/challenge-questions-skip"_s, u"used"_s,
        u"[identity_mgt.password_reset_challenge_questions]\nenable = true\n"_s, warning);
    add(u"5.11.0/challenge-questions-skip"_s, u"reverted"_s,
        u"[identity_mgt.password_reset_challenge_questions]\nskip_on_insufficient_answers = false\n"_s,
        silent);
    add(u"5.11.0/legacy-oauth1-dcr"_s, u"default"_s, empty, info);
    add(u"5.11.0/legacy-oauth1-dcr"_s, u"other legacy feature"_s,
        u"[[legacy_feature]]\nid = \"identity/register\"\nenable = true\n"_s, info);
    add(u"5.11.0/legacy-oauth1-dcr"_s, u"re-enabled"_s,
        u"[[legacy_feature]]\nid = \"oauth\"\nversion = \"1.0\"\nenable = true\n"_s, silent);
    add(u"5.11.0/ws-trust-connector"_s, u"always"_s, empty, info);
    add(u"5.11.0/non-unique-id-user-store"_s, u"ad"_s, u"[user_store]\ntype = \"active_directory\"\n"_s,
        warning);
    add(u"5.11.0/non-unique-id-user-store"_s, u"unique"_s, u"[user_store]\ntype = \"database_unique_id\"\n"_s,
        silent);
    add(u"5.11.0/jwt-introspection-validation"_s, u"default"_s, empty, info);
    add(u"5.11.0/jwt-introspection-validation"_s, u"reverted"_s,
        u"[oauth]\nenable_jwt_token_validation_during_introspection = false\n"_s, silent);
    add(u"5.11.0/oauth-error-params"_s, u"default"_s, empty, info);
    add(u"5.11.0/oauth-error-params"_s, u"reverted"_s,
        u"[oauth]\nallow_additional_params_from_error_url = true\n"_s, silent);
    add(u"5.11.0/device-flow-disabled"_s, u"default"_s, empty, info);
    add(u"5.11.0/device-flow-disabled"_s, u"configured"_s,
        u"[oauth.grant_type.device_code]\nexpiry_time = \"10m\"\n"_s, warning);
    add(u"5.11.0/device-flow-disabled"_s, u"enabled"_s, u"[oauth.grant_type.device_code]\nenable = true\n"_s,
        silent);
    add(u"5.11.0/new-email-templates"_s, u"always"_s, empty, info);
    add(u"5.11.0/log-file-names"_s, u"always"_s, empty, info);
    add(u"5.11.0/remember-me-extension"_s, u"default"_s, empty, info);
    add(u"5.11.0/remember-me-extension"_s, u"timeouts tuned"_s,
        u"[session.timeout]\nremember_me_session_timeout = \"14d\"\n"_s, warning);
    add(u"5.11.0/remember-me-extension"_s, u"reverted"_s,
        u"[session.timeout]\nextend_remember_me_session_timeout_on_auth = false\n"_s, silent);
    add(u"5.11.0/revoke-tokens-on-logout"_s, u"default"_s, empty, info);
    add(u"5.11.0/revoke-tokens-on-logout"_s, u"reverted"_s,
        u"[identity_mgt.events.schemes.TokenBindingExpiryEventHandler.properties]\nenable = false\n"_s,
        silent);
    add(u"5.11.0/read-only-system-apps"_s, u"default"_s, empty, info);
    add(u"5.11.0/read-only-system-apps"_s, u"set"_s, u"[system_applications]\nread_only_apps = []\n"_s,
        silent);
    add(u"5.11.0/workflow-internal-roles"_s, u"always"_s, empty, info);
    add(u"5.11.0/my-account"_s, u"always"_s, empty, info);
    add(u"5.11.0/group-role-separation"_s, u"always"_s, empty, warning);
    add(u"5.11.0/recovery-endpoint-url"_s, u"always"_s, empty, info);
    add(u"5.11.0/truststore-explicit"_s, u"default"_s, empty, info);
    add(u"5.11.0/truststore-explicit"_s, u"configured"_s, u"[truststore]\nfile_name = \"t.jks\"\n"_s, silent);
    add(u"5.11.0/endpoint-credentials"_s, u"default"_s, empty, info);
    add(u"5.11.0/endpoint-credentials"_s, u"set"_s, u"[account_recovery.endpoint.auth]\nhash = \"abc\"\n"_s,
        silent);

    // 5.11.0 → 6.0.0
    add(u"6.0.0/user-store-default"_s, u"no type"_s, u"[user_store]\nbase_dn = \"dc=x\"\n"_s, blocker);
    add(u"6.0.0/user-store-default"_s, u"type set"_s, u"[user_store]\ntype = \"database_unique_id\"\n"_s,
        silent);
    add(u"6.0.0/embedded-ldap"_s, u"embedded"_s,
        u"[user_store]\nconnection_url = \"ldap://localhost:${Ports.EmbeddedLDAP.LDAPServerPort}\"\n"_s,
        warning);
    add(u"6.0.0/embedded-ldap"_s, u"external"_s,
        u"[user_store]\nconnection_url = \"ldaps://ldap.example.com\"\n"_s, silent);
    add(u"6.0.0/h2-version"_s, u"h2 datasource"_s, u"[datasource.X]\nurl = \"jdbc:h2:./x\"\n"_s, blocker);
    add(u"6.0.0/h2-version"_s, u"postgresql"_s,
        u"[database.identity_db]\nurl = \"jdbc:postgresql://h/db\"\n"_s, silent);
    add(u"6.0.0/console-certificate-alias"_s, u"default"_s, empty, info);
    add(u"6.0.0/console-certificate-alias"_s, u"set"_s,
        u"[console.applications.ui]\ncertificate_alias_enabled = true\n"_s, silent);
    add(u"6.0.0/console-token-binding"_s, u"always"_s, empty, info);
    add(u"6.0.0/system-app-redirect-urls"_s, u"own host"_s, u"[server]\nhostname = \"iam.example.com\"\n"_s,
        warning);
    add(u"6.0.0/system-app-redirect-urls"_s, u"localhost"_s, u"[server]\nhostname = \"localhost\"\n"_s,
        silent);
    add(u"6.0.0/admin-password-reset-validity"_s, u"default"_s, empty, info);
    add(u"6.0.0/admin-password-reset-validity"_s, u"set"_s,
        u"[identity_mgt.password_reset_by_admin]\ncode_validity_period = 30\n"_s, silent);
    add(u"6.0.0/email-otp-endpoints"_s, u"used"_s,
        u"[authentication.authenticator.email_otp]\nenable = true\n"_s, warning);
    add(u"6.0.0/email-otp-endpoints"_s, u"unused"_s, empty, silent);
    add(u"6.0.0/totp-endpoints"_s, u"used"_s, u"[authentication.authenticator.totp]\nenable = true\n"_s,
        warning);
    add(u"6.0.0/totp-endpoints"_s, u"unused"_s, empty, silent);
    add(u"6.0.0/totp-code-by-email"_s, u"used"_s, u"[authentication.authenticator.totp]\nenable = true\n"_s,
        warning);
    add(u"6.0.0/totp-code-by-email"_s, u"reverted"_s,
        u"[authentication.authenticator.totp.parameters]\nAllow_sending_verification_code_by_email = true\n"_s,
        silent);
    add(u"6.0.0/adaptive-script-function"_s, u"always"_s, empty, info);
    add(u"6.0.0/application-role-validation"_s, u"default"_s, empty, info);
    add(u"6.0.0/application-role-validation"_s, u"set"_s,
        u"[application_mgt]\nenable_role_validation = true\n"_s, silent);
    add(u"6.0.0/federated-claims-requested-only"_s, u"default"_s, empty, info);
    add(u"6.0.0/federated-claims-requested-only"_s, u"set"_s,
        u"[authentication]\nallow_sp_requested_fed_claims_only = false\n"_s, silent);
    add(u"6.0.0/locality-claim"_s, u"default"_s, empty, info);
    add(u"6.0.0/locality-claim"_s, u"set"_s, u"[claims]\nuse_legacy_localization_claim = true\n"_s, silent);
    add(u"6.0.0/backchannel-logout-token"_s, u"always"_s, empty, info);
    add(u"6.0.0/openid-scope-claims"_s, u"always"_s, empty, info);
    add(u"6.0.0/consent-subject-claim"_s, u"default"_s, empty, info);
    add(u"6.0.0/consent-subject-claim"_s, u"set"_s, u"[authentication.consent.subject]\nprompt = false\n"_s,
        silent);
    add(u"6.0.0/custom-user-stores"_s, u"listed"_s, u"[user_store_mgt]\nallowed_user_stores = [\"a.B\"]\n"_s,
        info);
    add(u"6.0.0/custom-user-stores"_s, u"not listed"_s, empty, silent);
    add(u"6.0.0/jit-local-roles"_s, u"default"_s, empty, info);
    add(u"6.0.0/jit-local-roles"_s, u"set"_s,
        u"[idp_role_management]\nreturn_only_mapped_local_roles = true\n"_s, silent);
    add(u"6.0.0/system-level-internal-scopes"_s, u"default"_s, empty, info);
    add(u"6.0.0/system-level-internal-scopes"_s, u"set"_s,
        u"[oauth]\nenable_system_level_internal_scope_management = false\n"_s, silent);
    add(u"6.0.0/scope-based-claim-filtering"_s, u"default"_s, empty, info);
    add(u"6.0.0/scope-based-claim-filtering"_s, u"set"_s,
        u"[authentication]\nenable_scope_based_claim_filtering = false\n"_s, silent);
    add(u"6.0.0/jwt-signed-with-app-tenant"_s, u"default"_s, empty, info);
    add(u"6.0.0/jwt-signed-with-app-tenant"_s, u"set"_s,
        u"[oauth.access_token]\ngenerate_with_sp_tenant_domain = false\n"_s, silent);
    add(u"6.0.0/oidc-claim-shapes"_s, u"always"_s, empty, info);
    add(u"6.0.0/claim-input-regex"_s, u"default"_s, empty, info);
    add(u"6.0.0/claim-input-regex"_s, u"set"_s,
        u"[identity_mgt]\nenable_user_claim_input_regex_validation = false\n"_s, silent);
    add(u"6.0.0/federated-claims-oidc-dialect"_s, u"default"_s, empty, info);
    add(u"6.0.0/federated-claims-oidc-dialect"_s, u"set"_s,
        u"[oauth.oidc.claims]\nenable_oidc_dialect = false\n"_s, silent);
    add(u"6.0.0/scim2-intermediate-certs"_s, u"default"_s, empty, info);
    add(u"6.0.0/scim2-intermediate-certs"_s, u"validation used"_s,
        u"[intermediate_cert_validation]\nenable = true\n"_s, warning);
    add(u"6.0.0/scim2-intermediate-certs"_s, u"exempted"_s,
        u"[intermediate_cert_validation]\nexempt_contexts = [\"scim2\"]\n"_s, silent);
    add(u"6.0.0/scim2-duplicate-users"_s, u"default"_s, empty, info);
    add(u"6.0.0/scim2-duplicate-users"_s, u"set"_s,
        u"[scim2]\nremove_duplicate_users_in_users_response = true\n"_s, silent);
    add(u"6.0.0/cross-tenant-introspection"_s, u"default"_s, empty, info);
    add(u"6.0.0/cross-tenant-introspection"_s, u"set"_s, u"[oauth.introspect]\nallow_cross_tenant = true\n"_s,
        silent);
    add(u"6.0.0/rest-api-changes"_s, u"always"_s, empty, info);
    add(u"6.0.0/soap-shutdown-restart"_s, u"default"_s, empty, info);
    add(u"6.0.0/soap-shutdown-restart"_s, u"set"_s, u"[server]\nenable_restart_from_api = true\n"_s, silent);
    add(u"6.0.0/management-applications"_s, u"always"_s, empty, info);
    add(u"6.0.0/legacy-dcr-register"_s, u"default"_s, empty, info);
    add(u"6.0.0/legacy-dcr-register"_s, u"re-enabled"_s,
        u"[[legacy_feature]]\nid = \"identity/register\"\nenable = true\n"_s, silent);
    add(u"6.0.0/uma-introspection-providers"_s, u"true"_s,
        u"[oauth.grant_type.uma_ticket]\nretrieve_uma_permission_info_through_introspection = true\n"_s,
        warning);
    add(u"6.0.0/uma-introspection-providers"_s, u"false"_s,
        u"[oauth.grant_type.uma_ticket]\nretrieve_uma_permission_info_through_introspection = false\n"_s,
        silent);
    add(u"6.0.0/hazelcast-log4j2"_s, u"log4j"_s, u"[hazelcast]\n\"hazelcast.logging.type\" = \"log4j\"\n"_s,
        warning);
    add(u"6.0.0/hazelcast-log4j2"_s, u"log4j2"_s, u"[hazelcast]\n\"hazelcast.logging.type\" = \"log4j2\"\n"_s,
        silent);
    add(u"6.0.0/cors-default-methods"_s, u"default"_s, empty, info);
    add(u"6.0.0/cors-default-methods"_s, u"cors without methods"_s, u"[cors]\nallow_any_origin = true\n"_s,
        warning);
    add(u"6.0.0/cors-default-methods"_s, u"methods listed"_s, u"[cors]\nsupported_methods = [\"GET\"]\n"_s,
        silent);

    // 6.0.0 → 6.1.0
    add(u"6.1.0/http-access-log-location"_s, u"default"_s, empty, info);
    add(u"6.1.0/http-access-log-location"_s, u"set"_s,
        u"[http_access_log]\ndirectory = \"/var/log/wso2\"\n"_s, silent);

    // 6.1.0 → 7.0.0
    add(u"7.0.0/keystore-type-explicit"_s, u"to 7.0"_s, u"[keystore.primary]\nfile_name = \"a.jks\"\n"_s,
        info);
    add(u"7.0.0/keystore-type-explicit"_s, u"beyond 7.0"_s, u"[keystore.primary]\nfile_name = \"a.jks\"\n"_s,
        silent, u"7.1.0"_s);
    add(u"7.0.0/keystore-type-explicit"_s, u"type set"_s,
        u"[keystore.primary]\nfile_name = \"a.jks\"\ntype = \"JKS\"\n"_s, silent);
    add(u"7.0.0/management-console-deprecated"_s, u"default"_s, empty, info);
    add(u"7.0.0/management-console-deprecated"_s, u"set"_s, u"[default_management_ui]\npath = \"carbon\"\n"_s,
        silent);
    add(u"7.0.0/legacy-authz-runtime"_s, u"default"_s, empty, info);
    add(u"7.0.0/legacy-authz-runtime"_s, u"set"_s, u"[legacy_authz_runtime]\nenable = true\n"_s, silent);
    add(u"7.0.0/console-login-roles"_s, u"jdbc"_s, u"[user_store]\ntype = \"database_unique_id\"\n"_s, info);
    add(u"7.0.0/console-login-roles"_s, u"ldap"_s, u"[user_store]\ntype = \"read_only_ldap_unique_id\"\n"_s,
        warning);
    add(u"7.0.0/console-login-roles"_s, u"no store"_s, empty, silent);
    add(u"7.0.0/username-pattern"_s, u"always"_s, empty, info);
    add(u"7.0.0/tls-protocols"_s, u"default"_s, empty, info);
    add(u"7.0.0/tls-protocols"_s, u"set"_s,
        u"[transport.https.sslHostConfig.properties]\nprotocols = \"+TLSv1.2\"\n"_s, silent);

    // 7.0.0 → 7.1.0
    add(u"7.1.0/keystore-jks-type"_s, u"primary"_s, u"[keystore.primary]\nfile_name = \"iam.JKS\"\n"_s,
        blocker);
    add(u"7.1.0/keystore-jks-type"_s, u"tls"_s, u"[keystore.tls]\nfile_name = \"tls.jks\"\n"_s, blocker);
    add(u"7.1.0/keystore-jks-type"_s, u"typed"_s,
        u"[keystore.primary]\nfile_name = \"iam.jks\"\ntype = \"JKS\"\n"_s, silent);
    add(u"7.1.0/keystore-jks-type"_s, u"p12"_s, u"[keystore.primary]\nfile_name = \"iam.p12\"\n"_s, silent);
    add(u"7.1.0/keystore-jks-type"_s, u"no keystore"_s, empty, silent);
    add(u"7.1.0/truststore-jks-type"_s, u"jks"_s, u"[truststore]\nfile_name = \"client-truststore.jks\"\n"_s,
        blocker);
    add(u"7.1.0/truststore-jks-type"_s, u"typed"_s,
        u"[truststore]\nfile_name = \"client-truststore.jks\"\ntype = \"JKS\"\n"_s, silent);
    add(u"7.1.0/keystore-type-unknown"_s, u"reference"_s,
        u"[keystore.internal]\nfile_name = \"$ref{keystore.primary.file_name}\"\n"_s, warning);
    add(u"7.1.0/keystore-type-unknown"_s, u"environment"_s,
        u"[truststore]\nfile_name = \"${env.TRUSTSTORE}\"\n"_s, warning);
    add(u"7.1.0/keystore-type-unknown"_s, u"typed reference"_s,
        u"[keystore.internal]\nfile_name = \"$ref{keystore.primary.file_name}\"\ntype = \"$ref{keystore.primary.type}\"\n"_s,
        silent);
    add(u"7.1.0/keystore-default-file"_s, u"no keystore"_s, u"[server]\nhostname = \"h\"\n"_s, blocker);
    add(u"7.1.0/keystore-default-file"_s, u"named"_s, u"[keystore.primary]\nfile_name = \"a.p12\"\n"_s,
        silent);
    add(u"7.1.0/keystore-name-ignored"_s, u"old key"_s, u"[keystore.primary]\nname = \"a.jks\"\n"_s, blocker);
    add(u"7.1.0/keystore-name-ignored"_s, u"new key"_s, u"[keystore.primary]\nfile_name = \"a.jks\"\n"_s,
        silent);
    add(u"7.1.0/keystore-name-ignored"_s, u"no keystore"_s, empty, silent);
    add(u"7.1.0/truststore-jks-type"_s, u"no truststore"_s, empty, silent);
    add(u"7.1.0/truststore-default-file"_s, u"no truststore"_s, empty, warning);
    add(u"7.1.0/truststore-default-file"_s, u"configured"_s, u"[truststore]\nfile_name = \"t.p12\"\n"_s,
        silent);
    add(u"7.1.0/jmx-enable-key"_s, u"old key"_s, u"[database.identity_db]\njmx_enable = true\n"_s, info);
    add(u"7.1.0/jmx-enable-key"_s, u"new key"_s,
        u"[database.identity_db.pool_options]\njmxEnabled = true\n"_s, silent);
    add(u"7.1.0/jmx-enable-key"_s, u"no key"_s, empty, silent);
    add(u"7.1.0/openssl-transport"_s, u"default"_s, empty, info);
    add(u"7.1.0/openssl-transport"_s, u"set"_s, u"[transport.https.openssl]\nenabled = true\n"_s, silent);
    add(u"7.1.0/console-menus-hidden"_s, u"always"_s, empty, info);

    // 7.1.0 → 7.2.0
    add(u"7.2.0/agent-identity-datasource"_s, u"h2"_s, u"[database.identity_db]\nurl = \"jdbc:h2:./x\"\n"_s,
        info);
    add(u"7.2.0/agent-identity-datasource"_s, u"production db"_s,
        u"[database.identity_db]\nurl = \"jdbc:mysql://db/x\"\n"_s, warning);
    add(u"7.2.0/agent-identity-datasource"_s, u"configured"_s,
        u"[datasource.AgentIdentity]\nurl = \"jdbc:mysql://db/agents\"\n"_s, silent);
    add(u"7.2.0/admin-service-deny-list"_s, u"default"_s, empty, info);
    add(u"7.2.0/admin-service-deny-list"_s, u"own list"_s, u"[admin_service]\ndeny_list = [\"X\"]\n"_s,
        silent);
    add(u"7.2.0/admin-service-deny-list-own"_s, u"own list"_s,
        u"[admin_service]\ndeny_list = [\"WebappAdmin\"]\n"_s, warning);
    add(u"7.2.0/admin-service-deny-list-own"_s, u"complete list"_s,
        u"[admin_service]\ndeny_list = [\"CarbonAppUploader\", \"WebappAdmin\", \"FileDownloadService\", "
        u"\"FileUploadService\", \"LoginStatisticsAdmin\"]\n"_s,
        silent);

    // 7.2.0 → 7.3.0
    add(u"7.3.0/admin-service-ndatasource"_s, u"default"_s, empty, info);
    add(u"7.3.0/admin-service-ndatasource"_s, u"own list"_s, u"[admin_service]\ndeny_list = [\"X\"]\n"_s,
        silent);
    add(u"7.3.0/admin-service-ndatasource-own"_s, u"own list"_s, u"[admin_service]\ndeny_list = [\"X\"]\n"_s,
        warning);
    add(u"7.3.0/admin-service-ndatasource-own"_s, u"listed"_s,
        u"[admin_service]\ndeny_list = [\"NDataSourceAdmin\"]\n"_s, silent);
    add(u"7.3.0/java-21"_s, u"always"_s, empty, info);

    // Every migration
    add(u"any/h2-in-use"_s, u"h2"_s, u"[database.shared_db]\nurl = \"JDBC:H2:./x\"\n"_s, warning);
    add(u"any/h2-in-use"_s, u"oracle"_s, u"[database.shared_db]\nurl = \"jdbc:oracle:thin:@h:1521/s\"\n"_s,
        silent);
    add(u"any/builtin-token-cleanup"_s, u"default"_s, empty, info);
    add(u"any/builtin-token-cleanup"_s, u"off"_s, u"[oauth.token_cleanup]\nenable = false\n"_s, silent);
    add(u"any/builtin-session-cleanup"_s, u"default"_s, empty, info);
    add(u"any/builtin-session-cleanup"_s, u"off"_s,
        u"[session_data.cleanup]\nenable_expired_data_cleanup = false\n"_s, silent);
    add(u"any/secure-vault"_s, u"vault"_s, u"[secrets]\na = \"xyz\"\n"_s, info);
    add(u"any/secure-vault"_s, u"no vault"_s, empty, silent);
    return cases;
}

QString dataPath(const QString& name)
{
    return QDir(qEnvironmentVariable("ISMW_TEST_DATA")).filePath(name);
}

} // namespace

class ReleaseRulesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInRulesLoad()
    {
        auto loaded = ReleaseRules::load(u":/rules"_s);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QVERIFY(loaded->ruleCount() > 0);
        QCOMPARE(ReleaseRules::builtIn().ruleCount(), loaded->ruleCount());
    }

    // Every release the wizard knows from 5.9.0 on is a step's end or start,
    // and the steps chain without a gap.
    void stepsChainFrom590To730()
    {
        const ReleaseRules& rules = ReleaseRules::builtIn();
        QStringList releases;
        for (const QVersionNumber& v : rules.releases())
            releases.append(v.toString());
        QCOMPARE(releases, kReleases);
        for (const IsRelease& known : knownIsReleases()) {
            if (compareReleases(known.version, QVersionNumber(5, 9, 0)) >= 0)
                QVERIFY2(releases.contains(known.versionString()), qPrintable(known.versionString()));
        }
        const QStringList all = rules.stepsBetween(QVersionNumber(5, 9, 0), QVersionNumber(7, 3, 0));
        QCOMPARE(all.size(), kReleases.size() - 1);
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i), kReleases.at(i) + u'\u2192' + kReleases.at(i + 1));
    }

    void stepsBetween_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one step") << u"6.0.0"_s << u"6.1.0"_s << QStringList { u"6.0.0→6.1.0"_s };
        QTest::newRow("A to C") << u"6.1.0"_s << u"7.2.0"_s
                                << QStringList { u"6.1.0→7.0.0"_s, u"7.0.0→7.1.0"_s, u"7.1.0→7.2.0"_s };
        QTest::newRow("trailing zeros") << u"5.10"_s << u"5.11"_s << QStringList { u"5.10.0→5.11.0"_s };
        QTest::newRow("same release") << u"7.0.0"_s << u"7.0.0"_s << QStringList {};
        QTest::newRow("backwards") << u"7.1.0"_s << u"6.0.0"_s << QStringList {};
        QTest::newRow("unknown from") << u"6.2.0"_s << u"7.0.0"_s << QStringList {};
        QTest::newRow("unknown to") << u"7.0.0"_s << u"7.4.0"_s << QStringList {};
        QTest::newRow("too old") << u"5.8.0"_s << u"5.10.0"_s << QStringList {};
    }
    void stepsBetween()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, expected);
        QCOMPARE(ReleaseRules::builtIn().stepsBetween(
                     QVersionNumber::fromString(from), QVersionNumber::fromString(to)),
            expected);
    }

    // A migration from A to C runs the rules of every step in between, and
    // only those.
    void chainRunsEveryStepInBetween_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        for (qsizetype i = 0; i < kReleases.size(); ++i)
            for (qsizetype j = i + 1; j < kReleases.size(); ++j)
                QTest::newRow(qPrintable(kReleases.at(i) + u'-' + kReleases.at(j)))
                    << kReleases.at(i) << kReleases.at(j);
    }
    void chainRunsEveryStepInBetween()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        // An empty file: every rule that holds without a key shows its step.
        auto doc = TomlDocument::parse({}, u"empty.toml"_s, true);
        QVERIFY(doc);
        auto plan = planMigration(
            *doc, QVersionNumber::fromString(from), QVersionNumber::fromString(to), ReleaseRules::builtIn());
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        const qsizetype first = kReleases.indexOf(from);
        const qsizetype last = kReleases.indexOf(to);
        QStringList expectedSteps;
        for (qsizetype i = first; i < last; ++i)
            expectedSteps.append(kReleases.at(i) + u'\u2192' + kReleases.at(i + 1));
        QCOMPARE(plan->steps, expectedSteps);
        QSet<QString> stepsWithFindings;
        for (const ConfigFinding& f : plan->findings) {
            const QString release = f.ruleId.section(u'/', 0, 0);
            if (release == u"any"_s) {
                QCOMPARE(f.step, from + u'\u2192' + to);
                continue;
            }
            QVERIFY2(expectedSteps.contains(f.step), qPrintable(f.ruleId + u' ' + f.step));
            QCOMPARE(f.step.section(u'\u2192', 1), release);
            stepsWithFindings.insert(f.step);
        }
        // Every step has rules that speak about an empty file (defaults
        // worth knowing), so each one in the chain must have reported.
        QCOMPARE(stepsWithFindings.size(), expectedSteps.size());
    }

    void rule_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("toml");
        QTest::addColumn<QString>("severity");
        for (const RuleCase& c : ruleCases())
            QTest::newRow(qPrintable(c.name)) << c.from << c.to << c.ruleId << c.toml << c.severity;
    }
    void rule()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, ruleId);
        QFETCH(QString, toml);
        QFETCH(QString, severity);
        auto doc = TomlDocument::parse(toml.toUtf8(), u"case.toml"_s, true);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
        auto plan = planMigration(
            *doc, QVersionNumber::fromString(from), QVersionNumber::fromString(to), ReleaseRules::builtIn());
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QList<ConfigFinding> found;
        for (const ConfigFinding& f : plan->findings)
            if (f.ruleId == ruleId)
                found.append(f);
        if (severity.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.first().message));
            return;
        }
        QVERIFY2(!found.isEmpty(), qPrintable(ruleId + u" did not fire"_s));
        for (const ConfigFinding& f : std::as_const(found)) {
            QCOMPARE(severityName(f.severity), severity);
            QVERIFY(!f.message.isEmpty());
            QVERIFY(!f.remediation.isEmpty());
            QVERIFY2(!f.message.contains(u"{{"_s) && !f.remediation.contains(u"{{"_s), qPrintable(f.message));
            if (!f.editId.isEmpty())
                QVERIFY(std::ranges::any_of(plan->edits,
                    [&](const ProposedEdit& e) { return e.id == f.editId && e.ruleId == ruleId; }));
        }
    }

    // The case table above covers every rule, and what it says about a rule
    // agrees with the rule file.
    void everyRuleHasCases()
    {
        const QList<RuleCase> cases = ruleCases();
        const QList<ReleaseRules::RuleSummary> rules = ReleaseRules::builtIn().ruleSummaries();
        QSet<QString> ids;
        for (const ReleaseRules::RuleSummary& rule : rules) {
            QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
            ids.insert(rule.id);
            bool fires = false;
            bool silent = false;
            for (const RuleCase& c : cases) {
                if (c.ruleId != rule.id)
                    continue;
                if (c.severity.isEmpty()) {
                    silent = true;
                    continue;
                }
                fires = true;
                QVERIFY2(c.severity == severityName(rule.severity)
                        || c.severity == severityName(rule.escalatedSeverity),
                    qPrintable(c.name));
            }
            QVERIFY2(fires, qPrintable(rule.id + u": no case where it fires"_s));
            // A rule holds for every file exactly when it has no condition.
            QVERIFY2(silent == rule.conditional, qPrintable(rule.id + u": silent case vs. condition"_s));
            QVERIFY(!rule.message.isEmpty());
            if (rule.step.isEmpty()) {
                QVERIFY(rule.id.startsWith(u"any/"_s));
            } else {
                QCOMPARE(rule.id.section(u'/', 0, 0), rule.step.section(u'\u2192', 1));
            }
        }
        for (const RuleCase& c : cases)
            QVERIFY2(ids.contains(c.ruleId), qPrintable(c.ruleId + u" is not a rule"_s));
    }

    // Messages show values, but never a secret.
    void findingsMaskSecrets_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("from");
        QTest::newRow("5.9.0 ldap mysql") << u"custom-5.9.0-ldap-mysql.toml"_s << u"5.9.0"_s;
        QTest::newRow("5.10.0 ad postgresql") << u"custom-5.10.0-ad-postgresql.toml"_s << u"5.10.0"_s;
        QTest::newRow("5.11.0 ldap mssql") << u"custom-5.11.0-ldap-mssql.toml"_s << u"5.11.0"_s;
        QTest::newRow("6.0.0 jdbc oracle") << u"custom-6.0.0-jdbc-oracle.toml"_s << u"6.0.0"_s;
        QTest::newRow("7.0.0 jdbc mysql") << u"custom-7.0.0-jdbc-mysql.toml"_s << u"7.0.0"_s;
        QTest::newRow("7.1.0 h2") << u"custom-7.1.0-h2-dev.toml"_s << u"7.1.0"_s;
    }
    void findingsMaskSecrets()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, from);
        auto doc = TomlDocument::load(dataPath(fixture));
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
        auto defaults = TomlDocument::load(dataPath(u"default-7.3.0.toml"_s));
        QVERIFY(defaults);
        auto plan = planMigration(*doc, QVersionNumber::fromString(from), QVersionNumber(7, 3, 0),
            ReleaseRules::builtIn(), &*defaults);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QVERIFY(!plan->findings.isEmpty());

        const auto textsOf = [](const MigrationPlan& p) {
            QStringList texts;
            for (const ConfigFinding& f : p.findings)
                texts << f.message << f.remediation;
            for (const ProposedEdit& e : p.edits)
                texts << e.description;
            return texts;
        };
        // Default passwords such as "admin" or "wso2carbon" are also words
        // of the rule texts; what an empty file's findings say is not a leak.
        auto empty = TomlDocument::parse({}, u"empty.toml"_s, true);
        QVERIFY(empty);
        auto generic = planMigration(
            *empty, QVersionNumber(5, 9, 0), QVersionNumber(7, 3, 0), ReleaseRules::builtIn(), &*defaults);
        QVERIFY(generic);
        const QString genericText = textsOf(*generic).join(u'\n');

        QStringList secrets;
        for (const TomlDocument* source : { &*doc, &*defaults })
            for (const TomlEntry& entry : source->entries())
                if (isSecretValue(entry.path, entry.rawValue) && entry.rawValue.size() >= 4
                    && !genericText.contains(entry.rawValue))
                    secrets.append(entry.rawValue);
        QVERIFY(!secrets.isEmpty());
        secrets.append(u"Url-Embedded-Secret"_s); // inside a JDBC URL of the 7.0.0 fixture
        const QStringList texts = textsOf(*plan);
        for (const QString& text : std::as_const(texts))
            for (const QString& secret : std::as_const(secrets))
                QVERIFY2(!text.contains(secret), qPrintable(u"secret shown in: "_s + text));
    }

    // Every placeholder a rule uses has something to show: a rule that
    // speaks of a key's value only holds where the key is.
    void messagesHaveTheirValues_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("from");
        QTest::newRow("empty file") << QString() << u"5.9.0"_s;
        QTest::newRow("5.9.0 ldap mysql") << u"custom-5.9.0-ldap-mysql.toml"_s << u"5.9.0"_s;
        QTest::newRow("5.10.0 ad postgresql") << u"custom-5.10.0-ad-postgresql.toml"_s << u"5.10.0"_s;
        QTest::newRow("5.11.0 ldap mssql") << u"custom-5.11.0-ldap-mssql.toml"_s << u"5.11.0"_s;
        QTest::newRow("6.0.0 jdbc oracle") << u"custom-6.0.0-jdbc-oracle.toml"_s << u"6.0.0"_s;
        QTest::newRow("7.0.0 jdbc mysql") << u"custom-7.0.0-jdbc-mysql.toml"_s << u"7.0.0"_s;
        QTest::newRow("7.1.0 h2") << u"custom-7.1.0-h2-dev.toml"_s << u"7.1.0"_s;
    }
    void messagesHaveTheirValues()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, from);
        auto doc = fixture.isEmpty() ? TomlDocument::parse({}, u"empty.toml"_s, true)
                                     : TomlDocument::load(dataPath(fixture));
        QVERIFY(doc);
        auto plan = planMigration(
            *doc, QVersionNumber::fromString(from), QVersionNumber(7, 3, 0), ReleaseRules::builtIn());
        QVERIFY(plan);
        for (const ConfigFinding& f : plan->findings) {
            for (const QString& text : { f.message, f.remediation }) {
                QVERIFY2(!text.contains(u"(not set)"_s), qPrintable(f.ruleId + u": "_s + text));
                QVERIFY2(!text.contains(u"{{"_s), qPrintable(f.ruleId + u": "_s + text));
            }
        }
    }

    void malformedRuleFileNamesFileLineAndRule()
    {
        auto loaded = ReleaseRules::load(dataPath(u"rules-malformed"_s));
        QVERIFY(!loaded);
        const ConfigError& error = loaded.error();
        QVERIFY2(error.file.endsWith(u"5.9.0-to-5.10.0.toml"_s), qPrintable(error.file));
        QCOMPARE(error.line, 22);
        QVERIFY2(error.message.contains(u"5.10.0/typo-rule"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"sibling_absnet"_s), qPrintable(error.message));
        QVERIFY(error.toString().contains(u":22: "_s));
    }

    void badRuleFiles_data()
    {
        QTest::addColumn<QStringList>("files"); // name, text, name, text, …
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        const QString head = u"format = 1\n[step]\nfrom = \"5.9.0\"\nto = \"5.10.0\"\n"_s;
        const QString rule = u"[[rule]]\nid = \"5.10.0/r\"\nseverity = \"info\"\npath = \"a.b\"\n"
                             u"message = \"m\"\nremediation = \"r\"\n"_s;
        QTest::newRow("syntax") << QStringList { u"a.toml"_s, head + u"[[rule]\n"_s } << 5 << u"TOML"_s;
        QTest::newRow("no format") << QStringList { u"a.toml"_s,
            u"[step]\nfrom = \"5.9.0\"\nto = \"5.10.0\"\n"_s }
                                   << -1 << u"format"_s;
        QTest::newRow("severity") << QStringList { u"a.toml"_s,
            head + QString(rule).replace(u"\"info\""_s, u"\"fatal\""_s) }
                                  << 7 << u"fatal"_s;
        QTest::newRow("id prefix") << QStringList { u"a.toml"_s,
            head + QString(rule).replace(u"5.10.0/r"_s, u"5.11.0/r"_s) }
                                   << 6 << u"5.10.0/"_s;
        QTest::newRow("regex") << QStringList { u"a.toml"_s,
            head + rule + u"[rule.when]\nvalue_matches = '(['\n"_s }
                               << 12 << u"regular expression"_s;
        QTest::newRow("placeholder") << QStringList { u"a.toml"_s,
            head + QString(rule).replace(u"\"m\""_s, u"\"{{nope}}\""_s) }
                                     << 9 << u"{{nope}}"_s;
        QTest::newRow("edit action") << QStringList { u"a.toml"_s,
            head + rule + u"[rule.edit]\naction = \"rewrite\"\n"_s }
                                     << 12 << u"rewrite"_s;
        QTest::newRow("escalation lowers") << QStringList { u"a.toml"_s,
            head + rule + u"[rule.escalate]\nseverity = \"info\"\npresent = [\"x\"]\n"_s }
                                           << 12 << u"raise"_s;
        QTest::newRow("duplicate id") << QStringList { u"a.toml"_s, head + rule, u"b.toml"_s,
            u"format = 1\n[step]\nfrom = \"5.10.0\"\nto = \"5.11.0\"\n"_s
                + QString(rule).replace(u"5.10.0/r"_s, u"5.11.0/r"_s)
                + QString(rule).replace(u"5.10.0/r"_s, u"5.11.0/r"_s) }
                                      << 12 << u"already used"_s;
        QTest::newRow("gap") << QStringList { u"a.toml"_s, head, u"b.toml"_s,
            u"format = 1\n[step]\nfrom = \"5.11.0\"\nto = \"6.0.0\"\n"_s }
                             << 0 << u"does not continue"_s;
    }
    void badRuleFiles()
    {
        QFETCH(QStringList, files);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (qsizetype i = 0; i + 1 < files.size(); i += 2) {
            QFile file(dir.filePath(files.at(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(files.at(i + 1).toUtf8());
        }
        auto loaded = ReleaseRules::load(dir.path());
        QVERIFY(!loaded);
        if (line >= 0)
            QCOMPARE(loaded.error().line, line);
        QVERIFY2(loaded.error().message.contains(fragment) || loaded.error().detail.contains(fragment),
            qPrintable(loaded.error().message));
        QVERIFY(loaded.error().file.startsWith(dir.path()));
    }

    void emptyFolderIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto loaded = ReleaseRules::load(dir.path());
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().file, dir.path());
    }
};

QTEST_GUILESS_MAIN(ReleaseRulesTest)
#include "releaserules_test.moc"
