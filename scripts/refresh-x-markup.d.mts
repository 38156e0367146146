export declare const SHARED_X_MARKUP: string;
export declare const X_MARKUP_COPY: string;
export declare function sharedFiles(dir?: string): string[];
export declare function differences(shared?: string, copy?: string): string[];
export declare function refresh(opts?: { shared?: string; copy?: string; today?: string }): { files: number; changed: string[] };
