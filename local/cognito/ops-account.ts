import { z } from 'zod';
import { errors } from './errors';
import { attributeListField, attributesFrom, clientIdField, codeField, passwordField, publicOp, usernameField, type Operation } from './operation';
import type { CognitoService } from './service';

const signUpSchema = z.object({ ClientId: clientIdField, Username: usernameField, Password: passwordField, UserAttributes: attributeListField });
const confirmSignUpSchema = z.object({ ClientId: clientIdField, Username: usernameField, ConfirmationCode: codeField });
const usernameSchema = z.object({ ClientId: clientIdField, Username: usernameField });
const confirmForgotSchema = z.object({ ClientId: clientIdField, Username: usernameField, ConfirmationCode: codeField, Password: passwordField });

const emailSchema = z.string().email();

/**
 * Self-service account flows: sign-up with an emailed code, and forgotten passwords. The pool behaves as one with
 * PreventUserExistenceErrors ENABLED: asking about an address that has no account gets the same kind of answer
 * as asking about one that has.
 */
export function accountOperations(svc: CognitoService): Record<string, Operation> {
  return {
    SignUp: publicOp(signUpSchema, ({ ClientId, Username, Password, UserAttributes }) => {
      const { pool } = svc.client(ClientId);
      const attributes = attributesFrom(UserAttributes);
      const email = svc.usesEmailAsUsername(pool) ? Username : attributes.email;
      if (!email || !emailSchema.safeParse(email).success) {
        throw errors.invalidParameter(svc.usesEmailAsUsername(pool) ? 'Username should be an email.' : 'Invalid email address format.');
      }
      // Cognito reveals an existing account at sign-up, whatever the pool's existence-error setting.
      if (svc.findUser(pool, email) || svc.findUser(pool, Username)) throw errors.usernameExists();
      svc.assertPasswordPolicy(pool, Password);
      const user = svc.newUser(pool, email, { ...attributes, email_verified: 'false' });
      svc.setPassword(pool, user, Password);
      user.confirmationCode = svc.sendCode(user, 'confirm-sign-up');
      pool.users[user.username] = user;
      svc.save();
      return { UserConfirmed: false, UserSub: user.attributes.sub, CodeDeliveryDetails: svc.codeDeliveryDetails(email) };
    }),

    ConfirmSignUp: publicOp(confirmSignUpSchema, ({ ClientId, Username, ConfirmationCode }) => {
      const { pool } = svc.client(ClientId);
      const user = svc.findUser(pool, Username);
      if (!user) throw errors.codeMismatch();
      if (user.status !== 'UNCONFIRMED') throw errors.notAuthorized(`User cannot be confirmed. Current status is ${user.status}`);
      svc.checkCode(user.confirmationCode, ConfirmationCode);
      user.status = 'CONFIRMED';
      user.attributes.email_verified = 'true';
      delete user.confirmationCode;
      user.updatedAt = svc.now();
      svc.save();
      return {};
    }),

    ResendConfirmationCode: publicOp(usernameSchema, ({ ClientId, Username }) => {
      const { pool } = svc.client(ClientId);
      const user = svc.findUser(pool, Username);
      if (!user) return { CodeDeliveryDetails: svc.codeDeliveryDetails(Username) };
      if (user.status !== 'UNCONFIRMED') throw errors.invalidParameter('User is already confirmed.');
      user.confirmationCode = svc.sendCode(user, 'confirm-sign-up');
      svc.save();
      return { CodeDeliveryDetails: svc.codeDeliveryDetails(user.attributes.email) };
    }),

    ForgotPassword: publicOp(usernameSchema, ({ ClientId, Username }) => {
      const { pool } = svc.client(ClientId);
      const user = svc.findUser(pool, Username);
      if (!user) return { CodeDeliveryDetails: svc.codeDeliveryDetails(Username) };
      if (!user.enabled) throw errors.userDisabled();
      if (user.status === 'FORCE_CHANGE_PASSWORD') throw errors.notAuthorized('User password cannot be reset in the current state.');
      if (user.attributes.email_verified !== 'true') {
        throw errors.invalidParameter('Cannot reset password for the user as there is no registered/verified email or phone_number');
      }
      // The old password keeps working until the reset is confirmed, as in Cognito.
      user.resetCode = svc.sendCode(user, 'reset-password');
      svc.save();
      return { CodeDeliveryDetails: svc.codeDeliveryDetails(user.attributes.email) };
    }),

    ConfirmForgotPassword: publicOp(confirmForgotSchema, ({ ClientId, Username, ConfirmationCode, Password }) => {
      const { pool } = svc.client(ClientId);
      svc.assertPasswordPolicy(pool, Password);
      const user = svc.findUser(pool, Username);
      if (!user) throw errors.codeMismatch();
      svc.checkCode(user.resetCode, ConfirmationCode);
      svc.setPassword(pool, user, Password);
      delete user.resetCode;
      if (user.status === 'RESET_REQUIRED') user.status = 'CONFIRMED';
      svc.save();
      return {};
    }),
  };
}
