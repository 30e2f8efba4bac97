// The operations the end-to-end tests send, written as a client would write them.
export const ME = `query { me { id email displayName roles active agency { id name sector } } }`;
export const AGENCIES = `query { agencies { id name sector } }`;
export const USERS = `query { users { id email active roles agency { id } } }`;
export const CREATE_AGENCY = `mutation CreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id name sector } }`;
export const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) { id email displayName roles active agency { id name } }
}`;
export const DEACTIVATE_USER = `mutation Deactivate($id: ID!) { deactivateUser(id: $id) { id active deactivatedAt } }`;
export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt user { id email roles } }
}`;
