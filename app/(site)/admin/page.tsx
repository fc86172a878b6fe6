// /admin: upload, re-parse, fix a region, hide or restore a version. Without ADMIN_TOKEN or
// ADMIN_PASSWORD_HASH the site is read-only and this page says so; without a session it shows the login.
import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { getServerDb } from '@/db/server';
import { getAdminOverview } from '@/db/queries/admin';
import { adminConfig } from '@/lib/security/config';
import { csrfToken, loginFormToken, verifySession } from '@/lib/security/session';
import { cookieName } from './_server/cookies';
import { loadResult } from './_server/results';
import { AdminActions } from './admin-actions';
import { LoginForm } from './login-form';
import { NOTICES } from './notices';
import { ResultView } from './result-view';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: '管理', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPage({ searchParams }: Props) {
  const params = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const config = adminConfig();
  if (!config.enabled)
    return (
      <>
        <h1>管理</h1>
        <p className="notice" role="note" data-testid="writes-disabled">
          写入功能未启用：{config.reason}
          上传、重新解析、更正地区和隐藏报告都需要先在服务器环境中设置 ADMIN_TOKEN（至少 16 个字符）或
          ADMIN_PASSWORD_HASH（见 docs/security.md），然后重启网站。
        </p>
      </>
    );
  const https = (await headers()).get('x-forwarded-proto')?.split(',')[0].trim() === 'https';
  const session = verifySession(config.secret, (await cookies()).get(cookieName(https))?.value);
  const notice = NOTICES[one(params.notice) ?? ''];
  const noticeView = notice && (
    <p className={notice.kind === 'error' ? 'notice notice-error' : 'notice'} role="status">
      {notice.text}
    </p>
  );
  if (!session)
    return (
      <>
        <h1>管理</h1>
        {noticeView}
        <LoginForm mode={config.mode} formToken={loginFormToken(config.secret)} />
      </>
    );
  const result = loadResult(one(params.result), session.id);
  const overview = await getAdminOverview(await getServerDb());
  return (
    <>
      <h1>管理</h1>
      {noticeView}
      {result && <ResultView result={result} />}
      <AdminActions overview={overview} csrf={csrfToken(config.secret, session)} />
    </>
  );
}
