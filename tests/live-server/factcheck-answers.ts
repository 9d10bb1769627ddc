/** Google Fact Check Tools claims:search answers and errors, in the API's shape; reviews invented for the tests. */

export const VALID_KEY = 'test-key-valid';

export function claimsAnswer(query: string, hostile: boolean): unknown {
  const q = query.toLowerCase();
  if (hostile && q.includes('decision')) {
    return {
      claims: [
        {
          text: '<b>US</b> decided to leave Iraq\u0007',
          claimant: 'Posts\u001b[31m online',
          claimDate: '2020-01-06T00:00:00Z',
          claimReview: [
            { publisher: { name: 'Script Checker', site: 'scriptchecker.org' }, url: 'javascript:alert(1)', title: 'x', reviewDate: '2020-01-08T00:00:00Z', textualRating: 'False', languageCode: 'en' },
            { publisher: { name: '<script>alert(1)</script>Checkpoint Desk', site: 'checkpointdesk.org' }, url: 'https://checkpointdesk.org/2020/01/iraq-letter', title: 'A'.repeat(20000), reviewDate: 'not a date', textualRating: 'Misleading\u001b]0;pwned\u0007', languageCode: 'en' },
          ],
        },
      ],
    };
  }
  if (q.includes('no decision whatsoever to leave iraq')) {
    return {
      claims: [
        {
          text: 'The United States has decided to pull its troops out of Iraq',
          claimant: 'Social media posts',
          claimDate: '2020-01-06T00:00:00Z',
          claimReview: [
            { publisher: { name: 'Checkpoint Desk', site: 'checkpointdesk.org' }, url: 'https://checkpointdesk.org/2020/01/iraq-withdrawal-letter', title: 'No, the US has not decided to leave Iraq', reviewDate: '2020-01-08T00:00:00Z', textualRating: 'False', languageCode: 'en' },
          ],
        },
      ],
      nextPageToken: 'CAE',
    };
  }
  // The API answers an empty object when nothing matches.
  return {};
}

/** Google's error bodies for a bad key (400) and a key not allowed to use the API (403). */
export function keyError(key: string): { status: number; body: unknown } | null {
  if (key === VALID_KEY) return null;
  if (key === 'blocked-key')
    return {
      status: 403,
      body: { error: { code: 403, message: 'Requests to this API factchecktools.googleapis.com method google.factchecktools.v1alpha1.FactCheckToolsService.SearchClaims are blocked.', status: 'PERMISSION_DENIED', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_SERVICE_BLOCKED', domain: 'googleapis.com' }] } },
    };
  return {
    status: 400,
    body: { error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com', metadata: { service: 'factchecktools.googleapis.com' } }] } },
  };
}
