/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Date (isoformat) */
  Date: { input: string; output: string; }
  /** Date with time (isoformat) */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](https://ecma-international.org/wp-content/uploads/ECMA-404_2nd_edition_december_2017.pdf). */
  JSON: { input: unknown; output: unknown; }
};

export type ArticleFilter = {
  AND?: InputMaybe<ArticleFilter>;
  DISTINCT?: InputMaybe<Scalars['Boolean']['input']>;
  NOT?: InputMaybe<ArticleFilter>;
  OR?: InputMaybe<ArticleFilter>;
  /** Chỉ nội dung thuộc chiến dịch có ID này (các trang con của trang chiến dịch). */
  campaign?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang con trực tiếp của trang có ID này. */
  childOf?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang nằm dưới trang có ID này. */
  descendantOf?: InputMaybe<Scalars['ID']['input']>;
  /** Xuất bản lần đầu từ thời điểm này trở đi. */
  publishedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Xuất bản lần đầu trước thời điểm này. */
  publishedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Ngày đăng từ ngày (gồm). */
  publishedOnFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Ngày đăng đến ngày (gồm). */
  publishedOnTo?: InputMaybe<Scalars['Date']['input']>;
  /** Chỉ tin bài có từ khóa (slug) này. */
  tag?: InputMaybe<Scalars['String']['input']>;
  /** Chỉ nội dung gắn chủ đề có slug này. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** Tin bài. */
export type ArticlePage = Page & {
  __typename?: 'ArticlePage';
  /** Các trang cấp trên, từ trang chủ xuống (breadcrumb). */
  ancestors: Array<Page>;
  author: Scalars['String']['output'];
  /** Thân bài: các khối nội dung. */
  body: Array<BodyBlock>;
  /** Các trang con hiển thị được, theo thứ tự trong cây trang. */
  children: PageConnection;
  /** Ảnh bìa. */
  coverImage?: Maybe<Image>;
  firstPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ID của trang trong đơn vị. */
  id: Scalars['ID']['output'];
  /** true khi đây là bản nháp mở bằng mã xem trước. */
  isPreview: Scalars['Boolean']['output'];
  lastPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Tên kiểu GraphQL của trang, ví dụ ArticlePage. */
  pageType: Scalars['String']['output'];
  /** Trang cha (null ở trang chủ hoặc ngoài phạm vi). */
  parent?: Maybe<Page>;
  /** Ngày đăng (mặc định: ngày xuất bản đầu tiên). */
  publishedOn?: Maybe<Scalars['Date']['output']>;
  readingMinutes: Scalars['Int']['output'];
  /** Mô tả cho máy tìm kiếm. */
  searchDescription: Scalars['String']['output'];
  /** Tiêu đề SEO (trống: dùng title). */
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  source: Scalars['String']['output'];
  sourceUrl: Scalars['String']['output'];
  /** Sa-pô. */
  standfirst: Scalars['String']['output'];
  /** Từ khóa. */
  tags: Array<Tag>;
  title: Scalars['String']['output'];
  /** Chủ đề (mối quan tâm của người lao động). */
  topics: Array<Topic>;
  /** Đường dẫn của trang, tính từ trang chủ (hoặc từ trang gốc của trang con khi gọi với organization), ví dụ /tin-tuc/bai-viet-a/. */
  urlPath: Scalars['String']['output'];
};


/** Tin bài. */
export type ArticlePageChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Một trang của danh sách, kèm tổng số. */
export type ArticlePageConnection = {
  __typename?: 'ArticlePageConnection';
  /** Contains the nodes in this connection */
  edges: Array<ArticlePageEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type ArticlePageEdge = {
  __typename?: 'ArticlePageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ArticlePage;
};

/** Hình thức tham dự. */
export type AttendanceMode =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

/** Một khối nội dung của thân bài. */
export type Block = {
  /** Mã khối (ổn định giữa các lần sửa). */
  id?: Maybe<Scalars['String']['output']>;
};

/** Các loại khối của thân bài. */
export type BodyBlock = CallToActionBlock | DocumentLinkBlock | EmbedBlock | FactBoxBlock | HeadingBlock | ImageBlock | ParagraphBlock | QuoteBlock | TableBlock;

export type CallToActionBlock = Block & {
  __typename?: 'CallToActionBlock';
  buttonLabel: Scalars['String']['output'];
  /** Mã khối (ổn định giữa các lần sửa). */
  id?: Maybe<Scalars['String']['output']>;
  page?: Maybe<Page>;
  text: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type CampaignFilter = {
  AND?: InputMaybe<CampaignFilter>;
  DISTINCT?: InputMaybe<Scalars['Boolean']['input']>;
  NOT?: InputMaybe<CampaignFilter>;
  OR?: InputMaybe<CampaignFilter>;
  /** Chỉ chiến dịch đang diễn ra vào ngày này. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Chỉ nội dung thuộc chiến dịch có ID này (các trang con của trang chiến dịch). */
  campaign?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang con trực tiếp của trang có ID này. */
  childOf?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang nằm dưới trang có ID này. */
  descendantOf?: InputMaybe<Scalars['ID']['input']>;
  /** Loại chiến dịch. */
  kind?: InputMaybe<CampaignKind>;
  /** Xuất bản lần đầu từ thời điểm này trở đi. */
  publishedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Xuất bản lần đầu trước thời điểm này. */
  publishedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Chỉ nội dung gắn chủ đề có slug này. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** Loại chiến dịch. */
export type CampaignKind =
  | 'NGAY_20_11'
  | 'NGAY_28_7'
  | 'OTHER'
  | 'TET_SUM_VAY'
  | 'THANG_AN_TOAN'
  | 'THANG_CONG_NHAN';

/** Chiến dịch. */
export type CampaignPage = Page & {
  __typename?: 'CampaignPage';
  /** Các trang cấp trên, từ trang chủ xuống (breadcrumb). */
  ancestors: Array<Page>;
  /** Thân bài: các khối nội dung. */
  body: Array<BodyBlock>;
  /** Các trang con hiển thị được, theo thứ tự trong cây trang. */
  children: PageConnection;
  /** Ảnh bìa. */
  coverImage?: Maybe<Image>;
  endDate: Scalars['Date']['output'];
  firstPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  hashtag: Scalars['String']['output'];
  /** ID của trang trong đơn vị. */
  id: Scalars['ID']['output'];
  /** true khi đây là bản nháp mở bằng mã xem trước. */
  isPreview: Scalars['Boolean']['output'];
  /** Thông điệp chính. */
  keyMessages: Array<Scalars['String']['output']>;
  kind: CampaignKind;
  /** Tên hiển thị (tiếng Việt) của giá trị. */
  kindLabel: Scalars['String']['output'];
  lastPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Tên kiểu GraphQL của trang, ví dụ ArticlePage. */
  pageType: Scalars['String']['output'];
  /** Trang cha (null ở trang chủ hoặc ngoài phạm vi). */
  parent?: Maybe<Page>;
  /** Mô tả cho máy tìm kiếm. */
  searchDescription: Scalars['String']['output'];
  /** Tiêu đề SEO (trống: dùng title). */
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  standfirst: Scalars['String']['output'];
  startDate: Scalars['Date']['output'];
  theme: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Chủ đề (mối quan tâm của người lao động). */
  topics: Array<Topic>;
  /** Đường dẫn của trang, tính từ trang chủ (hoặc từ trang gốc của trang con khi gọi với organization), ví dụ /tin-tuc/bai-viet-a/. */
  urlPath: Scalars['String']['output'];
};


/** Chiến dịch. */
export type CampaignPageChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Một trang của danh sách, kèm tổng số. */
export type CampaignPageConnection = {
  __typename?: 'CampaignPageConnection';
  /** Contains the nodes in this connection */
  edges: Array<CampaignPageEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type CampaignPageEdge = {
  __typename?: 'CampaignPageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: CampaignPage;
};

/** Kênh tiếp nhận. */
export type CaseChannel =
  | 'API'
  | 'HOTLINE'
  | 'STAFF'
  | 'WEB_FORM';

/** Một sự đồng ý của người lao động và tình trạng của nó. */
export type CaseConsent = {
  __typename?: 'CaseConsent';
  active: Scalars['Boolean']['output'];
  givenAt: Scalars['DateTime']['output'];
  noticeVersion: Scalars['String']['output'];
  purpose: ConsentPurpose;
  purposeLabel: Scalars['String']['output'];
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Một lần vụ việc được chuyển lên cấp trên. */
export type CaseEscalation = {
  __typename?: 'CaseEscalation';
  at: Scalars['DateTime']['output'];
  /** Lần chuyển cấp thứ mấy (1, 2, …). */
  level: Scalars['Int']['output'];
  /** Lý do (tiếng Việt). */
  reason: Scalars['String']['output'];
  toOrganization: VoiceOrganization;
};

export type CaseFilter = {
  AND?: InputMaybe<CaseFilter>;
  DISTINCT?: InputMaybe<Scalars['Boolean']['input']>;
  NOT?: InputMaybe<CaseFilter>;
  OR?: InputMaybe<CaseFilter>;
  /** Theo mã vụ việc (không phân biệt hoa thường). */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Theo loại vụ việc. */
  kind?: InputMaybe<CaseKind>;
  /** true: chỉ vụ việc đang mở (mới, đang xử lý). */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: chỉ vụ việc đang mở đã quá hạn phản hồi. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Theo trạng thái. */
  status?: InputMaybe<CaseStatus>;
  /** Theo lĩnh vực đã xác nhận. */
  topic?: InputMaybe<CaseTopic>;
  /** Chỉ vụ việc của đơn vị có mã này và cấp dưới. */
  within?: InputMaybe<Scalars['String']['input']>;
};

/** Tình trạng vụ việc mà người gửi xem bằng mã vụ việc và mã bí mật: không có ghi chú nội bộ, không có tên cán bộ. */
export type CaseFollow = {
  __typename?: 'CaseFollow';
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  code: Scalars['String']['output'];
  consents: Array<CaseConsent>;
  escalationLevel: Scalars['Int']['output'];
  escalations: Array<CaseEscalation>;
  /** Hạn phản hồi lần đầu (đang áp dụng). */
  firstResponseDue?: Maybe<Scalars['DateTime']['output']>;
  kind: CaseKind;
  kindLabel: Scalars['String']['output'];
  /** Trả lời và thông báo gửi người lao động, cũ trước. */
  messages: Array<CaseFollowMessage>;
  /** Đơn vị đang xử lý. */
  organization: VoiceOrganization;
  receivedAt: Scalars['DateTime']['output'];
  status: CaseStatus;
  statusLabel: Scalars['String']['output'];
  topic?: Maybe<CaseTopic>;
  topicLabel?: Maybe<Scalars['String']['output']>;
};

/** Một trả lời hoặc thông báo gửi cho người lao động. */
export type CaseFollowMessage = {
  __typename?: 'CaseFollowMessage';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  kind: CaseMessageKind;
  kindLabel: Scalars['String']['output'];
  /** Đơn vị gửi (không bao giờ là tên cán bộ). */
  organization?: Maybe<VoiceOrganization>;
};

/** Danh tính người gửi (chỉ khi người xử lý được phép xem). */
export type CaseIdentity = {
  __typename?: 'CaseIdentity';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  workplace: Scalars['String']['output'];
};

/** Danh tính: công khai, ẩn với người xử lý (bí danh), hoặc ẩn danh hoàn toàn. */
export type CaseIdentityMode =
  | 'ANONYMOUS'
  | 'IDENTIFIED'
  | 'PSEUDONYMOUS';

/** Loại vụ việc: câu hỏi, kiến nghị, tâm tư, thông tin sai lệch… */
export type CaseKind =
  | 'GRIEVANCE'
  | 'MISINFORMATION'
  | 'OPINION'
  | 'QUESTION'
  | 'SURVEY';

/** Loại tin nhắn trong vụ việc. */
export type CaseMessageKind =
  | 'ANSWER'
  | 'NOTE'
  | 'NOTICE'
  | 'WORKER';

/** Vụ việc đã được tiếp nhận. Người gửi phải lưu mã vụ việc và mã bí mật: mã bí mật chỉ hiển thị một lần và là cách duy nhất để theo dõi vụ việc ẩn danh. */
export type CaseReceipt = {
  __typename?: 'CaseReceipt';
  code: Scalars['String']['output'];
  firstResponseDue?: Maybe<Scalars['DateTime']['output']>;
  organization: VoiceOrganization;
  secret: Scalars['String']['output'];
  status: CaseStatus;
  statusLabel: Scalars['String']['output'];
};

/** Trạng thái xử lý của vụ việc. */
export type CaseStatus =
  | 'ANSWERED'
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'MERGED'
  | 'NEW'
  | 'WITHDRAWN';

/** Lĩnh vực theo bảng phân loại toàn quốc. */
export type CaseTopic =
  | 'CONTRACT'
  | 'DUES_WELFARE'
  | 'HOUSING'
  | 'OTHER'
  | 'SAFETY'
  | 'SOCIAL_INSURANCE'
  | 'WAGES'
  | 'WORKING_TIME';

/** CaseUpdated khi thành công, VoiceErrors khi không (không có gì thay đổi). */
export type CaseUpdateResult = CaseUpdated | VoiceErrors;

/** Kết quả một thao tác của người gửi trên vụ việc của mình. */
export type CaseUpdated = {
  __typename?: 'CaseUpdated';
  case: CaseFollow;
};

/** Thư mục ảnh/tài liệu. */
export type Collection = {
  __typename?: 'Collection';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Một sự đồng ý: mục đích và phiên bản thông báo đã hiển thị. */
export type ConsentInput = {
  /** Phiên bản thông báo (consentNotices.version) người lao động đã đọc. */
  noticeVersion: Scalars['String']['input'];
  purpose: ConsentPurpose;
};

/** Thông báo xử lý dữ liệu cá nhân đang dùng cho một mục đích: cổng thông tin phải hiển thị đúng văn bản này trước ô đồng ý (không đánh dấu sẵn) và gửi lại version khi nộp. */
export type ConsentNoticeType = {
  __typename?: 'ConsentNoticeType';
  publishedAt: Scalars['DateTime']['output'];
  purpose: ConsentPurpose;
  purposeLabel: Scalars['String']['output'];
  /** SHA-256 (hexa) của văn bản, lưu kèm sự đồng ý. */
  sha256: Scalars['String']['output'];
  text: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/** Mục đích xử lý dữ liệu cá nhân được đồng ý. */
export type ConsentPurpose =
  | 'CONTACT'
  | 'HANDLE'
  | 'PUBLISH_QA'
  | 'REVEAL_IDENTITY';

export type ContentFilterBase = {
  AND?: InputMaybe<ContentFilterBase>;
  DISTINCT?: InputMaybe<Scalars['Boolean']['input']>;
  NOT?: InputMaybe<ContentFilterBase>;
  OR?: InputMaybe<ContentFilterBase>;
  /** Chỉ nội dung thuộc chiến dịch có ID này (các trang con của trang chiến dịch). */
  campaign?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang con trực tiếp của trang có ID này. */
  childOf?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang nằm dưới trang có ID này. */
  descendantOf?: InputMaybe<Scalars['ID']['input']>;
  /** Xuất bản lần đầu từ thời điểm này trở đi. */
  publishedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Xuất bản lần đầu trước thời điểm này. */
  publishedBefore?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Nơi đăng nội dung của một tổ chức. */
export type ContentHome = {
  __typename?: 'ContentHome';
  /** Tên miền của trang đó. */
  hostname?: Maybe<Scalars['String']['output']>;
  /** true: tổ chức có trang riêng; false: trang con lưu trên trang cấp trên. */
  isOwnTenant: Scalars['Boolean']['output'];
  /** ID trang gốc của trang con (trong trang của đơn vị lưu trữ). */
  micrositePageId?: Maybe<Scalars['ID']['output']>;
  /** Đơn vị có trang riêng chứa nội dung. */
  tenantName: Scalars['String']['output'];
};

/** Thứ tự của danh sách theo loại. */
export type ContentOrder =
  | 'NEWEST'
  | 'OLDEST'
  | 'TITLE'
  | 'UPDATED';

/** Tệp tài liệu đính kèm. */
export type Document = {
  __typename?: 'Document';
  /** Thư mục chứa tệp (null ở thư mục gốc). */
  collection?: Maybe<Collection>;
  createdAt: Scalars['DateTime']['output'];
  /** Phần mở rộng của tệp, ví dụ pdf. */
  fileExtension: Scalars['String']['output'];
  /** Kích thước tệp (byte). */
  fileSize?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  /** Địa chỉ tải tệp (tuyệt đối). */
  url?: Maybe<Scalars['String']['output']>;
};

export type DocumentFilter = {
  AND?: InputMaybe<DocumentFilter>;
  DISTINCT?: InputMaybe<Scalars['Boolean']['input']>;
  NOT?: InputMaybe<DocumentFilter>;
  OR?: InputMaybe<DocumentFilter>;
  /** Chỉ nội dung thuộc chiến dịch có ID này (các trang con của trang chiến dịch). */
  campaign?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang con trực tiếp của trang có ID này. */
  childOf?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang nằm dưới trang có ID này. */
  descendantOf?: InputMaybe<Scalars['ID']['input']>;
  /** Loại văn bản. */
  documentType?: InputMaybe<DocumentKind>;
  /** Cơ quan ban hành (chứa chuỗi này). */
  issuingBody?: InputMaybe<Scalars['String']['input']>;
  /** Số hiệu, không phân biệt hoa thường và khoảng trắng: “18 / kh-cđn”. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Xuất bản lần đầu từ thời điểm này trở đi. */
  publishedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Xuất bản lần đầu trước thời điểm này. */
  publishedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Ngày ký từ ngày (gồm). */
  signedOnFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Ngày ký đến ngày (gồm). */
  signedOnTo?: InputMaybe<Scalars['Date']['input']>;
  /** Tình trạng hiệu lực. */
  status?: InputMaybe<DocumentStatus>;
  /** Chỉ nội dung gắn chủ đề có slug này. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** Loại văn bản. */
export type DocumentKind =
  | 'DECISION'
  | 'DIRECTIVE'
  | 'GUIDANCE'
  | 'NOTICE'
  | 'OFFICIAL_LETTER'
  | 'OTHER'
  | 'PLAN'
  | 'PROGRAMME'
  | 'REPORT'
  | 'RESOLUTION';

export type DocumentLinkBlock = Block & {
  __typename?: 'DocumentLinkBlock';
  document?: Maybe<Document>;
  /** Mã khối (ổn định giữa các lần sửa). */
  id?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  officialDocument?: Maybe<DocumentPage>;
};

/** Văn bản có số hiệu. */
export type DocumentPage = Page & {
  __typename?: 'DocumentPage';
  /** Các trang cấp trên, từ trang chủ xuống (breadcrumb). */
  ancestors: Array<Page>;
  /** Thân bài: các khối nội dung. */
  body: Array<BodyBlock>;
  /** Các trang con hiển thị được, theo thứ tự trong cây trang. */
  children: PageConnection;
  /** Số hiệu, ví dụ 18/KH-CĐN. */
  documentNumber: Scalars['String']['output'];
  documentType: DocumentKind;
  /** Tên hiển thị (tiếng Việt) của giá trị. */
  documentTypeLabel: Scalars['String']['output'];
  effectiveOn?: Maybe<Scalars['Date']['output']>;
  /** Tệp văn bản. */
  file?: Maybe<Document>;
  firstPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ID của trang trong đơn vị. */
  id: Scalars['ID']['output'];
  /** true khi đây là bản nháp mở bằng mã xem trước. */
  isPreview: Scalars['Boolean']['output'];
  issuingBody: Scalars['String']['output'];
  lastPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Tên kiểu GraphQL của trang, ví dụ ArticlePage. */
  pageType: Scalars['String']['output'];
  /** Trang cha (null ở trang chủ hoặc ngoài phạm vi). */
  parent?: Maybe<Page>;
  /** Mô tả cho máy tìm kiếm. */
  searchDescription: Scalars['String']['output'];
  /** Tiêu đề SEO (trống: dùng title). */
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  signedOn: Scalars['Date']['output'];
  signer: Scalars['String']['output'];
  signerTitle: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  status: DocumentStatus;
  /** Tên hiển thị (tiếng Việt) của giá trị. */
  statusLabel: Scalars['String']['output'];
  /** Trích yếu. */
  summary: Scalars['String']['output'];
  /** Văn bản thay thế (nếu có). */
  supersededBy?: Maybe<DocumentPage>;
  title: Scalars['String']['output'];
  /** Chủ đề (mối quan tâm của người lao động). */
  topics: Array<Topic>;
  /** Đường dẫn của trang, tính từ trang chủ (hoặc từ trang gốc của trang con khi gọi với organization), ví dụ /tin-tuc/bai-viet-a/. */
  urlPath: Scalars['String']['output'];
};


/** Văn bản có số hiệu. */
export type DocumentPageChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Một trang của danh sách, kèm tổng số. */
export type DocumentPageConnection = {
  __typename?: 'DocumentPageConnection';
  /** Contains the nodes in this connection */
  edges: Array<DocumentPageEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type DocumentPageEdge = {
  __typename?: 'DocumentPageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: DocumentPage;
};

/** Tình trạng hiệu lực. */
export type DocumentStatus =
  | 'EXPIRED'
  | 'IN_FORCE'
  | 'SUPERSEDED';

/** Video nhúng từ nền tảng được phép. */
export type EmbedBlock = Block & {
  __typename?: 'EmbedBlock';
  caption: Scalars['String']['output'];
  /** Mã khối (ổn định giữa các lần sửa). */
  id?: Maybe<Scalars['String']['output']>;
  /** Tên miền của nền tảng, ví dụ youtube.com. */
  provider: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type EventFilter = {
  AND?: InputMaybe<EventFilter>;
  DISTINCT?: InputMaybe<Scalars['Boolean']['input']>;
  NOT?: InputMaybe<EventFilter>;
  OR?: InputMaybe<EventFilter>;
  /** Chỉ nội dung thuộc chiến dịch có ID này (các trang con của trang chiến dịch). */
  campaign?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang con trực tiếp của trang có ID này. */
  childOf?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang nằm dưới trang có ID này. */
  descendantOf?: InputMaybe<Scalars['ID']['input']>;
  /** Xuất bản lần đầu từ thời điểm này trở đi. */
  publishedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Xuất bản lần đầu trước thời điểm này. */
  publishedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Bắt đầu từ thời điểm này. */
  startsAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Bắt đầu trước thời điểm này. */
  startsBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Chỉ nội dung gắn chủ đề có slug này. */
  topic?: InputMaybe<Scalars['String']['input']>;
  /** true: chỉ sự kiện chưa kết thúc. */
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Sự kiện. */
export type EventPage = Page & {
  __typename?: 'EventPage';
  address: Scalars['String']['output'];
  /** Các trang cấp trên, từ trang chủ xuống (breadcrumb). */
  ancestors: Array<Page>;
  attendanceMode: AttendanceMode;
  /** Tên hiển thị (tiếng Việt) của giá trị. */
  attendanceModeLabel: Scalars['String']['output'];
  /** Thân bài: các khối nội dung. */
  body: Array<BodyBlock>;
  /** Các trang con hiển thị được, theo thứ tự trong cây trang. */
  children: PageConnection;
  /** Ảnh bìa. */
  coverImage?: Maybe<Image>;
  endAt?: Maybe<Scalars['DateTime']['output']>;
  firstPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ID của trang trong đơn vị. */
  id: Scalars['ID']['output'];
  /** true khi đây là bản nháp mở bằng mã xem trước. */
  isPreview: Scalars['Boolean']['output'];
  lastPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  onlineUrl: Scalars['String']['output'];
  organiser: Scalars['String']['output'];
  /** Tên kiểu GraphQL của trang, ví dụ ArticlePage. */
  pageType: Scalars['String']['output'];
  /** Trang cha (null ở trang chủ hoặc ngoài phạm vi). */
  parent?: Maybe<Page>;
  placeName: Scalars['String']['output'];
  registrationUrl: Scalars['String']['output'];
  /** Mô tả cho máy tìm kiếm. */
  searchDescription: Scalars['String']['output'];
  /** Tiêu đề SEO (trống: dùng title). */
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  standfirst: Scalars['String']['output'];
  startAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  /** Chủ đề (mối quan tâm của người lao động). */
  topics: Array<Topic>;
  /** Đường dẫn của trang, tính từ trang chủ (hoặc từ trang gốc của trang con khi gọi với organization), ví dụ /tin-tuc/bai-viet-a/. */
  urlPath: Scalars['String']['output'];
  /** Các điểm cầu. */
  venues: Array<EventVenue>;
};


/** Sự kiện. */
export type EventPageChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Một trang của danh sách, kèm tổng số. */
export type EventPageConnection = {
  __typename?: 'EventPageConnection';
  /** Contains the nodes in this connection */
  edges: Array<EventPageEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type EventPageEdge = {
  __typename?: 'EventPageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: EventPage;
};

/** Một điểm cầu của sự kiện. */
export type EventVenue = {
  __typename?: 'EventVenue';
  address: Scalars['String']['output'];
  name: Scalars['String']['output'];
  onlineUrl: Scalars['String']['output'];
};

export type FactBoxBlock = Block & {
  __typename?: 'FactBoxBlock';
  html: Scalars['String']['output'];
  /** Mã khối (ổn định giữa các lần sửa). */
  id?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** Nội dung nổi bật trên trang chủ. */
export type FeaturedItem = {
  __typename?: 'FeaturedItem';
  label: Scalars['String']['output'];
  page: Page;
};

/** Dòng tin phân trang (con trỏ), kèm tổng số mục. */
export type FeedConnection = {
  __typename?: 'FeedConnection';
  edges: Array<FeedEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FeedEdge = {
  __typename?: 'FeedEdge';
  cursor: Scalars['String']['output'];
  node: FeedItem;
};

/** Lọc dòng tin. */
export type FeedFilter = {
  /** true: chỉ các chỉ đạo bắt buộc; false: chỉ nội dung không bắt buộc. */
  mandatory?: InputMaybe<Scalars['Boolean']['input']>;
  /** Loại trang, ví dụ "cms.articlepage". */
  pageType?: InputMaybe<Scalars['String']['input']>;
};

/** Một mục của dòng tin: bài của đơn vị hoặc bài cấp trên chia sẻ. */
export type FeedItem = {
  __typename?: 'FeedItem';
  /** Nội dung: StreamField dạng JSON, hoặc HTML (bài chia sẻ: liên kết đã chuyển thành địa chỉ đầy đủ). */
  body?: Maybe<Scalars['JSON']['output']>;
  correctedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Đính chính của đơn vị chia sẻ. */
  correction?: Maybe<Scalars['String']['output']>;
  /** Ảnh đại diện (1200x630), nếu có. */
  coverUrl?: Maybe<Scalars['String']['output']>;
  /** Ngày đăng lần đầu của bài gốc. */
  date: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** "page:<id>" hoặc "share:<id>". */
  id: Scalars['ID']['output'];
  /** Chỉ đạo bắt buộc đăng và xác nhận. */
  mandatory: Scalars['Boolean']['output'];
  origin: FeedOrigin;
  /** Loại trang, ví dụ "cms.articlepage". */
  pageType: Scalars['String']['output'];
  /** Đường dẫn của bài gốc trên trang nguồn. */
  path?: Maybe<Scalars['String']['output']>;
  /** Đơn vị đã ghim mục này lên đầu. */
  pinned: Scalars['Boolean']['output'];
  /** Phiên bản đang xuất bản. */
  revisionId?: Maybe<Scalars['Int']['output']>;
  shareId?: Maybe<Scalars['ID']['output']>;
  /** Đơn vị chia sẻ xuống. */
  sharedBy: FeedOrganization;
  /** Đơn vị đăng bài gốc. */
  source: FeedOrganization;
  /** Sa-pô (văn bản thuần). */
  standfirst: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Địa chỉ đầy đủ của bài gốc. */
  url?: Maybe<Scalars['String']['output']>;
};

/** Đơn vị đăng hoặc chia sẻ một mục của dòng tin. */
export type FeedOrganization = {
  __typename?: 'FeedOrganization';
  code: Scalars['String']['output'];
  level: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  shortName: Scalars['String']['output'];
};

/** Nguồn của một mục trong dòng tin. */
export type FeedOrigin =
  | 'INHERITED'
  | 'OWN';

/** Phần nào của dòng tin: bài của chính đơn vị, bài cấp trên chia sẻ, hay cả hai. */
export type FeedScope =
  | 'ALL'
  | 'INHERITED'
  | 'OWN';

/** Một lỗi của dữ liệu gửi lên, gắn với tên trường (tiếng Việt). */
export type FieldError = {
  __typename?: 'FieldError';
  /** Tên trường của input, hoặc "" cho lỗi chung. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Một trường của biểu mẫu. */
export type FormField = {
  __typename?: 'FormField';
  choices: Array<Scalars['String']['output']>;
  defaultValue: Scalars['String']['output'];
  /** singleline, multiline, email, dropdown… */
  fieldType: Scalars['String']['output'];
  helpText: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Tên trường khi gửi dữ liệu (clean_name). */
  name: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
};

/** Biểu mẫu khảo sát/đăng ký. */
export type FormPage = Page & {
  __typename?: 'FormPage';
  /** Các trang cấp trên, từ trang chủ xuống (breadcrumb). */
  ancestors: Array<Page>;
  /** Các trang con hiển thị được, theo thứ tự trong cây trang. */
  children: PageConnection;
  closesAt?: Maybe<Scalars['DateTime']['output']>;
  firstPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Các trường. */
  formFields: Array<FormField>;
  /** ID của trang trong đơn vị. */
  id: Scalars['ID']['output'];
  /** HTML đã làm sạch; liên kết nội bộ thành đường dẫn. */
  intro: Scalars['String']['output'];
  /** Đã hết hạn nhận trả lời. */
  isClosed: Scalars['Boolean']['output'];
  /** true khi đây là bản nháp mở bằng mã xem trước. */
  isPreview: Scalars['Boolean']['output'];
  lastPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Tên kiểu GraphQL của trang, ví dụ ArticlePage. */
  pageType: Scalars['String']['output'];
  /** Trang cha (null ở trang chủ hoặc ngoài phạm vi). */
  parent?: Maybe<Page>;
  /** Mô tả cho máy tìm kiếm. */
  searchDescription: Scalars['String']['output'];
  /** Tiêu đề SEO (trống: dùng title). */
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  /** Lời cảm ơn sau khi gửi (HTML). */
  thankYouText: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Đường dẫn của trang, tính từ trang chủ (hoặc từ trang gốc của trang con khi gọi với organization), ví dụ /tin-tuc/bai-viet-a/. */
  urlPath: Scalars['String']['output'];
};


/** Biểu mẫu khảo sát/đăng ký. */
export type FormPageChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Một trang của danh sách, kèm tổng số. */
export type FormPageConnection = {
  __typename?: 'FormPageConnection';
  /** Contains the nodes in this connection */
  edges: Array<FormPageEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type FormPageEdge = {
  __typename?: 'FormPageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: FormPage;
};

/** Một ảnh của bộ ảnh. */
export type GalleryImage = {
  __typename?: 'GalleryImage';
  caption: Scalars['String']['output'];
  credit: Scalars['String']['output'];
  image: Image;
};

/** Bộ ảnh. */
export type GalleryPage = Page & {
  __typename?: 'GalleryPage';
  /** Các trang cấp trên, từ trang chủ xuống (breadcrumb). */
  ancestors: Array<Page>;
  /** Các trang con hiển thị được, theo thứ tự trong cây trang. */
  children: PageConnection;
  firstPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ID của trang trong đơn vị. */
  id: Scalars['ID']['output'];
  /** Các ảnh theo thứ tự (ảnh riêng tư bị bỏ qua). */
  images: Array<GalleryImage>;
  intro: Scalars['String']['output'];
  /** true khi đây là bản nháp mở bằng mã xem trước. */
  isPreview: Scalars['Boolean']['output'];
  lastPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Tên kiểu GraphQL của trang, ví dụ ArticlePage. */
  pageType: Scalars['String']['output'];
  /** Trang cha (null ở trang chủ hoặc ngoài phạm vi). */
  parent?: Maybe<Page>;
  photographer: Scalars['String']['output'];
  /** Mô tả cho máy tìm kiếm. */
  searchDescription: Scalars['String']['output'];
  /** Tiêu đề SEO (trống: dùng title). */
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  takenOn?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  /** Chủ đề (mối quan tâm của người lao động). */
  topics: Array<Topic>;
  /** Đường dẫn của trang, tính từ trang chủ (hoặc từ trang gốc của trang con khi gọi với organization), ví dụ /tin-tuc/bai-viet-a/. */
  urlPath: Scalars['String']['output'];
};


/** Bộ ảnh. */
export type GalleryPageChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Một trang của danh sách, kèm tổng số. */
export type GalleryPageConnection = {
  __typename?: 'GalleryPageConnection';
  /** Contains the nodes in this connection */
  edges: Array<GalleryPageEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type GalleryPageEdge = {
  __typename?: 'GalleryPageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: GalleryPage;
};

/** Trang không có kiểu riêng. */
export type GenericPage = Page & {
  __typename?: 'GenericPage';
  /** Các trang cấp trên, từ trang chủ xuống (breadcrumb). */
  ancestors: Array<Page>;
  /** Các trang con hiển thị được, theo thứ tự trong cây trang. */
  children: PageConnection;
  firstPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ID của trang trong đơn vị. */
  id: Scalars['ID']['output'];
  /** true khi đây là bản nháp mở bằng mã xem trước. */
  isPreview: Scalars['Boolean']['output'];
  lastPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Tên kiểu GraphQL của trang, ví dụ ArticlePage. */
  pageType: Scalars['String']['output'];
  /** Trang cha (null ở trang chủ hoặc ngoài phạm vi). */
  parent?: Maybe<Page>;
  /** Mô tả cho máy tìm kiếm. */
  searchDescription: Scalars['String']['output'];
  /** Tiêu đề SEO (trống: dùng title). */
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Đường dẫn của trang, tính từ trang chủ (hoặc từ trang gốc của trang con khi gọi với organization), ví dụ /tin-tuc/bai-viet-a/. */
  urlPath: Scalars['String']['output'];
};


/** Trang không có kiểu riêng. */
export type GenericPageChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type HeadingBlock = Block & {
  __typename?: 'HeadingBlock';
  /** Mã khối (ổn định giữa các lần sửa). */
  id?: Maybe<Scalars['String']['output']>;
  /** 2, 3 hoặc 4 (thẻ h2…h4). */
  level: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** Trang chủ của đơn vị/trang con. */
export type HomePage = Page & {
  __typename?: 'HomePage';
  /** Hồ sơ tổ chức (HTML). */
  about: Scalars['String']['output'];
  address: Scalars['String']['output'];
  /** Các trang cấp trên, từ trang chủ xuống (breadcrumb). */
  ancestors: Array<Page>;
  /** Các trang con hiển thị được, theo thứ tự trong cây trang. */
  children: PageConnection;
  email: Scalars['String']['output'];
  /** Nội dung nổi bật theo thứ tự (trang không hiển thị được bị bỏ qua). */
  featuredItems: Array<FeaturedItem>;
  firstPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Ảnh đầu trang. */
  heroImage?: Maybe<Image>;
  /** ID của trang trong đơn vị. */
  id: Scalars['ID']['output'];
  /** HTML đã làm sạch; liên kết nội bộ thành đường dẫn. */
  intro: Scalars['String']['output'];
  /** true khi đây là bản nháp mở bằng mã xem trước. */
  isPreview: Scalars['Boolean']['output'];
  lastPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Tên kiểu GraphQL của trang, ví dụ ArticlePage. */
  pageType: Scalars['String']['output'];
  /** Trang cha (null ở trang chủ hoặc ngoài phạm vi). */
  parent?: Maybe<Page>;
  phone: Scalars['String']['output'];
  /** Mô tả cho máy tìm kiếm. */
  searchDescription: Scalars['String']['output'];
  /** Tiêu đề SEO (trống: dùng title). */
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Đường dẫn của trang, tính từ trang chủ (hoặc từ trang gốc của trang con khi gọi với organization), ví dụ /tin-tuc/bai-viet-a/. */
  urlPath: Scalars['String']['output'];
};


/** Trang chủ của đơn vị/trang con. */
export type HomePageChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Ảnh (ngoài thư mục riêng tư). */
export type Image = {
  __typename?: 'Image';
  /** Thư mục chứa tệp (null ở thư mục gốc). */
  collection?: Maybe<Collection>;
  createdAt: Scalars['DateTime']['output'];
  /** Mô tả thay thế (alt) của ảnh. */
  description: Scalars['String']['output'];
  /** Tâm ảnh do biên tập viên chọn (x, y, rộng, cao; điểm ảnh), nếu có. */
  focalPoint?: Maybe<Array<Scalars['Int']['output']>>;
  height: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Ảnh ở một kích thước cho phép (tạo lần đầu khi cần, sau đó dùng lại). */
  rendition: Rendition;
  /** Giá trị srcset cho thẻ <img>: “url 640w, url 1600w” theo các kích thước. */
  srcSet: Scalars['String']['output'];
  title: Scalars['String']['output'];
  width: Scalars['Int']['output'];
};


/** Ảnh (ngoài thư mục riêng tư). */
export type ImageRenditionArgs = {
  size: RenditionSize;
};


/** Ảnh (ngoài thư mục riêng tư). */
export type ImageSrcSetArgs = {
  sizes: Array<RenditionSize>;
};

export type ImageBlock = Block & {
  __typename?: 'ImageBlock';
  /** Mô tả thay thế; trống thì dùng tên ảnh. */
  alt: Scalars['String']['output'];
  caption: Scalars['String']['output'];
  credit: Scalars['String']['output'];
  /** Mã khối (ổn định giữa các lần sửa). */
  id?: Maybe<Scalars['String']['output']>;
  /** null nếu ảnh đã xóa hoặc riêng tư. */
  image?: Maybe<Image>;
};

/** Đồ họa thông tin. */
export type InfographicPage = Page & {
  __typename?: 'InfographicPage';
  /** Các trang cấp trên, từ trang chủ xuống (breadcrumb). */
  ancestors: Array<Page>;
  /** Các trang con hiển thị được, theo thứ tự trong cây trang. */
  children: PageConnection;
  description: Scalars['String']['output'];
  firstPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ID của trang trong đơn vị. */
  id: Scalars['ID']['output'];
  /** Ảnh đồ họa. */
  image?: Maybe<Image>;
  /** true khi đây là bản nháp mở bằng mã xem trước. */
  isPreview: Scalars['Boolean']['output'];
  lastPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Tên kiểu GraphQL của trang, ví dụ ArticlePage. */
  pageType: Scalars['String']['output'];
  /** Trang cha (null ở trang chủ hoặc ngoài phạm vi). */
  parent?: Maybe<Page>;
  /** Mô tả cho máy tìm kiếm. */
  searchDescription: Scalars['String']['output'];
  /** Tiêu đề SEO (trống: dùng title). */
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  source: Scalars['String']['output'];
  /** Nội dung dạng chữ (HTML). */
  textAlternative: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Chủ đề (mối quan tâm của người lao động). */
  topics: Array<Topic>;
  /** Đường dẫn của trang, tính từ trang chủ (hoặc từ trang gốc của trang con khi gọi với organization), ví dụ /tin-tuc/bai-viet-a/. */
  urlPath: Scalars['String']['output'];
};


/** Đồ họa thông tin. */
export type InfographicPageChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Một trang của danh sách, kèm tổng số. */
export type InfographicPageConnection = {
  __typename?: 'InfographicPageConnection';
  /** Contains the nodes in this connection */
  edges: Array<InfographicPageEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type InfographicPageEdge = {
  __typename?: 'InfographicPageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: InfographicPage;
};

/** Menu điều hướng của site. */
export type Menu = {
  __typename?: 'Menu';
  /** Các mục theo thứ tự; mục trỏ tới trang không hiển thị được bị bỏ qua. */
  items: Array<MenuItem>;
  location: MenuLocation;
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

/** Một mục menu: một trang của site hoặc một liên kết. */
export type MenuItem = {
  __typename?: 'MenuItem';
  /** Nhãn (trống thì là tên trang). */
  label: Scalars['String']['output'];
  openInNewTab: Scalars['Boolean']['output'];
  /** Trang đích (nếu là trang). */
  page?: Maybe<Page>;
  /** Đường dẫn ngoài (nếu là liên kết). */
  url?: Maybe<Scalars['String']['output']>;
};

/** Vị trí hiển thị menu. */
export type MenuLocation =
  | 'FOOTER'
  | 'HEADER'
  | 'MOBILE'
  | 'OTHER';

/** Gương điển hình. */
export type ModelStoryPage = Page & {
  __typename?: 'ModelStoryPage';
  achievements: Scalars['String']['output'];
  /** Các trang cấp trên, từ trang chủ xuống (breadcrumb). */
  ancestors: Array<Page>;
  /** Thân bài: các khối nội dung. */
  body: Array<BodyBlock>;
  /** Các trang con hiển thị được, theo thứ tự trong cây trang. */
  children: PageConnection;
  firstPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ID của trang trong đơn vị. */
  id: Scalars['ID']['output'];
  /** true khi đây là bản nháp mở bằng mã xem trước. */
  isPreview: Scalars['Boolean']['output'];
  lastPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Tên kiểu GraphQL của trang, ví dụ ArticlePage. */
  pageType: Scalars['String']['output'];
  /** Trang cha (null ở trang chủ hoặc ngoài phạm vi). */
  parent?: Maybe<Page>;
  personName: Scalars['String']['output'];
  personRole: Scalars['String']['output'];
  /** Ảnh chân dung. */
  portrait?: Maybe<Image>;
  readingMinutes: Scalars['Int']['output'];
  /** Mô tả cho máy tìm kiếm. */
  searchDescription: Scalars['String']['output'];
  /** Tiêu đề SEO (trống: dùng title). */
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  standfirst: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Chủ đề (mối quan tâm của người lao động). */
  topics: Array<Topic>;
  /** Đường dẫn của trang, tính từ trang chủ (hoặc từ trang gốc của trang con khi gọi với organization), ví dụ /tin-tuc/bai-viet-a/. */
  urlPath: Scalars['String']['output'];
  workplace: Scalars['String']['output'];
};


/** Gương điển hình. */
export type ModelStoryPageChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Một trang của danh sách, kèm tổng số. */
export type ModelStoryPageConnection = {
  __typename?: 'ModelStoryPageConnection';
  /** Contains the nodes in this connection */
  edges: Array<ModelStoryPageEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type ModelStoryPageEdge = {
  __typename?: 'ModelStoryPageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: ModelStoryPage;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Phản ánh thông tin sai lệch (một vụ việc loại MISINFORMATION có đường dẫn). Trả về như submitCase. */
  reportMisinformation: SubmitCaseResult;
  /** Gửi câu hỏi, kiến nghị, tâm tư hoặc phản ánh. Không cần đăng nhập. Trả về mã vụ việc và mã bí mật (chỉ một lần), hoặc VoiceErrors (không có gì được lưu). */
  submitCase: SubmitCaseResult;
  /** Người gửi rút lại sự đồng ý cho một mục đích, bằng mã vụ việc và mã bí mật; có hiệu lực ngay. Rút mục đích HANDLE là rút vụ việc. */
  withdrawConsent: CaseUpdateResult;
};


export type MutationReportMisinformationArgs = {
  input: ReportMisinformationInput;
};


export type MutationSubmitCaseArgs = {
  input: SubmitCaseInput;
};


export type MutationWithdrawConsentArgs = {
  code: Scalars['String']['input'];
  purpose: ConsentPurpose;
  secret: Scalars['String']['input'];
};

/** An object with a Globally Unique ID */
export type Node = {
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
};

/** Loại tổ chức. */
export type OrgKind =
  | 'COMMUNE_UNION'
  | 'CORPORATE_UNION'
  | 'GRASSROOTS'
  | 'INDUSTRIAL_ZONE_UNION'
  | 'NATIONAL_FEDERATION'
  | 'PROVINCIAL_FEDERATION'
  | 'SECTOR_UNION'
  | 'SUB_UNIT'
  | 'UNION_GROUP'
  | 'UPPER_GRASSROOTS';

/** Cấp tổ chức: 1 Tổng Liên đoàn … 5 công đoàn bộ phận/tổ công đoàn. */
export type OrgLevel =
  | 'GRASSROOTS'
  | 'NATIONAL'
  | 'PROVINCIAL'
  | 'SUB_UNIT'
  | 'UPPER_GRASSROOTS';

/** Trạng thái: đang hoạt động, đã hợp nhất, đã giải thể. */
export type OrgStatus =
  | 'ACTIVE'
  | 'DISSOLVED'
  | 'MERGED';

/** Một tổ chức công đoàn. */
export type Organization = Node & {
  __typename?: 'Organization';
  address: Scalars['String']['output'];
  /** Các cấp trên, từ gốc xuống. */
  ancestors: Array<Organization>;
  /** Số đơn vị trực thuộc trực tiếp. */
  childCount: Scalars['Int']['output'];
  /** Mã đơn vị (ổn định). */
  code: Scalars['String']['output'];
  /** Trang chứa nội dung của tổ chức: trang riêng hoặc trang cấp trên lưu trữ. */
  contentHome?: Maybe<ContentHome>;
  /** Độ sâu trong cây (gốc = 1). */
  depth: Scalars['Int']['output'];
  email: Scalars['String']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  kind: OrgKind;
  level: OrgLevel;
  /** Số đoàn viên. */
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  parent?: Maybe<Organization>;
  phone: Scalars['String']['output'];
  shortName: Scalars['String']['output'];
  sortOrder: Scalars['Int']['output'];
  status: OrgStatus;
  /** Số đơn vị trong toàn bộ cây con (không tính đơn vị này). */
  subtreeCount: Scalars['Int']['output'];
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
  website: Scalars['String']['output'];
};

/** Một trang của danh sách, kèm tổng số. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** Contains the nodes in this connection */
  edges: Array<OrganizationEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Organization;
};

export type OrganizationFilter = {
  AND?: InputMaybe<OrganizationFilter>;
  DISTINCT?: InputMaybe<Scalars['Boolean']['input']>;
  NOT?: InputMaybe<OrganizationFilter>;
  OR?: InputMaybe<OrganizationFilter>;
  kind?: InputMaybe<OrgKind>;
  level?: InputMaybe<OrgLevel>;
  /** Tìm theo tên hoặc mã, có dấu hoặc không dấu. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrgStatus>;
  /** Chỉ các đơn vị trong cây con của mã này. */
  within?: InputMaybe<Scalars['String']['input']>;
};

/** Trang nội dung (mọi loại trang). */
export type Page = {
  /** Các trang cấp trên, từ trang chủ xuống (breadcrumb). */
  ancestors: Array<Page>;
  /** Các trang con hiển thị được, theo thứ tự trong cây trang. */
  children: PageConnection;
  firstPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ID của trang trong đơn vị. */
  id: Scalars['ID']['output'];
  /** true khi đây là bản nháp mở bằng mã xem trước. */
  isPreview: Scalars['Boolean']['output'];
  lastPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Tên kiểu GraphQL của trang, ví dụ ArticlePage. */
  pageType: Scalars['String']['output'];
  /** Trang cha (null ở trang chủ hoặc ngoài phạm vi). */
  parent?: Maybe<Page>;
  /** Mô tả cho máy tìm kiếm. */
  searchDescription: Scalars['String']['output'];
  /** Tiêu đề SEO (trống: dùng title). */
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Đường dẫn của trang, tính từ trang chủ (hoặc từ trang gốc của trang con khi gọi với organization), ví dụ /tin-tuc/bai-viet-a/. */
  urlPath: Scalars['String']['output'];
};


/** Trang nội dung (mọi loại trang). */
export type PageChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Một trang kết quả gồm nhiều loại trang. */
export type PageConnection = {
  __typename?: 'PageConnection';
  /** Contains the nodes in this connection */
  edges: Array<PageEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type PageEdge = {
  __typename?: 'PageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: Page;
};

export type PageFilter = {
  AND?: InputMaybe<PageFilter>;
  DISTINCT?: InputMaybe<Scalars['Boolean']['input']>;
  NOT?: InputMaybe<PageFilter>;
  OR?: InputMaybe<PageFilter>;
  /** Chỉ các trang con trực tiếp của trang có ID này. */
  childOf?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang nằm dưới trang có ID này. */
  descendantOf?: InputMaybe<Scalars['ID']['input']>;
  /** Xuất bản lần đầu từ thời điểm này trở đi. */
  publishedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Xuất bản lần đầu trước thời điểm này. */
  publishedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Tên kiểu trang (pageType), ví dụ NewsArticlePage. */
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Information to aid in pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** When paginating forwards, the cursor to continue. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Thứ tự sắp xếp danh sách trang. */
export type PageOrder =
  | 'NEWEST'
  | 'OLDEST'
  | 'TITLE'
  | 'TREE'
  | 'UPDATED';

/** Đoạn văn (HTML đã làm sạch). */
export type ParagraphBlock = Block & {
  __typename?: 'ParagraphBlock';
  html: Scalars['String']['output'];
  /** Mã khối (ổn định giữa các lần sửa). */
  id?: Maybe<Scalars['String']['output']>;
};

/** Lĩnh vực chính sách. */
export type PolicyArea =
  | 'COLLECTIVE_BARGAINING'
  | 'CONTRACTS'
  | 'HEALTH_INSURANCE'
  | 'HOUSING'
  | 'OTHER'
  | 'SAFETY'
  | 'SOCIAL_INSURANCE'
  | 'UNEMPLOYMENT_INSURANCE'
  | 'WAGES'
  | 'WOMEN_WORKERS'
  | 'WORKING_HOURS';

export type PolicyFilter = {
  AND?: InputMaybe<PolicyFilter>;
  DISTINCT?: InputMaybe<Scalars['Boolean']['input']>;
  NOT?: InputMaybe<PolicyFilter>;
  OR?: InputMaybe<PolicyFilter>;
  /** Lĩnh vực chính sách. */
  area?: InputMaybe<PolicyArea>;
  /** Chỉ nội dung thuộc chiến dịch có ID này (các trang con của trang chiến dịch). */
  campaign?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang con trực tiếp của trang có ID này. */
  childOf?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang nằm dưới trang có ID này. */
  descendantOf?: InputMaybe<Scalars['ID']['input']>;
  /** Xuất bản lần đầu từ thời điểm này trở đi. */
  publishedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Xuất bản lần đầu trước thời điểm này. */
  publishedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Chỉ nội dung gắn chủ đề có slug này. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** Giải thích chính sách. */
export type PolicyPage = Page & {
  __typename?: 'PolicyPage';
  /** Các trang cấp trên, từ trang chủ xuống (breadcrumb). */
  ancestors: Array<Page>;
  appliesFrom?: Maybe<Scalars['Date']['output']>;
  /** Thân bài: các khối nội dung. */
  body: Array<BodyBlock>;
  /** Các trang con hiển thị được, theo thứ tự trong cây trang. */
  children: PageConnection;
  /** Ảnh bìa. */
  coverImage?: Maybe<Image>;
  firstPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ID của trang trong đơn vị. */
  id: Scalars['ID']['output'];
  /** true khi đây là bản nháp mở bằng mã xem trước. */
  isPreview: Scalars['Boolean']['output'];
  lastPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Tên kiểu GraphQL của trang, ví dụ ArticlePage. */
  pageType: Scalars['String']['output'];
  /** Trang cha (null ở trang chủ hoặc ngoài phạm vi). */
  parent?: Maybe<Page>;
  policyArea: PolicyArea;
  /** Tên hiển thị (tiếng Việt) của giá trị. */
  policyAreaLabel: Scalars['String']['output'];
  readingMinutes: Scalars['Int']['output'];
  /** Văn bản được giải thích. */
  relatedDocuments: Array<DocumentPage>;
  reviewedOn?: Maybe<Scalars['Date']['output']>;
  /** Mô tả cho máy tìm kiếm. */
  searchDescription: Scalars['String']['output'];
  /** Tiêu đề SEO (trống: dùng title). */
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  standfirst: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Chủ đề (mối quan tâm của người lao động). */
  topics: Array<Topic>;
  /** Đường dẫn của trang, tính từ trang chủ (hoặc từ trang gốc của trang con khi gọi với organization), ví dụ /tin-tuc/bai-viet-a/. */
  urlPath: Scalars['String']['output'];
};


/** Giải thích chính sách. */
export type PolicyPageChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Một trang của danh sách, kèm tổng số. */
export type PolicyPageConnection = {
  __typename?: 'PolicyPageConnection';
  /** Contains the nodes in this connection */
  edges: Array<PolicyPageEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type PolicyPageEdge = {
  __typename?: 'PolicyPageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: PolicyPage;
};

/** Số liệu chương trình truyền thông 2023-2028 mà đơn vị chọn công khai. */
export type ProgrammeFigures = {
  __typename?: 'ProgrammeFigures';
  /** Chỉ các chỉ tiêu đơn vị chọn công khai, theo thứ tự danh mục. */
  indicators: Array<ProgrammeIndicator>;
  organization: ProgrammeOrganization;
  /** VD: «năm 2026», «quý 2/2026». */
  periodLabel: Scalars['String']['output'];
  quarter?: Maybe<Scalars['Int']['output']>;
  year: Scalars['Int']['output'];
};

/** Chỉ lấy một phần các chỉ tiêu công khai. */
export type ProgrammeFilter = {
  /** Chỉ một nhóm chỉ tiêu. */
  group?: InputMaybe<Scalars['String']['input']>;
  /** Chỉ các mã chỉ tiêu này (mã không công khai bị bỏ qua). */
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Một chỉ tiêu công khai của đơn vị. */
export type ProgrammeIndicator = {
  __typename?: 'ProgrammeIndicator';
  /** Nhóm chỉ tiêu. */
  group: Scalars['String']['output'];
  /** true: tỷ lệ phần trăm; false: số lượng. */
  isRate: Scalars['Boolean']['output'];
  /** Mã chỉ tiêu (ổn định). */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Chỉ tiêu của kỳ (số lượng theo năm được chia theo số tháng của quý). */
  periodTarget?: Maybe<Scalars['Float']['output']>;
  status: ProgrammeStatus;
  statusLabel: Scalars['String']['output'];
  /** Chỉ tiêu năm đang áp dụng. */
  target?: Maybe<Scalars['Float']['output']>;
  /** Đơn vị đặt chỉ tiêu; null: mặc định của chương trình. */
  targetSetBy?: Maybe<Scalars['String']['output']>;
  /** Từng tháng của kỳ. */
  trend: Array<ProgrammeMonth>;
  /** Đơn vị tính: «%» hoặc số lượng mỗi năm. */
  unit: Scalars['String']['output'];
  /** Giá trị trong kỳ: tỷ lệ của cả cây đơn vị, hoặc số lượng của chính đơn vị với chỉ tiêu áp dụng cho từng đơn vị. null: không có gì phải tính. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Giá trị của chỉ tiêu trong một tháng. */
export type ProgrammeMonth = {
  __typename?: 'ProgrammeMonth';
  /** Ngày đầu tháng. */
  month: Scalars['Date']['output'];
  /** Số trong tháng (tỷ lệ: tính đến cuối tháng với số liệu tích lũy); null: không có gì phải tính. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Đơn vị công bố số liệu. */
export type ProgrammeOrganization = {
  __typename?: 'ProgrammeOrganization';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Mức đạt: đạt, chưa đạt, chưa có số liệu (không có gì phải tính), chưa có chỉ tiêu. */
export type ProgrammeStatus =
  | 'MET'
  | 'NOT_MET'
  | 'NO_DATA'
  | 'NO_TARGET';

export type Query = {
  __typename?: 'Query';
  /** Tin bài. */
  articles: ArticlePageConnection;
  /** Chiến dịch. */
  campaigns: CampaignPageConnection;
  /** Một vụ việc theo ID (VoiceCase.id) cho người xử lý có quyền; ngoài phạm vi thì "không tìm thấy". Mỗi lần xem được ghi vào nhật ký truy cập. */
  case: VoiceCaseDetail;
  /** Người gửi theo dõi vụ việc bằng mã vụ việc và mã bí mật. Sai mã hoặc sai mã bí mật đều trả lỗi "không tìm thấy" như nhau; tra cứu sai nhiều lần bị tạm chặn (429). Không bao giờ được lưu vào bộ nhớ đệm. */
  caseStatus: CaseFollow;
  /** Vụ việc mà người đăng nhập được xử lý (đơn vị mình và cấp dưới), mới nhất trước. Cần đăng nhập (phiên hoặc API token) và vai trò cán bộ xử lý; không có quyền thì danh sách rỗng. */
  cases: VoiceCaseConnection;
  /** Các đơn vị trực thuộc trực tiếp của một tổ chức, theo thứ tự hiển thị. */
  children: OrganizationConnection;
  /** Thông báo xử lý dữ liệu cá nhân đang dùng, một cho mỗi mục đích. Cổng thông tin hiển thị văn bản trước ô đồng ý và gửi lại version (hoặc sha256) khi nộp. */
  consentNotices: Array<ConsentNoticeType>;
  /** Một tệp tài liệu theo ID. */
  document?: Maybe<Document>;
  /** Sự kiện. */
  events: EventPageConnection;
  /** Dòng tin của một đơn vị (mặc định: đơn vị của trang này): bài của chính đơn vị và nội dung cấp trên chia sẻ xuống, mục đã ghim lên đầu rồi mới nhất trước; không có mục đã ẩn, đã thu hồi hay hết hạn. first tối đa GRAPHQL_MAX_PAGE_SIZE. */
  feed: FeedConnection;
  /** Biểu mẫu. */
  forms: FormPageConnection;
  /** Bộ ảnh. */
  galleries: GalleryPageConnection;
  /** Một ảnh theo ID (ảnh trong thư mục riêng tư: null). */
  image?: Maybe<Image>;
  /** Đồ họa thông tin. */
  infographics: InfographicPageConnection;
  /** Một menu theo mã (slug) hoặc vị trí (menu đầu tiên ở vị trí đó). */
  menu?: Maybe<Menu>;
  /** Mọi menu. */
  menus: Array<Menu>;
  /** Gương điển hình. */
  modelStories: ModelStoryPageConnection;
  /** Văn bản (lọc theo loại, số hiệu, tình trạng, cơ quan ban hành, ngày ký). */
  officialDocuments: DocumentPageConnection;
  /** Một tổ chức theo mã đơn vị. */
  organization?: Maybe<Organization>;
  /** Danh sách tổ chức (lọc theo cấp, loại, trạng thái, cây con; tìm theo tên). */
  organizations: OrganizationConnection;
  /** Một trang theo id, urlPath (ví dụ /tin-tuc/bai-a/) hoặc slug. Slug chỉ duy nhất giữa các trang cùng cấp: khi trùng, trả về trang ở cấp cao nhất. */
  page?: Maybe<Page>;
  /** Danh sách trang mọi loại (lọc theo loại, vị trí trong cây, ngày đăng). */
  pages: PageConnection;
  /** Giải thích chính sách. */
  policies: PolicyPageConnection;
  /** Bản nháp mới nhất của trang ghi trong mã xem trước (mã có hạn, cấp từ trang quản trị). Không có mã hợp lệ thì không bao giờ trả về bản nháp. */
  previewPage?: Maybe<Page>;
  /** Số liệu chương trình truyền thông của một tổ chức (theo mã đơn vị) trong một năm hoặc một quý: chỉ các chỉ tiêu tổ chức chọn công khai, với giá trị, chỉ tiêu đang áp dụng, mức đạt và diễn biến từng tháng. */
  programme: ProgrammeFigures;
  /** Hỏi - đáp. */
  questions: QuestionPageConnection;
  /** Tìm kiếm tiếng Việt trong nội dung của đơn vị, như ô tìm kiếm của trang quản trị: có dấu hay không dấu đều tìm được (“cong doan” tìm ra “Công đoàn”), khớp đúng dấu xếp trước, cụm trong ngoặc kép là cụm từ. Lọc theo loại trang bằng types. */
  search: PageConnection;
  /** Chuyên mục. */
  sections: SectionPageConnection;
  /** Đơn vị (hoặc trang con của tổ chức) phục vụ tên miền đang gọi API. */
  site: Site;
  /** Một chủ đề theo slug. */
  topic?: Maybe<Topic>;
  /** Mọi chủ đề, theo thứ tự hiển thị. */
  topics: Array<Topic>;
  /** Video. */
  videos: VideoPageConnection;
  /** Các loại vụ việc người lao động có thể gửi. */
  voiceKinds: Array<VoiceKind>;
  /** Bảng phân loại lĩnh vực toàn quốc, nhãn tiếng Việt. */
  voiceTopics: Array<VoiceTopic>;
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: ContentOrder;
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<CampaignFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: ContentOrder;
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseStatusArgs = {
  code: Scalars['String']['input'];
  secret: Scalars['String']['input'];
};


export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: ContentOrder;
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FeedFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
  scope?: FeedScope;
};


export type QueryFormsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<ContentFilterBase>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: ContentOrder;
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QueryGalleriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<TopicalFilterBase>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: ContentOrder;
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QueryImageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInfographicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<TopicalFilterBase>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: ContentOrder;
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMenuArgs = {
  location?: InputMaybe<MenuLocation>;
  organization?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMenusArgs = {
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QueryModelStoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<TopicalFilterBase>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: ContentOrder;
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOfficialDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: ContentOrder;
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrganizationArgs = {
  code: Scalars['String']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPageArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  urlPath?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<PageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: PageOrder;
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<PolicyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: ContentOrder;
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPreviewPageArgs = {
  organization?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};


export type QueryProgrammeArgs = {
  filter?: InputMaybe<ProgrammeFilter>;
  org: Scalars['String']['input'];
  quarter?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<QuestionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: ContentOrder;
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QuerySectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<ContentFilterBase>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: ContentOrder;
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySiteArgs = {
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTopicArgs = {
  slug: Scalars['String']['input'];
};


export type QueryVideosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<TopicalFilterBase>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: ContentOrder;
  organization?: InputMaybe<Scalars['String']['input']>;
};

export type QuestionFilter = {
  AND?: InputMaybe<QuestionFilter>;
  DISTINCT?: InputMaybe<Scalars['Boolean']['input']>;
  NOT?: InputMaybe<QuestionFilter>;
  OR?: InputMaybe<QuestionFilter>;
  /** Chỉ nội dung thuộc chiến dịch có ID này (các trang con của trang chiến dịch). */
  campaign?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang con trực tiếp của trang có ID này. */
  childOf?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang nằm dưới trang có ID này. */
  descendantOf?: InputMaybe<Scalars['ID']['input']>;
  /** Xuất bản lần đầu từ thời điểm này trở đi. */
  publishedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Xuất bản lần đầu trước thời điểm này. */
  publishedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Chỉ câu hỏi thuộc chủ đề có slug này. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** Hỏi - đáp. */
export type QuestionPage = Page & {
  __typename?: 'QuestionPage';
  /** Các trang cấp trên, từ trang chủ xuống (breadcrumb). */
  ancestors: Array<Page>;
  /** Câu trả lời (HTML). */
  answer: Scalars['String']['output'];
  answeredBy: Scalars['String']['output'];
  answeredOn?: Maybe<Scalars['Date']['output']>;
  asker: Scalars['String']['output'];
  /** Các trang con hiển thị được, theo thứ tự trong cây trang. */
  children: PageConnection;
  firstPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ID của trang trong đơn vị. */
  id: Scalars['ID']['output'];
  /** true khi đây là bản nháp mở bằng mã xem trước. */
  isPreview: Scalars['Boolean']['output'];
  lastPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  legalBasis: Scalars['String']['output'];
  /** Văn bản pháp luật được dẫn. */
  legalDocuments: Array<DocumentPage>;
  /** Tên kiểu GraphQL của trang, ví dụ ArticlePage. */
  pageType: Scalars['String']['output'];
  /** Trang cha (null ở trang chủ hoặc ngoài phạm vi). */
  parent?: Maybe<Page>;
  question: Scalars['String']['output'];
  /** Mô tả cho máy tìm kiếm. */
  searchDescription: Scalars['String']['output'];
  /** Tiêu đề SEO (trống: dùng title). */
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
  topic?: Maybe<Topic>;
  /** Đường dẫn của trang, tính từ trang chủ (hoặc từ trang gốc của trang con khi gọi với organization), ví dụ /tin-tuc/bai-viet-a/. */
  urlPath: Scalars['String']['output'];
};


/** Hỏi - đáp. */
export type QuestionPageChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Một trang của danh sách, kèm tổng số. */
export type QuestionPageConnection = {
  __typename?: 'QuestionPageConnection';
  /** Contains the nodes in this connection */
  edges: Array<QuestionPageEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type QuestionPageEdge = {
  __typename?: 'QuestionPageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: QuestionPage;
};

export type QuoteBlock = Block & {
  __typename?: 'QuoteBlock';
  attribution: Scalars['String']['output'];
  /** Mã khối (ổn định giữa các lần sửa). */
  id?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

/** Một kích thước của ảnh. */
export type Rendition = {
  __typename?: 'Rendition';
  height: Scalars['Int']['output'];
  /** Địa chỉ tuyệt đối của tệp ảnh. */
  url: Scalars['String']['output'];
  width: Scalars['Int']['output'];
};

/** Kích thước ảnh được phép (settings.CMS_RENDITIONS); không nhận kích thước khác. */
export type RenditionSize =
  | 'CARD'
  | 'CONTENT'
  | 'HERO'
  | 'OG'
  | 'ORIGINAL'
  | 'PORTRAIT'
  | 'SQUARE'
  | 'THUMBNAIL';

/** Phản ánh thông tin sai lệch, xuyên tạc về tổ chức công đoàn. */
export type ReportMisinformationInput = {
  /** Mô tả, trích dẫn nội dung. */
  body?: Scalars['String']['input'];
  consents: Array<ConsentInput>;
  contactEmail?: Scalars['String']['input'];
  /** Đường dẫn đến thông tin sai lệch. */
  link: Scalars['String']['input'];
  organization?: InputMaybe<Scalars['String']['input']>;
};

/** Chuyên mục. */
export type SectionPage = Page & {
  __typename?: 'SectionPage';
  /** Các trang cấp trên, từ trang chủ xuống (breadcrumb). */
  ancestors: Array<Page>;
  /** Các trang con hiển thị được, theo thứ tự trong cây trang. */
  children: PageConnection;
  /** Ảnh đại diện. */
  coverImage?: Maybe<Image>;
  firstPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ID của trang trong đơn vị. */
  id: Scalars['ID']['output'];
  intro: Scalars['String']['output'];
  /** true khi đây là bản nháp mở bằng mã xem trước. */
  isPreview: Scalars['Boolean']['output'];
  lastPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Tên kiểu GraphQL của trang, ví dụ ArticlePage. */
  pageType: Scalars['String']['output'];
  /** Trang cha (null ở trang chủ hoặc ngoài phạm vi). */
  parent?: Maybe<Page>;
  /** Mô tả cho máy tìm kiếm. */
  searchDescription: Scalars['String']['output'];
  /** Tiêu đề SEO (trống: dùng title). */
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
  topic?: Maybe<Topic>;
  /** Đường dẫn của trang, tính từ trang chủ (hoặc từ trang gốc của trang con khi gọi với organization), ví dụ /tin-tuc/bai-viet-a/. */
  urlPath: Scalars['String']['output'];
};


/** Chuyên mục. */
export type SectionPageChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Một trang của danh sách, kèm tổng số. */
export type SectionPageConnection = {
  __typename?: 'SectionPageConnection';
  /** Contains the nodes in this connection */
  edges: Array<SectionPageEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type SectionPageEdge = {
  __typename?: 'SectionPageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: SectionPage;
};

/** Trang của đơn vị (tenant) phục vụ tên miền này. */
export type Site = {
  __typename?: 'Site';
  /** Trang chủ (hoặc trang gốc của trang con). */
  home?: Maybe<Page>;
  hostname: Scalars['String']['output'];
  /** Loại đơn vị (national_federation, …). */
  kind: Scalars['String']['output'];
  /** Tên đơn vị (hoặc tổ chức của trang con). */
  name: Scalars['String']['output'];
  /** Mã tổ chức khi yêu cầu được giới hạn trong một trang con. */
  organizationCode?: Maybe<Scalars['String']['output']>;
  /** ID trang chủ (trang gốc của trang con khi gọi với organization). */
  rootPageId: Scalars['ID']['output'];
  /** Logo, liên hệ, mạng xã hội, chân trang (của site lưu trữ). */
  settings: SiteSettings;
  shortName: Scalars['String']['output'];
};

/** Thông tin chung của site. */
export type SiteSettings = {
  __typename?: 'SiteSettings';
  address: Scalars['String']['output'];
  email: Scalars['String']['output'];
  facebookUrl: Scalars['String']['output'];
  footerText: Scalars['String']['output'];
  /** Đường dây nóng. */
  hotline: Scalars['String']['output'];
  logo?: Maybe<Image>;
  phone: Scalars['String']['output'];
  shortName: Scalars['String']['output'];
  tagline: Scalars['String']['output'];
  tiktokUrl: Scalars['String']['output'];
  youtubeUrl: Scalars['String']['output'];
  zaloUrl: Scalars['String']['output'];
};

/** Một câu hỏi, kiến nghị, tâm tư hoặc phản ánh gửi công đoàn. */
export type SubmitCaseInput = {
  /** Nội dung (bắt buộc). */
  body: Scalars['String']['input'];
  /** true: người bị phản ánh thuộc đơn vị tiếp nhận; vụ việc chuyển lên cấp trên. */
  conflictOfInterest?: Scalars['Boolean']['input'];
  /** Các sự đồng ý người lao động đã tự đánh dấu; phải có mục đích HANDLE. */
  consents: Array<ConsentInput>;
  contactEmail?: Scalars['String']['input'];
  contactName?: Scalars['String']['input'];
  contactPhone?: Scalars['String']['input'];
  /** Mặc định ẩn danh hoàn toàn: chỉ mã vụ việc và mã bí mật. */
  identityMode?: CaseIdentityMode;
  kind?: CaseKind;
  /** Đường dẫn (phản ánh thông tin sai lệch). */
  link?: Scalars['String']['input'];
  /** Mã đơn vị người lao động chọn gửi đến (mặc định: đơn vị của trang này). */
  organization?: InputMaybe<Scalars['String']['input']>;
  title?: Scalars['String']['input'];
  workplace?: Scalars['String']['input'];
};

/** CaseReceipt khi tiếp nhận thành công, VoiceErrors khi dữ liệu không hợp lệ. */
export type SubmitCaseResult = CaseReceipt | VoiceErrors;

/** Bảng (ô là chữ thường, không có HTML). */
export type TableBlock = Block & {
  __typename?: 'TableBlock';
  caption: Scalars['String']['output'];
  firstColIsHeader: Scalars['Boolean']['output'];
  firstRowIsHeader: Scalars['Boolean']['output'];
  /** Mã khối (ổn định giữa các lần sửa). */
  id?: Maybe<Scalars['String']['output']>;
  rows: Array<TableRow>;
};

/** Một hàng của bảng. */
export type TableRow = {
  __typename?: 'TableRow';
  /** Các ô của hàng, từ trái sang phải. */
  cells: Array<Scalars['String']['output']>;
};

/** Từ khóa của tin bài. */
export type Tag = {
  __typename?: 'Tag';
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

/** Chủ đề người lao động quan tâm. */
export type Topic = {
  __typename?: 'Topic';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  sortOrder: Scalars['Int']['output'];
};

export type TopicalFilterBase = {
  AND?: InputMaybe<TopicalFilterBase>;
  DISTINCT?: InputMaybe<Scalars['Boolean']['input']>;
  NOT?: InputMaybe<TopicalFilterBase>;
  OR?: InputMaybe<TopicalFilterBase>;
  /** Chỉ nội dung thuộc chiến dịch có ID này (các trang con của trang chiến dịch). */
  campaign?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang con trực tiếp của trang có ID này. */
  childOf?: InputMaybe<Scalars['ID']['input']>;
  /** Chỉ các trang nằm dưới trang có ID này. */
  descendantOf?: InputMaybe<Scalars['ID']['input']>;
  /** Xuất bản lần đầu từ thời điểm này trở đi. */
  publishedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Xuất bản lần đầu trước thời điểm này. */
  publishedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Chỉ nội dung gắn chủ đề có slug này. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** Video. */
export type VideoPage = Page & {
  __typename?: 'VideoPage';
  /** Các trang cấp trên, từ trang chủ xuống (breadcrumb). */
  ancestors: Array<Page>;
  /** Các trang con hiển thị được, theo thứ tự trong cây trang. */
  children: PageConnection;
  description: Scalars['String']['output'];
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  firstPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ID của trang trong đơn vị. */
  id: Scalars['ID']['output'];
  /** true khi đây là bản nháp mở bằng mã xem trước. */
  isPreview: Scalars['Boolean']['output'];
  lastPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Tên kiểu GraphQL của trang, ví dụ ArticlePage. */
  pageType: Scalars['String']['output'];
  /** Trang cha (null ở trang chủ hoặc ngoài phạm vi). */
  parent?: Maybe<Page>;
  /** Mô tả cho máy tìm kiếm. */
  searchDescription: Scalars['String']['output'];
  /** Tiêu đề SEO (trống: dùng title). */
  seoTitle: Scalars['String']['output'];
  showInMenus: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  /** Ảnh đại diện. */
  thumbnail?: Maybe<Image>;
  title: Scalars['String']['output'];
  /** Chủ đề (mối quan tâm của người lao động). */
  topics: Array<Topic>;
  transcript: Scalars['String']['output'];
  /** Đường dẫn của trang, tính từ trang chủ (hoặc từ trang gốc của trang con khi gọi với organization), ví dụ /tin-tuc/bai-viet-a/. */
  urlPath: Scalars['String']['output'];
  videoUrl: Scalars['String']['output'];
};


/** Video. */
export type VideoPageChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Một trang của danh sách, kèm tổng số. */
export type VideoPageConnection = {
  __typename?: 'VideoPageConnection';
  /** Contains the nodes in this connection */
  edges: Array<VideoPageEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection. */
export type VideoPageEdge = {
  __typename?: 'VideoPageEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: VideoPage;
};

/** Một vụ việc (người xử lý xem). */
export type VoiceCase = Node & {
  __typename?: 'VoiceCase';
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  channel: CaseChannel;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  code: Scalars['String']['output'];
  conflictOfInterest: Scalars['Boolean']['output'];
  escalationLevel: Scalars['Int']['output'];
  firstResponseDue?: Maybe<Scalars['DateTime']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  identityMode: CaseIdentityMode;
  kind: CaseKind;
  kindLabel: Scalars['String']['output'];
  /** Đơn vị đang xử lý. */
  organization: Organization;
  overdue: Scalars['Boolean']['output'];
  receivedAt: Scalars['DateTime']['output'];
  status: CaseStatus;
  statusLabel: Scalars['String']['output'];
  title: Scalars['String']['output'];
  topic?: Maybe<CaseTopic>;
  topicSuggested?: Maybe<CaseTopic>;
};

/** Một trang của danh sách, kèm tổng số. */
export type VoiceCaseConnection = {
  __typename?: 'VoiceCaseConnection';
  /** Contains the nodes in this connection */
  edges: Array<VoiceCaseEdge>;
  /** Pagination data for this connection */
  pageInfo: PageInfo;
  /** Total quantity of existing nodes. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** Chi tiết một vụ việc (người xử lý xem; mỗi lần xem được ghi lại). */
export type VoiceCaseDetail = {
  __typename?: 'VoiceCaseDetail';
  body: Scalars['String']['output'];
  case: VoiceCase;
  consents: Array<CaseConsent>;
  escalations: Array<CaseEscalation>;
  /** null khi vụ việc ẩn danh hoặc danh tính được giữ kín với người xử lý. */
  identity?: Maybe<CaseIdentity>;
  link: Scalars['String']['output'];
  /** Mọi tin nhắn, kể cả ghi chú nội bộ, cũ trước. */
  messages: Array<VoiceCaseMessage>;
};

/** An edge in a connection. */
export type VoiceCaseEdge = {
  __typename?: 'VoiceCaseEdge';
  /** A cursor for use in pagination */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge */
  node: VoiceCase;
};

/** Một tin nhắn trong vụ việc (người xử lý xem). */
export type VoiceCaseMessage = {
  __typename?: 'VoiceCaseMessage';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  kind: CaseMessageKind;
  kindLabel: Scalars['String']['output'];
  organization?: Maybe<VoiceOrganization>;
};

/** Gửi không thành công: danh sách lỗi, không có gì được lưu. */
export type VoiceErrors = {
  __typename?: 'VoiceErrors';
  errors: Array<FieldError>;
};

/** Một loại vụ việc, kèm nhãn tiếng Việt. */
export type VoiceKind = {
  __typename?: 'VoiceKind';
  label: Scalars['String']['output'];
  value: CaseKind;
};

/** Một đơn vị công đoàn (chỉ mã và tên). */
export type VoiceOrganization = {
  __typename?: 'VoiceOrganization';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Một lĩnh vực của bảng phân loại, kèm nhãn tiếng Việt. */
export type VoiceTopic = {
  __typename?: 'VoiceTopic';
  label: Scalars['String']['output'];
  value: CaseTopic;
};

export type PortalCardImageFragment = { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } };

type PortalCard_ArticlePage_Fragment = { __typename: 'ArticlePage', standfirst: string, publishedOn?: string | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null };

type PortalCard_CampaignPage_Fragment = { __typename: 'CampaignPage', standfirst: string, startDate: string, endDate: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null };

type PortalCard_DocumentPage_Fragment = { __typename: 'DocumentPage', documentNumber: string, documentTypeLabel: string, signedOn: string, statusLabel: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string };

type PortalCard_EventPage_Fragment = { __typename: 'EventPage', standfirst: string, startAt: string, endAt?: string | null, placeName: string, attendanceModeLabel: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null };

type PortalCard_FormPage_Fragment = { __typename: 'FormPage', closesAt?: string | null, isClosed: boolean, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string };

type PortalCard_GalleryPage_Fragment = { __typename: 'GalleryPage', intro: string, takenOn?: string | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string };

type PortalCard_GenericPage_Fragment = { __typename: 'GenericPage', id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string };

type PortalCard_HomePage_Fragment = { __typename: 'HomePage', id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string };

type PortalCard_InfographicPage_Fragment = { __typename: 'InfographicPage', description: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string };

type PortalCard_ModelStoryPage_Fragment = { __typename: 'ModelStoryPage', standfirst: string, personName: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, portrait?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null };

type PortalCard_PolicyPage_Fragment = { __typename: 'PolicyPage', standfirst: string, policyAreaLabel: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null };

type PortalCard_QuestionPage_Fragment = { __typename: 'QuestionPage', question: string, answeredOn?: string | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string };

type PortalCard_SectionPage_Fragment = { __typename: 'SectionPage', intro: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string };

type PortalCard_VideoPage_Fragment = { __typename: 'VideoPage', description: string, durationSeconds?: number | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, thumbnail?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null };

export type PortalCardFragment = PortalCard_ArticlePage_Fragment | PortalCard_CampaignPage_Fragment | PortalCard_DocumentPage_Fragment | PortalCard_EventPage_Fragment | PortalCard_FormPage_Fragment | PortalCard_GalleryPage_Fragment | PortalCard_GenericPage_Fragment | PortalCard_HomePage_Fragment | PortalCard_InfographicPage_Fragment | PortalCard_ModelStoryPage_Fragment | PortalCard_PolicyPage_Fragment | PortalCard_QuestionPage_Fragment | PortalCard_SectionPage_Fragment | PortalCard_VideoPage_Fragment;

type PortalListPage_ArticlePage_Fragment = { __typename: 'ArticlePage', standfirst: string, publishedOn?: string | null, id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null, tags: Array<{ __typename?: 'Tag', name: string, slug: string }> };

type PortalListPage_CampaignPage_Fragment = { __typename: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null };

type PortalListPage_DocumentPage_Fragment = { __typename: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null };

type PortalListPage_EventPage_Fragment = { __typename: 'EventPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null };

type PortalListPage_FormPage_Fragment = { __typename: 'FormPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null };

type PortalListPage_GalleryPage_Fragment = { __typename: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null };

type PortalListPage_GenericPage_Fragment = { __typename: 'GenericPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null };

type PortalListPage_HomePage_Fragment = { __typename: 'HomePage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null };

type PortalListPage_InfographicPage_Fragment = { __typename: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null };

type PortalListPage_ModelStoryPage_Fragment = { __typename: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null };

type PortalListPage_PolicyPage_Fragment = { __typename: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null };

type PortalListPage_QuestionPage_Fragment = { __typename: 'QuestionPage', question: string, answeredOn?: string | null, id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null };

type PortalListPage_SectionPage_Fragment = { __typename: 'SectionPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null };

type PortalListPage_VideoPage_Fragment = { __typename: 'VideoPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null };

export type PortalListPageFragment = PortalListPage_ArticlePage_Fragment | PortalListPage_CampaignPage_Fragment | PortalListPage_DocumentPage_Fragment | PortalListPage_EventPage_Fragment | PortalListPage_FormPage_Fragment | PortalListPage_GalleryPage_Fragment | PortalListPage_GenericPage_Fragment | PortalListPage_HomePage_Fragment | PortalListPage_InfographicPage_Fragment | PortalListPage_ModelStoryPage_Fragment | PortalListPage_PolicyPage_Fragment | PortalListPage_QuestionPage_Fragment | PortalListPage_SectionPage_Fragment | PortalListPage_VideoPage_Fragment;

export type PortalPageInfoFragment = { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null };

export type PortalShadowQueryVariables = Exact<{
  path: Scalars['String']['input'];
}>;


export type PortalShadowQuery = { __typename?: 'Query', page?: { __typename?: 'ArticlePage', id: string } | { __typename?: 'CampaignPage', id: string } | { __typename?: 'DocumentPage', id: string } | { __typename?: 'EventPage', id: string } | { __typename?: 'FormPage', id: string } | { __typename?: 'GalleryPage', id: string } | { __typename?: 'GenericPage', id: string } | { __typename?: 'HomePage', id: string } | { __typename?: 'InfographicPage', id: string } | { __typename?: 'ModelStoryPage', id: string } | { __typename?: 'PolicyPage', id: string } | { __typename?: 'QuestionPage', id: string } | { __typename?: 'SectionPage', id: string } | { __typename?: 'VideoPage', id: string } | null };

export type PortalTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalTopicsQuery = { __typename?: 'Query', site: { __typename?: 'Site', name: string }, topics: Array<{ __typename?: 'Topic', name: string, slug: string, description: string }> };

export type PortalTopicQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type PortalTopicQuery = { __typename?: 'Query', site: { __typename?: 'Site', name: string }, topic?: { __typename?: 'Topic', name: string, slug: string, description: string } | null, articles: { __typename?: 'ArticlePageConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ArticlePageEdge', node: { __typename: 'ArticlePage', standfirst: string, publishedOn?: string | null, id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null, tags: Array<{ __typename?: 'Tag', name: string, slug: string }> } }> }, questions: { __typename?: 'QuestionPageConnection', totalCount?: number | null, edges: Array<{ __typename?: 'QuestionPageEdge', node: { __typename?: 'QuestionPage', id: string, title: string, urlPath: string } }> } };

export type PortalTagQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type PortalTagQuery = { __typename?: 'Query', site: { __typename?: 'Site', name: string }, articles: { __typename?: 'ArticlePageConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'ArticlePageEdge', node: { __typename: 'ArticlePage', standfirst: string, publishedOn?: string | null, id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null, tags: Array<{ __typename?: 'Tag', name: string, slug: string }> } }> } };

export type PortalSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type PortalSearchQuery = { __typename?: 'Query', site: { __typename?: 'Site', name: string }, search: { __typename?: 'PageConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'PageEdge', node: { __typename: 'ArticlePage', standfirst: string, publishedOn?: string | null, id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null, tags: Array<{ __typename?: 'Tag', name: string, slug: string }> } | { __typename: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null } | { __typename: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null } | { __typename: 'EventPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null } | { __typename: 'FormPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null } | { __typename: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null } | { __typename: 'GenericPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null } | { __typename: 'HomePage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null } | { __typename: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null } | { __typename: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null } | { __typename: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null } | { __typename: 'QuestionPage', question: string, answeredOn?: string | null, id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null } | { __typename: 'SectionPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null } | { __typename: 'VideoPage', id: string, title: string, urlPath: string, pageType: string, searchDescription: string, firstPublishedAt?: string | null } }> } };

export type PortalSuggestQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type PortalSuggestQuery = { __typename?: 'Query', search: { __typename?: 'PageConnection', edges: Array<{ __typename?: 'PageEdge', node: { __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string } }> } };

export type PortalQuestionsQueryVariables = Exact<{
  topic?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type PortalQuestionsQuery = { __typename?: 'Query', site: { __typename?: 'Site', name: string }, topics: Array<{ __typename?: 'Topic', name: string, slug: string }>, questions: { __typename?: 'QuestionPageConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'QuestionPageEdge', node: { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, question: string, asker: string, answeredOn?: string | null, firstPublishedAt?: string | null, topic?: { __typename?: 'Topic', name: string, slug: string } | null } }> } };

export type PortalOrgFragment = { __typename?: 'Organization', code: string, name: string, shortName: string, level: OrgLevel, childCount: number, memberCount: number, address: string, contentHome?: { __typename?: 'ContentHome', tenantName: string, hostname?: string | null, isOwnTenant: boolean, micrositePageId?: string | null } | null };

export type PortalOrgRootsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalOrgRootsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', code: string, name: string, shortName: string, level: OrgLevel, childCount: number, memberCount: number, address: string, contentHome?: { __typename?: 'ContentHome', tenantName: string, hostname?: string | null, isOwnTenant: boolean, micrositePageId?: string | null } | null } }> } };

export type PortalOrgChildrenQueryVariables = Exact<{
  code: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type PortalOrgChildrenQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', code: string, name: string, shortName: string, level: OrgLevel, childCount: number, memberCount: number, address: string, ancestors: Array<{ __typename?: 'Organization', code: string, name: string, shortName: string }>, contentHome?: { __typename?: 'ContentHome', tenantName: string, hostname?: string | null, isOwnTenant: boolean, micrositePageId?: string | null } | null } | null, children: { __typename?: 'OrganizationConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', code: string, name: string, shortName: string, level: OrgLevel, childCount: number, memberCount: number, address: string, contentHome?: { __typename?: 'ContentHome', tenantName: string, hostname?: string | null, isOwnTenant: boolean, micrositePageId?: string | null } | null } }> } };

export type PortalOrgSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type PortalOrgSearchQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', code: string, name: string, shortName: string, level: OrgLevel, childCount: number, memberCount: number, address: string, ancestors: Array<{ __typename?: 'Organization', code: string, shortName: string, name: string }>, contentHome?: { __typename?: 'ContentHome', tenantName: string, hostname?: string | null, isOwnTenant: boolean, micrositePageId?: string | null } | null } }> } };

export type PortalMetaQueryVariables = Exact<{
  path: Scalars['String']['input'];
}>;


export type PortalMetaQuery = { __typename?: 'Query', site: { __typename?: 'Site', name: string, settings: { __typename?: 'SiteSettings', tagline: string, logo?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } }, page?: { __typename?: 'ArticlePage', standfirst: string, title: string, seoTitle: string, searchDescription: string, urlPath: string, coverImage?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename?: 'CampaignPage', title: string, seoTitle: string, searchDescription: string, urlPath: string } | { __typename?: 'DocumentPage', title: string, seoTitle: string, searchDescription: string, urlPath: string } | { __typename?: 'EventPage', title: string, seoTitle: string, searchDescription: string, urlPath: string } | { __typename?: 'FormPage', title: string, seoTitle: string, searchDescription: string, urlPath: string } | { __typename?: 'GalleryPage', title: string, seoTitle: string, searchDescription: string, urlPath: string } | { __typename?: 'GenericPage', title: string, seoTitle: string, searchDescription: string, urlPath: string } | { __typename?: 'HomePage', title: string, seoTitle: string, searchDescription: string, urlPath: string } | { __typename?: 'InfographicPage', title: string, seoTitle: string, searchDescription: string, urlPath: string } | { __typename?: 'ModelStoryPage', title: string, seoTitle: string, searchDescription: string, urlPath: string } | { __typename?: 'PolicyPage', title: string, seoTitle: string, searchDescription: string, urlPath: string } | { __typename?: 'QuestionPage', title: string, seoTitle: string, searchDescription: string, urlPath: string } | { __typename?: 'SectionPage', title: string, seoTitle: string, searchDescription: string, urlPath: string } | { __typename?: 'VideoPage', title: string, seoTitle: string, searchDescription: string, urlPath: string } | null };

export type PortalSiteMetaQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalSiteMetaQuery = { __typename?: 'Query', site: { __typename?: 'Site', name: string, settings: { __typename?: 'SiteSettings', tagline: string, logo?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } } };

export type PortalFeedQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  organization?: InputMaybe<Scalars['String']['input']>;
}>;


export type PortalFeedQuery = { __typename?: 'Query', site: { __typename?: 'Site', name: string, shortName: string }, campaigns: { __typename?: 'CampaignPageConnection', edges: Array<{ __typename?: 'CampaignPageEdge', node: { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, startDate: string, endDate: string, kindLabel: string, hashtag: string } }> }, feed: { __typename?: 'FeedConnection', totalCount: number, edges: Array<{ __typename?: 'FeedEdge', node: { __typename?: 'FeedItem', id: string, origin: FeedOrigin, title: string, standfirst: string, path?: string | null, url?: string | null, date: string, coverUrl?: string | null, pageType: string, mandatory: boolean, pinned: boolean, correction?: string | null, source: { __typename?: 'FeedOrganization', name: string, shortName: string }, sharedBy: { __typename?: 'FeedOrganization', name: string, shortName: string } } }> } };

export type PortalMicrositeQueryVariables = Exact<{
  code: Scalars['String']['input'];
  root: Scalars['String']['input'];
}>;


export type PortalMicrositeQuery = { __typename?: 'Query', site: { __typename?: 'Site', name: string, shortName: string }, root?: { __typename?: 'ArticlePage', id: string, title: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, pageType: string } | null, organization?: { __typename?: 'Organization', code: string, name: string, shortName: string, contentHome?: { __typename?: 'ContentHome', isOwnTenant: boolean, micrositePageId?: string | null } | null } | null };

export type PortalPageQueryVariables = Exact<{
  path: Scalars['String']['input'];
}>;


export type PortalPageQuery = { __typename?: 'Query', site: { __typename?: 'Site', name: string, shortName: string, settings: { __typename?: 'SiteSettings', hotline: string, email: string } }, page?: { __typename: 'ArticlePage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, lastPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'CampaignPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, lastPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'DocumentPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, lastPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'EventPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, lastPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'FormPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, lastPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'GalleryPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, lastPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'GenericPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, lastPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'HomePage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, lastPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'InfographicPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, lastPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'ModelStoryPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, lastPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'PolicyPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, lastPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'QuestionPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, lastPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'SectionPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, lastPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'VideoPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, lastPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | null };

export type PortalArticlePageQueryVariables = Exact<{
  path: Scalars['String']['input'];
}>;


export type PortalArticlePageQuery = { __typename?: 'Query', page?: { __typename: 'ArticlePage', standfirst: string, author: string, source: string, publishedOn?: string | null, readingMinutes: number, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, topics: Array<{ __typename?: 'Topic', name: string, slug: string }>, tags: Array<{ __typename?: 'Tag', name: string, slug: string }>, body: Array<{ __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null } | { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null } | { __typename: 'EmbedBlock', url: string, provider: string, caption: string } | { __typename: 'FactBoxBlock', title: string, html: string } | { __typename: 'HeadingBlock', text: string, level: number } | { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'ParagraphBlock', html: string } | { __typename: 'QuoteBlock', text: string, attribution: string } | { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> }> } | { __typename: 'CampaignPage' } | { __typename: 'DocumentPage' } | { __typename: 'EventPage' } | { __typename: 'FormPage' } | { __typename: 'GalleryPage' } | { __typename: 'GenericPage' } | { __typename: 'HomePage' } | { __typename: 'InfographicPage' } | { __typename: 'ModelStoryPage' } | { __typename: 'PolicyPage' } | { __typename: 'QuestionPage' } | { __typename: 'SectionPage' } | { __typename: 'VideoPage' } | null };

export type PortalPolicyPageQueryVariables = Exact<{
  path: Scalars['String']['input'];
}>;


export type PortalPolicyPageQuery = { __typename?: 'Query', page?: { __typename: 'ArticlePage' } | { __typename: 'CampaignPage' } | { __typename: 'DocumentPage' } | { __typename: 'EventPage' } | { __typename: 'FormPage' } | { __typename: 'GalleryPage' } | { __typename: 'GenericPage' } | { __typename: 'HomePage' } | { __typename: 'InfographicPage' } | { __typename: 'ModelStoryPage' } | { __typename: 'PolicyPage', standfirst: string, appliesFrom?: string | null, reviewedOn?: string | null, readingMinutes: number, policyAreaLabel: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, body: Array<{ __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null } | { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null } | { __typename: 'EmbedBlock', url: string, provider: string, caption: string } | { __typename: 'FactBoxBlock', title: string, html: string } | { __typename: 'HeadingBlock', text: string, level: number } | { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'ParagraphBlock', html: string } | { __typename: 'QuoteBlock', text: string, attribution: string } | { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> }>, topics: Array<{ __typename?: 'Topic', name: string, slug: string }>, relatedDocuments: Array<{ __typename?: 'DocumentPage', title: string, urlPath: string, documentNumber: string, documentTypeLabel: string, signedOn: string, statusLabel: string }> } | { __typename: 'QuestionPage' } | { __typename: 'SectionPage' } | { __typename: 'VideoPage' } | null };

export type PortalDocumentPageQueryVariables = Exact<{
  path: Scalars['String']['input'];
}>;


export type PortalDocumentPageQuery = { __typename?: 'Query', page?: { __typename: 'ArticlePage' } | { __typename: 'CampaignPage' } | { __typename: 'DocumentPage', documentNumber: string, issuingBody: string, signedOn: string, effectiveOn?: string | null, signer: string, signerTitle: string, summary: string, documentTypeLabel: string, status: DocumentStatus, statusLabel: string, file?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, supersededBy?: { __typename?: 'DocumentPage', title: string, urlPath: string, documentNumber: string, documentTypeLabel: string, signedOn: string, statusLabel: string } | null, body: Array<{ __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null } | { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null } | { __typename: 'EmbedBlock', url: string, provider: string, caption: string } | { __typename: 'FactBoxBlock', title: string, html: string } | { __typename: 'HeadingBlock', text: string, level: number } | { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'ParagraphBlock', html: string } | { __typename: 'QuoteBlock', text: string, attribution: string } | { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> }>, topics: Array<{ __typename?: 'Topic', name: string, slug: string }> } | { __typename: 'EventPage' } | { __typename: 'FormPage' } | { __typename: 'GalleryPage' } | { __typename: 'GenericPage' } | { __typename: 'HomePage' } | { __typename: 'InfographicPage' } | { __typename: 'ModelStoryPage' } | { __typename: 'PolicyPage' } | { __typename: 'QuestionPage' } | { __typename: 'SectionPage' } | { __typename: 'VideoPage' } | null };

export type PortalCampaignPageQueryVariables = Exact<{
  path: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type PortalCampaignPageQuery = { __typename?: 'Query', page?: { __typename: 'ArticlePage' } | { __typename: 'CampaignPage', standfirst: string, startDate: string, endDate: string, theme: string, hashtag: string, kindLabel: string, keyMessages: Array<string>, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, body: Array<{ __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null } | { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null } | { __typename: 'EmbedBlock', url: string, provider: string, caption: string } | { __typename: 'FactBoxBlock', title: string, html: string } | { __typename: 'HeadingBlock', text: string, level: number } | { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'ParagraphBlock', html: string } | { __typename: 'QuoteBlock', text: string, attribution: string } | { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> }>, topics: Array<{ __typename?: 'Topic', name: string, slug: string }> } | { __typename: 'DocumentPage' } | { __typename: 'EventPage' } | { __typename: 'FormPage' } | { __typename: 'GalleryPage' } | { __typename: 'GenericPage' } | { __typename: 'HomePage' } | { __typename: 'InfographicPage' } | { __typename: 'ModelStoryPage' } | { __typename: 'PolicyPage' } | { __typename: 'QuestionPage' } | { __typename: 'SectionPage' } | { __typename: 'VideoPage' } | null, children: { __typename?: 'PageConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'PageEdge', node: { __typename: 'ArticlePage', standfirst: string, publishedOn?: string | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'CampaignPage', standfirst: string, startDate: string, endDate: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'DocumentPage', documentNumber: string, documentTypeLabel: string, signedOn: string, statusLabel: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'EventPage', standfirst: string, startAt: string, endAt?: string | null, placeName: string, attendanceModeLabel: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'FormPage', closesAt?: string | null, isClosed: boolean, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'GalleryPage', intro: string, takenOn?: string | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'GenericPage', id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'HomePage', id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'InfographicPage', description: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'ModelStoryPage', standfirst: string, personName: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, portrait?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'PolicyPage', standfirst: string, policyAreaLabel: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'QuestionPage', question: string, answeredOn?: string | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'SectionPage', intro: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'VideoPage', description: string, durationSeconds?: number | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, thumbnail?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } }> } };

export type PortalEventPageQueryVariables = Exact<{
  path: Scalars['String']['input'];
}>;


export type PortalEventPageQuery = { __typename?: 'Query', page?: { __typename: 'ArticlePage' } | { __typename: 'CampaignPage' } | { __typename: 'DocumentPage' } | { __typename: 'EventPage', standfirst: string, startAt: string, endAt?: string | null, placeName: string, address: string, onlineUrl: string, organiser: string, registrationUrl: string, attendanceMode: AttendanceMode, attendanceModeLabel: string, venues: Array<{ __typename?: 'EventVenue', name: string, address: string, onlineUrl: string }>, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, body: Array<{ __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null } | { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null } | { __typename: 'EmbedBlock', url: string, provider: string, caption: string } | { __typename: 'FactBoxBlock', title: string, html: string } | { __typename: 'HeadingBlock', text: string, level: number } | { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'ParagraphBlock', html: string } | { __typename: 'QuoteBlock', text: string, attribution: string } | { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> }>, topics: Array<{ __typename?: 'Topic', name: string, slug: string }> } | { __typename: 'FormPage' } | { __typename: 'GalleryPage' } | { __typename: 'GenericPage' } | { __typename: 'HomePage' } | { __typename: 'InfographicPage' } | { __typename: 'ModelStoryPage' } | { __typename: 'PolicyPage' } | { __typename: 'QuestionPage' } | { __typename: 'SectionPage' } | { __typename: 'VideoPage' } | null };

export type PortalQuestionPageQueryVariables = Exact<{
  path: Scalars['String']['input'];
}>;


export type PortalQuestionPageQuery = { __typename?: 'Query', page?: { __typename: 'ArticlePage' } | { __typename: 'CampaignPage' } | { __typename: 'DocumentPage' } | { __typename: 'EventPage' } | { __typename: 'FormPage' } | { __typename: 'GalleryPage' } | { __typename: 'GenericPage' } | { __typename: 'HomePage' } | { __typename: 'InfographicPage' } | { __typename: 'ModelStoryPage' } | { __typename: 'PolicyPage' } | { __typename: 'QuestionPage', question: string, asker: string, answer: string, answeredBy: string, answeredOn?: string | null, legalBasis: string, topic?: { __typename?: 'Topic', name: string, slug: string } | null, legalDocuments: Array<{ __typename?: 'DocumentPage', title: string, urlPath: string, documentNumber: string, documentTypeLabel: string, signedOn: string, statusLabel: string }> } | { __typename: 'SectionPage' } | { __typename: 'VideoPage' } | null };

export type PortalGalleryPageQueryVariables = Exact<{
  path: Scalars['String']['input'];
}>;


export type PortalGalleryPageQuery = { __typename?: 'Query', page?: { __typename: 'ArticlePage' } | { __typename: 'CampaignPage' } | { __typename: 'DocumentPage' } | { __typename: 'EventPage' } | { __typename: 'FormPage' } | { __typename: 'GalleryPage', intro: string, takenOn?: string | null, photographer: string, topics: Array<{ __typename?: 'Topic', name: string, slug: string }>, images: Array<{ __typename?: 'GalleryImage', caption: string, credit: string, image: { __typename?: 'Image', description: string, srcSet: string, original: { __typename?: 'Rendition', url: string }, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } }> } | { __typename: 'GenericPage' } | { __typename: 'HomePage' } | { __typename: 'InfographicPage' } | { __typename: 'ModelStoryPage' } | { __typename: 'PolicyPage' } | { __typename: 'QuestionPage' } | { __typename: 'SectionPage' } | { __typename: 'VideoPage' } | null };

export type PortalVideoPageQueryVariables = Exact<{
  path: Scalars['String']['input'];
}>;


export type PortalVideoPageQuery = { __typename?: 'Query', page?: { __typename: 'ArticlePage' } | { __typename: 'CampaignPage' } | { __typename: 'DocumentPage' } | { __typename: 'EventPage' } | { __typename: 'FormPage' } | { __typename: 'GalleryPage' } | { __typename: 'GenericPage' } | { __typename: 'HomePage' } | { __typename: 'InfographicPage' } | { __typename: 'ModelStoryPage' } | { __typename: 'PolicyPage' } | { __typename: 'QuestionPage' } | { __typename: 'SectionPage' } | { __typename: 'VideoPage', videoUrl: string, description: string, durationSeconds?: number | null, transcript: string, thumbnail?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, topics: Array<{ __typename?: 'Topic', name: string, slug: string }> } | null };

export type PortalInfographicPageQueryVariables = Exact<{
  path: Scalars['String']['input'];
}>;


export type PortalInfographicPageQuery = { __typename?: 'Query', page?: { __typename: 'ArticlePage' } | { __typename: 'CampaignPage' } | { __typename: 'DocumentPage' } | { __typename: 'EventPage' } | { __typename: 'FormPage' } | { __typename: 'GalleryPage' } | { __typename: 'GenericPage' } | { __typename: 'HomePage' } | { __typename: 'InfographicPage', description: string, source: string, textAlternative: string, image?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number }, original: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, topics: Array<{ __typename?: 'Topic', name: string, slug: string }> } | { __typename: 'ModelStoryPage' } | { __typename: 'PolicyPage' } | { __typename: 'QuestionPage' } | { __typename: 'SectionPage' } | { __typename: 'VideoPage' } | null };

export type PortalModelStoryPageQueryVariables = Exact<{
  path: Scalars['String']['input'];
}>;


export type PortalModelStoryPageQuery = { __typename?: 'Query', page?: { __typename: 'ArticlePage' } | { __typename: 'CampaignPage' } | { __typename: 'DocumentPage' } | { __typename: 'EventPage' } | { __typename: 'FormPage' } | { __typename: 'GalleryPage' } | { __typename: 'GenericPage' } | { __typename: 'HomePage' } | { __typename: 'InfographicPage' } | { __typename: 'ModelStoryPage', personName: string, personRole: string, workplace: string, standfirst: string, achievements: string, readingMinutes: number, portrait?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, body: Array<{ __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null } | { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null } | { __typename: 'EmbedBlock', url: string, provider: string, caption: string } | { __typename: 'FactBoxBlock', title: string, html: string } | { __typename: 'HeadingBlock', text: string, level: number } | { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'ParagraphBlock', html: string } | { __typename: 'QuoteBlock', text: string, attribution: string } | { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> }>, topics: Array<{ __typename?: 'Topic', name: string, slug: string }> } | { __typename: 'PolicyPage' } | { __typename: 'QuestionPage' } | { __typename: 'SectionPage' } | { __typename: 'VideoPage' } | null };

export type PortalFormPageQueryVariables = Exact<{
  path: Scalars['String']['input'];
}>;


export type PortalFormPageQuery = { __typename?: 'Query', page?: { __typename: 'ArticlePage' } | { __typename: 'CampaignPage' } | { __typename: 'DocumentPage' } | { __typename: 'EventPage' } | { __typename: 'FormPage', intro: string, closesAt?: string | null, isClosed: boolean, formFields: Array<{ __typename?: 'FormField', name: string, label: string, fieldType: string, required: boolean, choices: Array<string>, helpText: string }> } | { __typename: 'GalleryPage' } | { __typename: 'GenericPage' } | { __typename: 'HomePage' } | { __typename: 'InfographicPage' } | { __typename: 'ModelStoryPage' } | { __typename: 'PolicyPage' } | { __typename: 'QuestionPage' } | { __typename: 'SectionPage' } | { __typename: 'VideoPage' } | null };

export type PortalSectionPageQueryVariables = Exact<{
  path: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type PortalSectionPageQuery = { __typename?: 'Query', page?: { __typename: 'ArticlePage' } | { __typename: 'CampaignPage' } | { __typename: 'DocumentPage' } | { __typename: 'EventPage' } | { __typename: 'FormPage' } | { __typename: 'GalleryPage' } | { __typename: 'GenericPage' } | { __typename: 'HomePage' } | { __typename: 'InfographicPage' } | { __typename: 'ModelStoryPage' } | { __typename: 'PolicyPage' } | { __typename: 'QuestionPage' } | { __typename: 'SectionPage', intro: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, topic?: { __typename?: 'Topic', name: string, slug: string } | null } | { __typename: 'VideoPage' } | null, children: { __typename?: 'PageConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'PageEdge', node: { __typename: 'ArticlePage', standfirst: string, publishedOn?: string | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'CampaignPage', standfirst: string, startDate: string, endDate: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'DocumentPage', documentNumber: string, documentTypeLabel: string, signedOn: string, statusLabel: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'EventPage', standfirst: string, startAt: string, endAt?: string | null, placeName: string, attendanceModeLabel: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'FormPage', closesAt?: string | null, isClosed: boolean, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'GalleryPage', intro: string, takenOn?: string | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'GenericPage', id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'HomePage', id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'InfographicPage', description: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'ModelStoryPage', standfirst: string, personName: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, portrait?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'PolicyPage', standfirst: string, policyAreaLabel: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'QuestionPage', question: string, answeredOn?: string | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'SectionPage', intro: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'VideoPage', description: string, durationSeconds?: number | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, thumbnail?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } }> } };

export type PortalHomePageQueryVariables = Exact<{
  path: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type PortalHomePageQuery = { __typename?: 'Query', page?: { __typename: 'ArticlePage' } | { __typename: 'CampaignPage' } | { __typename: 'DocumentPage' } | { __typename: 'EventPage' } | { __typename: 'FormPage' } | { __typename: 'GalleryPage' } | { __typename: 'GenericPage' } | { __typename: 'HomePage', intro: string, about: string, address: string, phone: string, email: string, featuredItems: Array<{ __typename?: 'FeaturedItem', label: string, page: { __typename?: 'ArticlePage', title: string, urlPath: string } | { __typename?: 'CampaignPage', title: string, urlPath: string } | { __typename?: 'DocumentPage', title: string, urlPath: string } | { __typename?: 'EventPage', title: string, urlPath: string } | { __typename?: 'FormPage', title: string, urlPath: string } | { __typename?: 'GalleryPage', title: string, urlPath: string } | { __typename?: 'GenericPage', title: string, urlPath: string } | { __typename?: 'HomePage', title: string, urlPath: string } | { __typename?: 'InfographicPage', title: string, urlPath: string } | { __typename?: 'ModelStoryPage', title: string, urlPath: string } | { __typename?: 'PolicyPage', title: string, urlPath: string } | { __typename?: 'QuestionPage', title: string, urlPath: string } | { __typename?: 'SectionPage', title: string, urlPath: string } | { __typename?: 'VideoPage', title: string, urlPath: string } }> } | { __typename: 'InfographicPage' } | { __typename: 'ModelStoryPage' } | { __typename: 'PolicyPage' } | { __typename: 'QuestionPage' } | { __typename: 'SectionPage' } | { __typename: 'VideoPage' } | null, children: { __typename?: 'PageConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'PageEdge', node: { __typename: 'ArticlePage', standfirst: string, publishedOn?: string | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'CampaignPage', standfirst: string, startDate: string, endDate: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'DocumentPage', documentNumber: string, documentTypeLabel: string, signedOn: string, statusLabel: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'EventPage', standfirst: string, startAt: string, endAt?: string | null, placeName: string, attendanceModeLabel: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'FormPage', closesAt?: string | null, isClosed: boolean, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'GalleryPage', intro: string, takenOn?: string | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'GenericPage', id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'HomePage', id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'InfographicPage', description: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'ModelStoryPage', standfirst: string, personName: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, portrait?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'PolicyPage', standfirst: string, policyAreaLabel: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'QuestionPage', question: string, answeredOn?: string | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'SectionPage', intro: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'VideoPage', description: string, durationSeconds?: number | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, thumbnail?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } }> } };

export type PortalGenericPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type PortalGenericPageQuery = { __typename?: 'Query', children: { __typename?: 'PageConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'PageEdge', node: { __typename: 'ArticlePage', standfirst: string, publishedOn?: string | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'CampaignPage', standfirst: string, startDate: string, endDate: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'DocumentPage', documentNumber: string, documentTypeLabel: string, signedOn: string, statusLabel: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'EventPage', standfirst: string, startAt: string, endAt?: string | null, placeName: string, attendanceModeLabel: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'FormPage', closesAt?: string | null, isClosed: boolean, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'GalleryPage', intro: string, takenOn?: string | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'GenericPage', id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'HomePage', id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'InfographicPage', description: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'ModelStoryPage', standfirst: string, personName: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, portrait?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'PolicyPage', standfirst: string, policyAreaLabel: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'QuestionPage', question: string, answeredOn?: string | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'SectionPage', intro: string, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string } | { __typename: 'VideoPage', description: string, durationSeconds?: number | null, id: string, title: string, urlPath: string, firstPublishedAt?: string | null, searchDescription: string, thumbnail?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } }> } };

export type PortalWideImageFragment = { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } };

export type PortalTopicFragment = { __typename?: 'Topic', name: string, slug: string };

export type PortalFileFragment = { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null };

export type PortalDocumentRefFragment = { __typename?: 'DocumentPage', title: string, urlPath: string, documentNumber: string, documentTypeLabel: string, signedOn: string, statusLabel: string };

type PortalBodyBlock_CallToActionBlock_Fragment = { __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null };

type PortalBodyBlock_DocumentLinkBlock_Fragment = { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null };

type PortalBodyBlock_EmbedBlock_Fragment = { __typename: 'EmbedBlock', url: string, provider: string, caption: string };

type PortalBodyBlock_FactBoxBlock_Fragment = { __typename: 'FactBoxBlock', title: string, html: string };

type PortalBodyBlock_HeadingBlock_Fragment = { __typename: 'HeadingBlock', text: string, level: number };

type PortalBodyBlock_ImageBlock_Fragment = { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null };

type PortalBodyBlock_ParagraphBlock_Fragment = { __typename: 'ParagraphBlock', html: string };

type PortalBodyBlock_QuoteBlock_Fragment = { __typename: 'QuoteBlock', text: string, attribution: string };

type PortalBodyBlock_TableBlock_Fragment = { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> };

export type PortalBodyBlockFragment = PortalBodyBlock_CallToActionBlock_Fragment | PortalBodyBlock_DocumentLinkBlock_Fragment | PortalBodyBlock_EmbedBlock_Fragment | PortalBodyBlock_FactBoxBlock_Fragment | PortalBodyBlock_HeadingBlock_Fragment | PortalBodyBlock_ImageBlock_Fragment | PortalBodyBlock_ParagraphBlock_Fragment | PortalBodyBlock_QuoteBlock_Fragment | PortalBodyBlock_TableBlock_Fragment;

export type PortalArticlePageFragment = { __typename?: 'ArticlePage', standfirst: string, author: string, source: string, publishedOn?: string | null, readingMinutes: number, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, topics: Array<{ __typename?: 'Topic', name: string, slug: string }>, tags: Array<{ __typename?: 'Tag', name: string, slug: string }>, body: Array<{ __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null } | { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null } | { __typename: 'EmbedBlock', url: string, provider: string, caption: string } | { __typename: 'FactBoxBlock', title: string, html: string } | { __typename: 'HeadingBlock', text: string, level: number } | { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'ParagraphBlock', html: string } | { __typename: 'QuoteBlock', text: string, attribution: string } | { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> }> };

export type PortalPolicyPageFragment = { __typename?: 'PolicyPage', standfirst: string, appliesFrom?: string | null, reviewedOn?: string | null, readingMinutes: number, policyAreaLabel: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, body: Array<{ __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null } | { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null } | { __typename: 'EmbedBlock', url: string, provider: string, caption: string } | { __typename: 'FactBoxBlock', title: string, html: string } | { __typename: 'HeadingBlock', text: string, level: number } | { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'ParagraphBlock', html: string } | { __typename: 'QuoteBlock', text: string, attribution: string } | { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> }>, topics: Array<{ __typename?: 'Topic', name: string, slug: string }>, relatedDocuments: Array<{ __typename?: 'DocumentPage', title: string, urlPath: string, documentNumber: string, documentTypeLabel: string, signedOn: string, statusLabel: string }> };

export type PortalDocumentPageFragment = { __typename?: 'DocumentPage', documentNumber: string, issuingBody: string, signedOn: string, effectiveOn?: string | null, signer: string, signerTitle: string, summary: string, documentTypeLabel: string, status: DocumentStatus, statusLabel: string, file?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, supersededBy?: { __typename?: 'DocumentPage', title: string, urlPath: string, documentNumber: string, documentTypeLabel: string, signedOn: string, statusLabel: string } | null, body: Array<{ __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null } | { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null } | { __typename: 'EmbedBlock', url: string, provider: string, caption: string } | { __typename: 'FactBoxBlock', title: string, html: string } | { __typename: 'HeadingBlock', text: string, level: number } | { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'ParagraphBlock', html: string } | { __typename: 'QuoteBlock', text: string, attribution: string } | { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> }>, topics: Array<{ __typename?: 'Topic', name: string, slug: string }> };

export type PortalCampaignPageFragment = { __typename?: 'CampaignPage', standfirst: string, startDate: string, endDate: string, theme: string, hashtag: string, kindLabel: string, keyMessages: Array<string>, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, body: Array<{ __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null } | { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null } | { __typename: 'EmbedBlock', url: string, provider: string, caption: string } | { __typename: 'FactBoxBlock', title: string, html: string } | { __typename: 'HeadingBlock', text: string, level: number } | { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'ParagraphBlock', html: string } | { __typename: 'QuoteBlock', text: string, attribution: string } | { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> }>, topics: Array<{ __typename?: 'Topic', name: string, slug: string }> };

export type PortalEventPageFragment = { __typename?: 'EventPage', standfirst: string, startAt: string, endAt?: string | null, placeName: string, address: string, onlineUrl: string, organiser: string, registrationUrl: string, attendanceMode: AttendanceMode, attendanceModeLabel: string, venues: Array<{ __typename?: 'EventVenue', name: string, address: string, onlineUrl: string }>, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, body: Array<{ __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null } | { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null } | { __typename: 'EmbedBlock', url: string, provider: string, caption: string } | { __typename: 'FactBoxBlock', title: string, html: string } | { __typename: 'HeadingBlock', text: string, level: number } | { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'ParagraphBlock', html: string } | { __typename: 'QuoteBlock', text: string, attribution: string } | { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> }>, topics: Array<{ __typename?: 'Topic', name: string, slug: string }> };

export type PortalQuestionPageFragment = { __typename?: 'QuestionPage', question: string, asker: string, answer: string, answeredBy: string, answeredOn?: string | null, legalBasis: string, topic?: { __typename?: 'Topic', name: string, slug: string } | null, legalDocuments: Array<{ __typename?: 'DocumentPage', title: string, urlPath: string, documentNumber: string, documentTypeLabel: string, signedOn: string, statusLabel: string }> };

export type PortalGalleryPageFragment = { __typename?: 'GalleryPage', intro: string, takenOn?: string | null, photographer: string, topics: Array<{ __typename?: 'Topic', name: string, slug: string }>, images: Array<{ __typename?: 'GalleryImage', caption: string, credit: string, image: { __typename?: 'Image', description: string, srcSet: string, original: { __typename?: 'Rendition', url: string }, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } }> };

export type PortalVideoPageFragment = { __typename?: 'VideoPage', videoUrl: string, description: string, durationSeconds?: number | null, transcript: string, thumbnail?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, topics: Array<{ __typename?: 'Topic', name: string, slug: string }> };

export type PortalInfographicPageFragment = { __typename?: 'InfographicPage', description: string, source: string, textAlternative: string, image?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number }, original: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, topics: Array<{ __typename?: 'Topic', name: string, slug: string }> };

export type PortalModelStoryPageFragment = { __typename?: 'ModelStoryPage', personName: string, personRole: string, workplace: string, standfirst: string, achievements: string, readingMinutes: number, portrait?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, body: Array<{ __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null } | { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null } | { __typename: 'EmbedBlock', url: string, provider: string, caption: string } | { __typename: 'FactBoxBlock', title: string, html: string } | { __typename: 'HeadingBlock', text: string, level: number } | { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'ParagraphBlock', html: string } | { __typename: 'QuoteBlock', text: string, attribution: string } | { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> }>, topics: Array<{ __typename?: 'Topic', name: string, slug: string }> };

export type PortalFormPageFragment = { __typename?: 'FormPage', intro: string, closesAt?: string | null, isClosed: boolean, formFields: Array<{ __typename?: 'FormField', name: string, label: string, fieldType: string, required: boolean, choices: Array<string>, helpText: string }> };

export type PortalSectionPageFragment = { __typename?: 'SectionPage', intro: string, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, topic?: { __typename?: 'Topic', name: string, slug: string } | null };

export type PortalHomePageFragment = { __typename?: 'HomePage', intro: string, about: string, address: string, phone: string, email: string, featuredItems: Array<{ __typename?: 'FeaturedItem', label: string, page: { __typename?: 'ArticlePage', title: string, urlPath: string } | { __typename?: 'CampaignPage', title: string, urlPath: string } | { __typename?: 'DocumentPage', title: string, urlPath: string } | { __typename?: 'EventPage', title: string, urlPath: string } | { __typename?: 'FormPage', title: string, urlPath: string } | { __typename?: 'GalleryPage', title: string, urlPath: string } | { __typename?: 'GenericPage', title: string, urlPath: string } | { __typename?: 'HomePage', title: string, urlPath: string } | { __typename?: 'InfographicPage', title: string, urlPath: string } | { __typename?: 'ModelStoryPage', title: string, urlPath: string } | { __typename?: 'PolicyPage', title: string, urlPath: string } | { __typename?: 'QuestionPage', title: string, urlPath: string } | { __typename?: 'SectionPage', title: string, urlPath: string } | { __typename?: 'VideoPage', title: string, urlPath: string } }> };

export type PortalPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type PortalPreviewQuery = { __typename?: 'Query', site: { __typename?: 'Site', name: string, shortName: string }, previewPage?: { __typename: 'ArticlePage', isPreview: boolean, standfirst: string, author: string, publishedOn?: string | null, readingMinutes: number, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, topics: Array<{ __typename?: 'Topic', name: string, slug: string }>, body: Array<{ __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null } | { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null } | { __typename: 'EmbedBlock', url: string, provider: string, caption: string } | { __typename: 'FactBoxBlock', title: string, html: string } | { __typename: 'HeadingBlock', text: string, level: number } | { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'ParagraphBlock', html: string } | { __typename: 'QuoteBlock', text: string, attribution: string } | { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> }>, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'CampaignPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'DocumentPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'EventPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'FormPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'GalleryPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'GenericPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'HomePage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'InfographicPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'ModelStoryPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'PolicyPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'QuestionPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'SectionPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'VideoPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | null };

type PortalPageFields_ArticlePage_Fragment = { __typename: 'ArticlePage', standfirst: string, author: string, publishedOn?: string | null, readingMinutes: number, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, topics: Array<{ __typename?: 'Topic', name: string, slug: string }>, body: Array<{ __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null } | { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null } | { __typename: 'EmbedBlock', url: string, provider: string, caption: string } | { __typename: 'FactBoxBlock', title: string, html: string } | { __typename: 'HeadingBlock', text: string, level: number } | { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'ParagraphBlock', html: string } | { __typename: 'QuoteBlock', text: string, attribution: string } | { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> }>, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> };

type PortalPageFields_CampaignPage_Fragment = { __typename: 'CampaignPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> };

type PortalPageFields_DocumentPage_Fragment = { __typename: 'DocumentPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> };

type PortalPageFields_EventPage_Fragment = { __typename: 'EventPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> };

type PortalPageFields_FormPage_Fragment = { __typename: 'FormPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> };

type PortalPageFields_GalleryPage_Fragment = { __typename: 'GalleryPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> };

type PortalPageFields_GenericPage_Fragment = { __typename: 'GenericPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> };

type PortalPageFields_HomePage_Fragment = { __typename: 'HomePage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> };

type PortalPageFields_InfographicPage_Fragment = { __typename: 'InfographicPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> };

type PortalPageFields_ModelStoryPage_Fragment = { __typename: 'ModelStoryPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> };

type PortalPageFields_PolicyPage_Fragment = { __typename: 'PolicyPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> };

type PortalPageFields_QuestionPage_Fragment = { __typename: 'QuestionPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> };

type PortalPageFields_SectionPage_Fragment = { __typename: 'SectionPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> };

type PortalPageFields_VideoPage_Fragment = { __typename: 'VideoPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> };

export type PortalPageFieldsFragment = PortalPageFields_ArticlePage_Fragment | PortalPageFields_CampaignPage_Fragment | PortalPageFields_DocumentPage_Fragment | PortalPageFields_EventPage_Fragment | PortalPageFields_FormPage_Fragment | PortalPageFields_GalleryPage_Fragment | PortalPageFields_GenericPage_Fragment | PortalPageFields_HomePage_Fragment | PortalPageFields_InfographicPage_Fragment | PortalPageFields_ModelStoryPage_Fragment | PortalPageFields_PolicyPage_Fragment | PortalPageFields_QuestionPage_Fragment | PortalPageFields_SectionPage_Fragment | PortalPageFields_VideoPage_Fragment;

export type VoiceFormQueryVariables = Exact<{ [key: string]: never; }>;


export type VoiceFormQuery = { __typename?: 'Query', voiceKinds: Array<{ __typename?: 'VoiceKind', value: CaseKind, label: string }>, consentNotices: Array<{ __typename?: 'ConsentNoticeType', purpose: ConsentPurpose, purposeLabel: string, version: string, text: string }> };

export type VoiceSubmitMutationVariables = Exact<{
  input: SubmitCaseInput;
}>;


export type VoiceSubmitMutation = { __typename?: 'Mutation', submitCase: { __typename: 'CaseReceipt', code: string, secret: string, statusLabel: string, firstResponseDue?: string | null, organization: { __typename?: 'VoiceOrganization', name: string } } | { __typename: 'VoiceErrors', errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type VoiceReportMutationVariables = Exact<{
  input: ReportMisinformationInput;
}>;


export type VoiceReportMutation = { __typename?: 'Mutation', reportMisinformation: { __typename: 'CaseReceipt', code: string, secret: string, statusLabel: string, firstResponseDue?: string | null, organization: { __typename?: 'VoiceOrganization', name: string } } | { __typename: 'VoiceErrors', errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export type VoiceCaseFragment = { __typename?: 'CaseFollow', code: string, kindLabel: string, status: CaseStatus, statusLabel: string, topicLabel?: string | null, receivedAt: string, firstResponseDue?: string | null, answeredAt?: string | null, closedAt?: string | null, escalationLevel: number, organization: { __typename?: 'VoiceOrganization', name: string }, escalations: Array<{ __typename?: 'CaseEscalation', level: number, at: string, reason: string, toOrganization: { __typename?: 'VoiceOrganization', name: string } }>, messages: Array<{ __typename?: 'CaseFollowMessage', kind: CaseMessageKind, kindLabel: string, body: string, createdAt: string, organization?: { __typename?: 'VoiceOrganization', name: string } | null }>, consents: Array<{ __typename?: 'CaseConsent', purpose: ConsentPurpose, purposeLabel: string, noticeVersion: string, givenAt: string, withdrawnAt?: string | null, active: boolean }> };

export type VoiceFollowQueryVariables = Exact<{
  code: Scalars['String']['input'];
  secret: Scalars['String']['input'];
}>;


export type VoiceFollowQuery = { __typename?: 'Query', caseStatus: { __typename?: 'CaseFollow', code: string, kindLabel: string, status: CaseStatus, statusLabel: string, topicLabel?: string | null, receivedAt: string, firstResponseDue?: string | null, answeredAt?: string | null, closedAt?: string | null, escalationLevel: number, organization: { __typename?: 'VoiceOrganization', name: string }, escalations: Array<{ __typename?: 'CaseEscalation', level: number, at: string, reason: string, toOrganization: { __typename?: 'VoiceOrganization', name: string } }>, messages: Array<{ __typename?: 'CaseFollowMessage', kind: CaseMessageKind, kindLabel: string, body: string, createdAt: string, organization?: { __typename?: 'VoiceOrganization', name: string } | null }>, consents: Array<{ __typename?: 'CaseConsent', purpose: ConsentPurpose, purposeLabel: string, noticeVersion: string, givenAt: string, withdrawnAt?: string | null, active: boolean }> } };

export type VoiceWithdrawMutationVariables = Exact<{
  code: Scalars['String']['input'];
  secret: Scalars['String']['input'];
  purpose: ConsentPurpose;
}>;


export type VoiceWithdrawMutation = { __typename?: 'Mutation', withdrawConsent: { __typename: 'CaseUpdated', case: { __typename?: 'CaseFollow', code: string, kindLabel: string, status: CaseStatus, statusLabel: string, topicLabel?: string | null, receivedAt: string, firstResponseDue?: string | null, answeredAt?: string | null, closedAt?: string | null, escalationLevel: number, organization: { __typename?: 'VoiceOrganization', name: string }, escalations: Array<{ __typename?: 'CaseEscalation', level: number, at: string, reason: string, toOrganization: { __typename?: 'VoiceOrganization', name: string } }>, messages: Array<{ __typename?: 'CaseFollowMessage', kind: CaseMessageKind, kindLabel: string, body: string, createdAt: string, organization?: { __typename?: 'VoiceOrganization', name: string } | null }>, consents: Array<{ __typename?: 'CaseConsent', purpose: ConsentPurpose, purposeLabel: string, noticeVersion: string, givenAt: string, withdrawnAt?: string | null, active: boolean }> } } | { __typename: 'VoiceErrors', errors: Array<{ __typename?: 'FieldError', field: string, message: string }> } };

export const PortalCardImageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalCardImage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"CARD"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"THUMBNAIL"},{"kind":"EnumValue","value":"CARD"}]}}]}]}}]} as unknown as DocumentNode<PortalCardImageFragment, unknown>;
export const PortalCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}},{"kind":"Field","name":{"kind":"Name","value":"firstPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArticlePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standfirst"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"coverImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalCardImage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standfirst"}},{"kind":"Field","name":{"kind":"Name","value":"policyAreaLabel"}},{"kind":"Field","name":{"kind":"Name","value":"coverImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalCardImage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standfirst"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"coverImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalCardImage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standfirst"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"placeName"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceModeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"coverImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalCardImage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GalleryPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalCardImage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InfographicPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelStoryPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standfirst"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"portrait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalCardImage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intro"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalCardImage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"CARD"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"THUMBNAIL"},{"kind":"EnumValue","value":"CARD"}]}}]}]}}]} as unknown as DocumentNode<PortalCardFragment, unknown>;
export const PortalListPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalListPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}},{"kind":"Field","name":{"kind":"Name","value":"pageType"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}},{"kind":"Field","name":{"kind":"Name","value":"firstPublishedAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArticlePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standfirst"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}}]}}]}}]} as unknown as DocumentNode<PortalListPageFragment, unknown>;
export const PortalPageInfoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PortalPageInfoFragment, unknown>;
export const PortalOrgFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrg"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contentHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"isOwnTenant"}},{"kind":"Field","name":{"kind":"Name","value":"micrositePageId"}}]}}]}}]} as unknown as DocumentNode<PortalOrgFragment, unknown>;
export const PortalWideImageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalWideImage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"HERO"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"THUMBNAIL"},{"kind":"EnumValue","value":"CARD"},{"kind":"EnumValue","value":"HERO"}]}}]}]}}]} as unknown as DocumentNode<PortalWideImageFragment, unknown>;
export const PortalTopicFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]} as unknown as DocumentNode<PortalTopicFragment, unknown>;
export const PortalFileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}}]} as unknown as DocumentNode<PortalFileFragment, unknown>;
export const PortalBodyBlockFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalBodyBlock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BodyBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParagraphBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"CONTENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmbedBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentLinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactBoxBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallToActionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"buttonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"firstRowIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"firstColIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}}]} as unknown as DocumentNode<PortalBodyBlockFragment, unknown>;
export const PortalArticlePageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalArticlePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArticlePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standfirst"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"readingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"coverImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalWideImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalTopic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalBodyBlock"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalWideImage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"HERO"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"THUMBNAIL"},{"kind":"EnumValue","value":"CARD"},{"kind":"EnumValue","value":"HERO"}]}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalBodyBlock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BodyBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParagraphBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"CONTENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmbedBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentLinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactBoxBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallToActionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"buttonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"firstRowIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"firstColIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"}}]}}]}}]}}]} as unknown as DocumentNode<PortalArticlePageFragment, unknown>;
export const PortalDocumentRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalDocumentRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}}]}}]} as unknown as DocumentNode<PortalDocumentRefFragment, unknown>;
export const PortalPolicyPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPolicyPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standfirst"}},{"kind":"Field","name":{"kind":"Name","value":"appliesFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"readingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"policyAreaLabel"}},{"kind":"Field","name":{"kind":"Name","value":"coverImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalWideImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalBodyBlock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalTopic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalDocumentRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalWideImage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"HERO"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"THUMBNAIL"},{"kind":"EnumValue","value":"CARD"},{"kind":"EnumValue","value":"HERO"}]}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalBodyBlock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BodyBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParagraphBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"CONTENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmbedBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentLinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactBoxBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallToActionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"buttonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"firstRowIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"firstColIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalDocumentRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}}]}}]} as unknown as DocumentNode<PortalPolicyPageFragment, unknown>;
export const PortalDocumentPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalDocumentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuingBody"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"signer"}},{"kind":"Field","name":{"kind":"Name","value":"signerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"documentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supersededBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalDocumentRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalBodyBlock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalTopic"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalDocumentRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalBodyBlock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BodyBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParagraphBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"CONTENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmbedBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentLinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactBoxBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallToActionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"buttonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"firstRowIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"firstColIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]} as unknown as DocumentNode<PortalDocumentPageFragment, unknown>;
export const PortalCampaignPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalCampaignPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standfirst"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"keyMessages"}},{"kind":"Field","name":{"kind":"Name","value":"coverImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalWideImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalBodyBlock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalTopic"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalWideImage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"HERO"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"THUMBNAIL"},{"kind":"EnumValue","value":"CARD"},{"kind":"EnumValue","value":"HERO"}]}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalBodyBlock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BodyBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParagraphBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"CONTENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmbedBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentLinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactBoxBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallToActionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"buttonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"firstRowIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"firstColIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]} as unknown as DocumentNode<PortalCampaignPageFragment, unknown>;
export const PortalEventPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalEventPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standfirst"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"placeName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"}},{"kind":"Field","name":{"kind":"Name","value":"registrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceMode"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceModeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalWideImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalBodyBlock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalTopic"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalWideImage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"HERO"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"THUMBNAIL"},{"kind":"EnumValue","value":"CARD"},{"kind":"EnumValue","value":"HERO"}]}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalBodyBlock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BodyBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParagraphBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"CONTENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmbedBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentLinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactBoxBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallToActionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"buttonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"firstRowIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"firstColIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]} as unknown as DocumentNode<PortalEventPageFragment, unknown>;
export const PortalQuestionPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalQuestionPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"asker"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalTopic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalDocumentRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalDocumentRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}}]}}]} as unknown as DocumentNode<PortalQuestionPageFragment, unknown>;
export const PortalGalleryPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalGalleryPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GalleryPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}},{"kind":"Field","name":{"kind":"Name","value":"photographer"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalTopic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalWideImage"}},{"kind":"Field","alias":{"kind":"Name","value":"original"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"ORIGINAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalWideImage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"HERO"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"THUMBNAIL"},{"kind":"EnumValue","value":"CARD"},{"kind":"EnumValue","value":"HERO"}]}}]}]}}]} as unknown as DocumentNode<PortalGalleryPageFragment, unknown>;
export const PortalVideoPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalVideoPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"transcript"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalWideImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalTopic"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalWideImage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"HERO"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"THUMBNAIL"},{"kind":"EnumValue","value":"CARD"},{"kind":"EnumValue","value":"HERO"}]}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]} as unknown as DocumentNode<PortalVideoPageFragment, unknown>;
export const PortalInfographicPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalInfographicPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InfographicPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"textAlternative"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"CONTENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CONTENT"},{"kind":"EnumValue","value":"ORIGINAL"}]}}]},{"kind":"Field","alias":{"kind":"Name","value":"original"},"name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"ORIGINAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalTopic"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]} as unknown as DocumentNode<PortalInfographicPageFragment, unknown>;
export const PortalModelStoryPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalModelStoryPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelStoryPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personRole"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"standfirst"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"}},{"kind":"Field","name":{"kind":"Name","value":"readingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"portrait"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"PORTRAIT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalBodyBlock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalTopic"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalBodyBlock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BodyBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParagraphBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"CONTENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmbedBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentLinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactBoxBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallToActionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"buttonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"firstRowIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"firstColIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]} as unknown as DocumentNode<PortalModelStoryPageFragment, unknown>;
export const PortalFormPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFormPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FormPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"formFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fieldType"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}}]}}]}}]} as unknown as DocumentNode<PortalFormPageFragment, unknown>;
export const PortalSectionPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalSectionPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"coverImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalWideImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalTopic"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalWideImage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Image"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"HERO"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"THUMBNAIL"},{"kind":"EnumValue","value":"CARD"},{"kind":"EnumValue","value":"HERO"}]}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalTopic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Topic"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]} as unknown as DocumentNode<PortalSectionPageFragment, unknown>;
export const PortalHomePageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalHomePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HomePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"about"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"featuredItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}}]}}]} as unknown as DocumentNode<PortalHomePageFragment, unknown>;
export const PortalPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"pageType"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}},{"kind":"Field","name":{"kind":"Name","value":"firstPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}},{"kind":"Field","name":{"kind":"Name","value":"pageType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArticlePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standfirst"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"readingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"coverImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"HERO"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"THUMBNAIL"},{"kind":"EnumValue","value":"CARD"},{"kind":"EnumValue","value":"HERO"}]}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalBodyBlock"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalFile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalBodyBlock"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BodyBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParagraphBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"CONTENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmbedBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentLinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalFile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactBoxBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallToActionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"buttonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"firstRowIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"firstColIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"}}]}}]}}]}}]} as unknown as DocumentNode<PortalPageFieldsFragment, unknown>;
export const VoiceCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoiceCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFollow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"topicLabel"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDue"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"toOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"noticeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<VoiceCaseFragment, unknown>;
export const PortalShadowDocument = {"__meta__":{"hash":"e4c03c4c43a57c6ee81acea6333ea9ceb40cf5d759b6e7c8a429da88e070f080"}} as unknown as DocumentNode<PortalShadowQuery, PortalShadowQueryVariables>;
export const PortalTopicsDocument = {"__meta__":{"hash":"a0fba2b8f829ab8d23bcaa88cb3a16f8a96aae0fc1117b4706fa38c01b84b366"}} as unknown as DocumentNode<PortalTopicsQuery, PortalTopicsQueryVariables>;
export const PortalTopicDocument = {"__meta__":{"hash":"01f5e6bbf67ce8db5d15712fe6c230ce732b4cf96f5bf0f2f90912861e90bd7e"}} as unknown as DocumentNode<PortalTopicQuery, PortalTopicQueryVariables>;
export const PortalTagDocument = {"__meta__":{"hash":"5fd585d09fc1ec3a11b0ca75cb8a0c0da0b943112d68e910e1da281ed24a7afe"}} as unknown as DocumentNode<PortalTagQuery, PortalTagQueryVariables>;
export const PortalSearchDocument = {"__meta__":{"hash":"2eb1f4f4ec9e80dac0a216892840a829aa87e23244c1daae137f106c8f9883b7"}} as unknown as DocumentNode<PortalSearchQuery, PortalSearchQueryVariables>;
export const PortalSuggestDocument = {"__meta__":{"hash":"cce7911a373677830b9a4742ff984b92374ad330969f81f2a221fee4df7cc93d"}} as unknown as DocumentNode<PortalSuggestQuery, PortalSuggestQueryVariables>;
export const PortalQuestionsDocument = {"__meta__":{"hash":"3bf4fddfa7b254be7c838304be0a11e96947ac7b3fe09ea493fba51982789869"}} as unknown as DocumentNode<PortalQuestionsQuery, PortalQuestionsQueryVariables>;
export const PortalOrgRootsDocument = {"__meta__":{"hash":"57031886033617b5f5dd9dd4c628ae6caa7ad81373c3c75f069bffeb3aef4a80"}} as unknown as DocumentNode<PortalOrgRootsQuery, PortalOrgRootsQueryVariables>;
export const PortalOrgChildrenDocument = {"__meta__":{"hash":"63c58f0ac0487f876d546cbd3736ac669f497f82dc978c38e39e43ef877ca427"}} as unknown as DocumentNode<PortalOrgChildrenQuery, PortalOrgChildrenQueryVariables>;
export const PortalOrgSearchDocument = {"__meta__":{"hash":"b3621843890ea81694a8ddae2fc8dbb9c4ad2637323a4f13f4d59c5e502ecce2"}} as unknown as DocumentNode<PortalOrgSearchQuery, PortalOrgSearchQueryVariables>;
export const PortalMetaDocument = {"__meta__":{"hash":"a0d4f24db8fee55af87266b3d469a059f895e24e16fddd0a04a0a0830c0248cc"}} as unknown as DocumentNode<PortalMetaQuery, PortalMetaQueryVariables>;
export const PortalSiteMetaDocument = {"__meta__":{"hash":"24dd221f8759d56f0a62c79df05e8d02dbb71e206e6c8b4714fc4fed062c8557"}} as unknown as DocumentNode<PortalSiteMetaQuery, PortalSiteMetaQueryVariables>;
export const PortalFeedDocument = {"__meta__":{"hash":"2e14ef624c4d10bf9edc9c32cff564a91d34d66a2a5e751dafcde2b1817e0c6b"}} as unknown as DocumentNode<PortalFeedQuery, PortalFeedQueryVariables>;
export const PortalMicrositeDocument = {"__meta__":{"hash":"9f2c83cd1a58e0386527c3b9c0bd43680d461f99a786302055fcc943ef5b8cbb"}} as unknown as DocumentNode<PortalMicrositeQuery, PortalMicrositeQueryVariables>;
export const PortalPageDocument = {"__meta__":{"hash":"29530d0626fe2e5a8ffff0ac8eb9794761f878faec6e01ff85205b8adab46e48"}} as unknown as DocumentNode<PortalPageQuery, PortalPageQueryVariables>;
export const PortalArticlePageDocument = {"__meta__":{"hash":"078ac03d68dac5d65b01a3575ca14c0b9e24ac5b42ffdc08cefd9eb4e124fa45"}} as unknown as DocumentNode<PortalArticlePageQuery, PortalArticlePageQueryVariables>;
export const PortalPolicyPageDocument = {"__meta__":{"hash":"cca671c53dcaf381daaf51a7c1ee875a47f98b04b568271fd8793f86c2ef7ebc"}} as unknown as DocumentNode<PortalPolicyPageQuery, PortalPolicyPageQueryVariables>;
export const PortalDocumentPageDocument = {"__meta__":{"hash":"f671445480fd459c529d8a1f4c6e162be6df5e145c0ea1a33444b0af9a5cd1fe"}} as unknown as DocumentNode<PortalDocumentPageQuery, PortalDocumentPageQueryVariables>;
export const PortalCampaignPageDocument = {"__meta__":{"hash":"4d05516db0065d21b2d6d179c0f15daae477e2e311712e76215c951b9fd96ce4"}} as unknown as DocumentNode<PortalCampaignPageQuery, PortalCampaignPageQueryVariables>;
export const PortalEventPageDocument = {"__meta__":{"hash":"b26cd4ef4a6c2adcf5d9e540da9b769ecbdae3833609ccbe2da4981ea6e28afe"}} as unknown as DocumentNode<PortalEventPageQuery, PortalEventPageQueryVariables>;
export const PortalQuestionPageDocument = {"__meta__":{"hash":"877c36f11ee740cd46c5db4ae31ec38a4c9bccf9ea9d7134e734bd6eec6ac894"}} as unknown as DocumentNode<PortalQuestionPageQuery, PortalQuestionPageQueryVariables>;
export const PortalGalleryPageDocument = {"__meta__":{"hash":"02de8bcfe6195559ff3241e6d34b6b050fe3d466156c7a8240c5f5bfef760a22"}} as unknown as DocumentNode<PortalGalleryPageQuery, PortalGalleryPageQueryVariables>;
export const PortalVideoPageDocument = {"__meta__":{"hash":"7c81470a8a32e26ab6f34e9779355a445d796762b0c95e6a9725d360257c4d7a"}} as unknown as DocumentNode<PortalVideoPageQuery, PortalVideoPageQueryVariables>;
export const PortalInfographicPageDocument = {"__meta__":{"hash":"c1e0f18bb7ec9bea56fe111fee08b892b54279f312cf8964e80dbff79d6207aa"}} as unknown as DocumentNode<PortalInfographicPageQuery, PortalInfographicPageQueryVariables>;
export const PortalModelStoryPageDocument = {"__meta__":{"hash":"12f926e2952532b5c00b212a0768681fb118d67f2a17187787d982de7a0a5742"}} as unknown as DocumentNode<PortalModelStoryPageQuery, PortalModelStoryPageQueryVariables>;
export const PortalFormPageDocument = {"__meta__":{"hash":"10103f3721b3e45a7c705ec7bca18b13d46afd2e7daf254d03ed3370e2a5650a"}} as unknown as DocumentNode<PortalFormPageQuery, PortalFormPageQueryVariables>;
export const PortalSectionPageDocument = {"__meta__":{"hash":"425dadca9fc56cdffb7a05d85ff6894484f964b523b1641c81a99ec70173d539"}} as unknown as DocumentNode<PortalSectionPageQuery, PortalSectionPageQueryVariables>;
export const PortalHomePageDocument = {"__meta__":{"hash":"46e7f51e0373e33789b740fe6aa8228fcd469ca6caa18d088afce00238a0eabd"}} as unknown as DocumentNode<PortalHomePageQuery, PortalHomePageQueryVariables>;
export const PortalGenericPageDocument = {"__meta__":{"hash":"836a60d6e2c01755e8618150c6488814030877db47c34a2bc2698e277f4aa3f8"}} as unknown as DocumentNode<PortalGenericPageQuery, PortalGenericPageQueryVariables>;
export const PortalPreviewDocument = {"__meta__":{"hash":"d04f871abb4c531ee184ea185f26a7075de29be4121ec640bd2a986ff524926a"}} as unknown as DocumentNode<PortalPreviewQuery, PortalPreviewQueryVariables>;
export const VoiceFormDocument = {"__meta__":{"hash":"4be2c498d42b20f36a82120e329ccc442ec3e663de72a47216f6ea1dba3960b1"}} as unknown as DocumentNode<VoiceFormQuery, VoiceFormQueryVariables>;
export const VoiceSubmitDocument = {"__meta__":{"hash":"a01d94c318f0401b9672f30664557c46b21a1e86cc8aa706f352a8c3c8d91be4"}} as unknown as DocumentNode<VoiceSubmitMutation, VoiceSubmitMutationVariables>;
export const VoiceReportDocument = {"__meta__":{"hash":"c5bab8ee4280c4c912835a4f03265de66a59319dda4d743ffefeb01f1cbf08ff"}} as unknown as DocumentNode<VoiceReportMutation, VoiceReportMutationVariables>;
export const VoiceFollowDocument = {"__meta__":{"hash":"3735671c851ac46a3cfe92f2b9c239bc6dc26f590f37dcd53d81785f6c0f1000"}} as unknown as DocumentNode<VoiceFollowQuery, VoiceFollowQueryVariables>;
export const VoiceWithdrawDocument = {"__meta__":{"hash":"033c0bb1437a383277a0a04fccb0b931f04f6614bf00d47bfbb46af618896041"}} as unknown as DocumentNode<VoiceWithdrawMutation, VoiceWithdrawMutationVariables>;