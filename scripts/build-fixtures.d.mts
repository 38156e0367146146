export declare const FAKE_X_DIST: string;
export declare const FAKE_X_SCRIPT: string;
export declare const READER_SCRIPT: string;
export declare const FAKE_X_HTML: string;
export declare function buildFixtures(opts?: { composer?: boolean }): Promise<{ fakeX: string; reader: string; html: string }>;
