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

export type PortalFeedQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  organization?: InputMaybe<Scalars['String']['input']>;
}>;


export type PortalFeedQuery = { __typename?: 'Query', site: { __typename?: 'Site', name: string, shortName: string }, feed: { __typename?: 'FeedConnection', totalCount: number, edges: Array<{ __typename?: 'FeedEdge', node: { __typename?: 'FeedItem', id: string, origin: FeedOrigin, title: string, standfirst: string, path?: string | null, url?: string | null, date: string, coverUrl?: string | null, pageType: string, mandatory: boolean, pinned: boolean, correction?: string | null, source: { __typename?: 'FeedOrganization', name: string, shortName: string }, sharedBy: { __typename?: 'FeedOrganization', name: string, shortName: string } } }> } };

export type PortalMicrositeQueryVariables = Exact<{
  code: Scalars['String']['input'];
  root: Scalars['String']['input'];
}>;


export type PortalMicrositeQuery = { __typename?: 'Query', site: { __typename?: 'Site', name: string, shortName: string }, root?: { __typename?: 'ArticlePage', id: string, title: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, pageType: string } | null, organization?: { __typename?: 'Organization', code: string, name: string, shortName: string, contentHome?: { __typename?: 'ContentHome', isOwnTenant: boolean, micrositePageId?: string | null } | null } | null };

export type PortalPageQueryVariables = Exact<{
  path: Scalars['String']['input'];
}>;


export type PortalPageQuery = { __typename?: 'Query', site: { __typename?: 'Site', name: string, shortName: string }, page?: { __typename: 'ArticlePage', standfirst: string, author: string, publishedOn?: string | null, readingMinutes: number, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, topics: Array<{ __typename?: 'Topic', name: string, slug: string }>, body: Array<{ __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null } | { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null } | { __typename: 'EmbedBlock', url: string, provider: string, caption: string } | { __typename: 'FactBoxBlock', title: string, html: string } | { __typename: 'HeadingBlock', text: string, level: number } | { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'ParagraphBlock', html: string } | { __typename: 'QuoteBlock', text: string, attribution: string } | { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> }>, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'CampaignPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'DocumentPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'EventPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'FormPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'GalleryPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'GenericPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'HomePage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'InfographicPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'ModelStoryPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'PolicyPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'QuestionPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'SectionPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'VideoPage', id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | null };

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

export type PortalPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type PortalPreviewQuery = { __typename?: 'Query', site: { __typename?: 'Site', name: string, shortName: string }, previewPage?: { __typename: 'ArticlePage', isPreview: boolean, standfirst: string, author: string, publishedOn?: string | null, readingMinutes: number, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, coverImage?: { __typename?: 'Image', description: string, srcSet: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null, topics: Array<{ __typename?: 'Topic', name: string, slug: string }>, body: Array<{ __typename: 'CallToActionBlock', text: string, buttonLabel: string, url: string, page?: { __typename?: 'ArticlePage', urlPath: string } | { __typename?: 'CampaignPage', urlPath: string } | { __typename?: 'DocumentPage', urlPath: string } | { __typename?: 'EventPage', urlPath: string } | { __typename?: 'FormPage', urlPath: string } | { __typename?: 'GalleryPage', urlPath: string } | { __typename?: 'GenericPage', urlPath: string } | { __typename?: 'HomePage', urlPath: string } | { __typename?: 'InfographicPage', urlPath: string } | { __typename?: 'ModelStoryPage', urlPath: string } | { __typename?: 'PolicyPage', urlPath: string } | { __typename?: 'QuestionPage', urlPath: string } | { __typename?: 'SectionPage', urlPath: string } | { __typename?: 'VideoPage', urlPath: string } | null } | { __typename: 'DocumentLinkBlock', label: string, document?: { __typename?: 'Document', title: string, url?: string | null, fileExtension: string, fileSize?: number | null } | null, officialDocument?: { __typename?: 'DocumentPage', title: string, documentNumber: string, urlPath: string } | null } | { __typename: 'EmbedBlock', url: string, provider: string, caption: string } | { __typename: 'FactBoxBlock', title: string, html: string } | { __typename: 'HeadingBlock', text: string, level: number } | { __typename: 'ImageBlock', caption: string, credit: string, alt: string, image?: { __typename?: 'Image', description: string, rendition: { __typename?: 'Rendition', url: string, width: number, height: number } } | null } | { __typename: 'ParagraphBlock', html: string } | { __typename: 'QuoteBlock', text: string, attribution: string } | { __typename: 'TableBlock', caption: string, firstRowIsHeader: boolean, firstColIsHeader: boolean, rows: Array<{ __typename?: 'TableRow', cells: Array<string> }> }>, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'CampaignPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'DocumentPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'EventPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'FormPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'GalleryPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'GenericPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'HomePage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'InfographicPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'ModelStoryPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'PolicyPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'QuestionPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'SectionPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | { __typename: 'VideoPage', isPreview: boolean, id: string, title: string, pageType: string, urlPath: string, seoTitle: string, searchDescription: string, firstPublishedAt?: string | null, ancestors: Array<{ __typename?: 'ArticlePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'CampaignPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'DocumentPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'EventPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'FormPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GalleryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'GenericPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'HomePage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'InfographicPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'ModelStoryPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'PolicyPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'QuestionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'SectionPage', id: string, title: string, urlPath: string, pageType: string } | { __typename?: 'VideoPage', id: string, title: string, urlPath: string, pageType: string }> } | null };

export const PortalPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Page"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"pageType"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}},{"kind":"Field","name":{"kind":"Name","value":"seoTitle"}},{"kind":"Field","name":{"kind":"Name","value":"searchDescription"}},{"kind":"Field","name":{"kind":"Name","value":"firstPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}},{"kind":"Field","name":{"kind":"Name","value":"pageType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArticlePage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standfirst"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"readingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"coverImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"HERO"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sizes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"THUMBNAIL"},{"kind":"EnumValue","value":"CARD"},{"kind":"EnumValue","value":"HERO"}]}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParagraphBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeadingBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"rendition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"CONTENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmbedBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentLinkBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileExtension"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officialDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FactBoxBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallToActionBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"buttonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urlPath"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TableBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"firstRowIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"firstColIsHeader"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalPageFieldsFragment, unknown>;
export const PortalFeedDocument = {"__meta__":{"hash":"fed7e18fce54bf130aed5b2a86c52c17b74cd5186354d6017e9c2ae97a55d4fa"}} as unknown as DocumentNode<PortalFeedQuery, PortalFeedQueryVariables>;
export const PortalMicrositeDocument = {"__meta__":{"hash":"9f2c83cd1a58e0386527c3b9c0bd43680d461f99a786302055fcc943ef5b8cbb"}} as unknown as DocumentNode<PortalMicrositeQuery, PortalMicrositeQueryVariables>;
export const PortalPageDocument = {"__meta__":{"hash":"5be76dfb0483207a6247304e25afa39f3ae805113d6134750a6fcd713e4d4005"}} as unknown as DocumentNode<PortalPageQuery, PortalPageQueryVariables>;
export const PortalPreviewDocument = {"__meta__":{"hash":"091719c17da0df56d4cfdd6ee99acec992d703f91337dfcdda619a8b8c55f9bc"}} as unknown as DocumentNode<PortalPreviewQuery, PortalPreviewQueryVariables>;