export { startCognito, LOCAL_CLIENT_ID, LOCAL_POOL_ID, type LocalCognito, type StartCognitoOptions } from './server';
export { latestCode, readMailbox, mailboxPath, type Mail, type MailKind } from './mailbox';
