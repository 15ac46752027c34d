<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- SPDX-FileCopyrightText: 2026 Veille developers -->
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<TS version="2.1" language="vi">
<context>
    <name>EntitiesDialog</name>
    <message>
        <source>Entities</source>
        <translation>Thực thể</translation>
    </message>
    <message>
        <source>Find a name or an alias…</source>
        <translation>Tìm tên hoặc tên gọi khác…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài báo</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Thực thể &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Hợp nhất vào…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Đổi &amp;tên…</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>Tên gọi khác:</translation>
    </message>
    <message>
        <source>Add &amp;Alias…</source>
        <translation>Thêm tên gọi &amp;khác…</translation>
    </message>
    <message>
        <source>Remove Alias</source>
        <translation>Bỏ tên gọi khác</translation>
    </message>
    <message>
        <source>The gazetteer, or the names the French tagger detected that nobody confirmed yet</source>
        <translation>Danh mục thực thể, hoặc các tên do bộ gán nhãn tiếng Pháp phát hiện mà chưa ai xác nhận</translation>
    </message>
    <message>
        <source>in at least </source>
        <translation>trong ít nhất </translation>
    </message>
    <message>
        <source> articles</source>
        <translation> bài báo</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Chấp nhận</translation>
    </message>
    <message>
        <source>The selected names join the gazetteer</source>
        <translation>Các tên đã chọn được đưa vào danh mục thực thể</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Từ chối</translation>
    </message>
    <message>
        <source>The selected names are never highlighted again</source>
        <translation>Các tên đã chọn sẽ không bao giờ được tô sáng nữa</translation>
    </message>
    <message>
        <source>Accept All &amp;Shown…</source>
        <translation>Chấp nhận &amp;mọi tên đang hiển thị…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <source>Import a Table</source>
        <translation>Nhập bảng</translation>
    </message>
    <message>
        <source>Each row becomes one article. Choose the column that gives each field; the guess comes from the header. A row needs a title or a body.</source>
        <translation>Mỗi dòng trở thành một bài báo. Hãy chọn cột cung cấp cho từng trường; lựa chọn ban đầu được đoán từ dòng tiêu đề cột. Mỗi dòng cần có tiêu đề hoặc nội dung.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>N&amp;guồn:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Các dòng đầu tiên:</translation>
    </message>
</context>
<context>
    <name>Veille::AddEntityCommand</name>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>Đánh dấu “%1” là %2</translation>
    </message>
</context>
<context>
    <name>Veille::AliasCommand</name>
    <message>
        <source>Add “%1” as an alias of %2</source>
        <translation>Thêm “%1” làm tên gọi khác của %2</translation>
    </message>
    <message>
        <source>Remove the alias “%1” of %2</source>
        <translation>Bỏ tên gọi khác “%1” của %2</translation>
    </message>
</context>
<context>
    <name>Veille::AppTheme</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Hệ thống</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Sáng</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tối</translation>
    </message>
</context>
<context>
    <name>Veille::ArticleFilterBar</name>
    <message>
        <source>A year, a month or a day: 2025, 2025-05 or 2025-05-12</source>
        <translation>Một năm, một tháng hoặc một ngày: 2025, 2025-05 hoặc 2025-05-12</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Only the articles of this agency</source>
        <translation>Chỉ các bài báo của hãng tin này</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Mọi nguồn</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Đã đánh dấu</translation>
    </message>
    <message>
        <source>Only the articles with a bookmarked passage</source>
        <translation>Chỉ các bài báo có đoạn trích đã đánh dấu</translation>
    </message>
    <message>
        <source>Best First</source>
        <translation>Phù hợp nhất</translation>
    </message>
    <message>
        <source>List the best matches of a search first; otherwise, the order of the column headers. A search matching more than %1 articles is listed by date.</source>
        <translation>Liệt kê trước các kết quả phù hợp nhất của lượt tìm kiếm; nếu không, theo thứ tự của tiêu đề cột. Lượt tìm kiếm khớp với hơn %1 bài báo sẽ được liệt kê theo ngày.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write 2025, 2025-05 or 2025-05-12.</source>
        <translation>“%1” không phải là ngày: hãy viết 2025, 2025-05 hoặc 2025-05-12.</translation>
    </message>
    <message>
        <source>The first date comes after the second.</source>
        <translation>Ngày thứ nhất nằm sau ngày thứ hai.</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Chưa đọc</translation>
    </message>
    <message>
        <source>Only the articles not read yet</source>
        <translation>Chỉ các bài báo chưa đọc</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Gắn sao</translation>
    </message>
    <message>
        <source>Only the starred articles</source>
        <translation>Chỉ các bài báo gắn sao</translation>
    </message>
    <message>
        <source>Wire copies: the same story printed by several sites, with another title or a paragraph more. One row per story, under its original or its newest copy, or every copy on its own row.</source>
        <translation>Bản sao tin: cùng một bài báo được nhiều trang đăng lại, với tiêu đề khác hoặc thêm một đoạn. Một dòng cho mỗi tin, dưới bản gốc hoặc bản sao mới nhất, hoặc mỗi bản sao một dòng.</translation>
    </message>
    <message>
        <source>Copies grouped, original</source>
        <translation>Gộp bản sao, bản gốc</translation>
    </message>
    <message>
        <source>Copies grouped, newest</source>
        <translation>Gộp bản sao, bản mới nhất</translation>
    </message>
    <message>
        <source>Every copy</source>
        <translation>Mọi bản sao</translation>
    </message>
</context>
<context>
    <name>Veille::ArticleListModel</name>
    <message>
        <source>undated</source>
        <translation>không rõ ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Updated since it was read</source>
        <translation>Đã cập nhật kể từ khi đọc</translation>
    </message>
</context>
<context>
    <name>Veille::ArticleListPane</name>
    <message>
        <source>Show all articles again</source>
        <translation>Hiện lại tất cả bài báo</translation>
    </message>
</context>
<context>
    <name>Veille::ArticleParser</name>
    <message>
        <source>not a text file (binary content)</source>
        <translation>không phải tệp văn bản (nội dung nhị phân)</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>tệp rỗng</translation>
    </message>
    <message>
        <source>impossible date “%1” in the header line</source>
        <translation>ngày không hợp lệ “%1” ở dòng đầu</translation>
    </message>
    <message>
        <source>neither a title nor a body</source>
        <translation>không có cả tiêu đề lẫn nội dung</translation>
    </message>
</context>
<context>
    <name>Veille::BackupCommand</name>
    <message>
        <source>Back up the user&apos;s data (passages, notes, labels, tags, gazetteer curation) now.</source>
        <translation>Sao lưu ngay dữ liệu của người dùng (đoạn trích, ghi chú, nhãn, thẻ, phần biên tập danh mục thực thể).</translation>
    </message>
    <message>
        <source>Where to write the backup; by default today&apos;s file in the backups folder beside the database, of which the 7 newest are kept.</source>
        <translation>Nơi ghi bản sao lưu; mặc định là tệp của ngày hôm nay trong thư mục sao lưu bên cạnh cơ sở dữ liệu, nơi giữ lại 7 tệp mới nhất.</translation>
    </message>
    <message>
        <source>backup: unexpected argument %1</source>
        <translation>backup: đối số không mong đợi %1</translation>
    </message>
    <message>
        <source>backup failed: %1</source>
        <translation>sao lưu thất bại: %1</translation>
    </message>
    <message>
        <source>backed up to %1</source>
        <translation>đã sao lưu vào %1</translation>
    </message>
</context>
<context>
    <name>Veille::BookmarksCommand</name>
    <message>
        <source>What to do, see above.</source>
        <translation>Việc cần làm, xem ở trên.</translation>
    </message>
    <message>
        <source>The text to bookmark, as written in the article.</source>
        <translation>Văn bản cần đánh dấu, đúng như trong bài báo.</translation>
    </message>
    <message>
        <source>Which occurrence of the quote, from 1.</source>
        <translation>Lần xuất hiện thứ mấy của trích dẫn, tính từ 1.</translation>
    </message>
    <message>
        <source>First code point of the passage in the body.</source>
        <translation>Điểm mã đầu tiên của đoạn trích trong nội dung.</translation>
    </message>
    <message>
        <source>Code point after the passage.</source>
        <translation>Điểm mã ngay sau đoạn trích.</translation>
    </message>
    <message>
        <source>A note on the passage.</source>
        <translation>Ghi chú cho đoạn trích.</translation>
    </message>
    <message>
        <source>A label, by name or number: evidence, question, follow up, important.</source>
        <translation>Nhãn, theo tên hoặc số: evidence (bằng chứng), question (câu hỏi), follow up (cần theo dõi), important (quan trọng).</translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation>Một thẻ (có thể lặp lại).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>In ra JSON.</translation>
    </message>
    <message>
        <source>Only passages naming this entity (name, alias or id).</source>
        <translation>Chỉ các đoạn trích nêu tên thực thể này (tên, tên gọi khác hoặc ID).</translation>
    </message>
    <message>
        <source>Only the passages of this article.</source>
        <translation>Chỉ các đoạn trích của bài báo này.</translation>
    </message>
    <message>
        <source>Only passages in this state: anchored, moved or orphaned.</source>
        <translation>Chỉ các đoạn trích ở trạng thái này: anchored (đã neo), moved (đã dời chỗ) hoặc orphaned (mất neo).</translation>
    </message>
    <message>
        <source>Export format: md, csv or jsonld.</source>
        <translation>Định dạng xuất: md, csv hoặc jsonld.</translation>
    </message>
    <message>
        <source>Write the export to FILE instead of the standard output.</source>
        <translation>Ghi dữ liệu xuất vào FILE thay vì đầu ra chuẩn.</translation>
    </message>
    <message>
        <source>bookmarks: give a subcommand; see veille-cli bookmarks --help</source>
        <translation>bookmarks: hãy chỉ định một lệnh con; xem veille-cli bookmarks --help</translation>
    </message>
    <message>
        <source>bookmarks: unknown subcommand “%1”</source>
        <translation>bookmarks: lệnh con không xác định “%1”</translation>
    </message>
    <message>
        <source>bookmarks add: give one ARTICLE_ID</source>
        <translation>bookmarks add: hãy chỉ định một ARTICLE_ID</translation>
    </message>
    <message>
        <source>bookmarks add: give either --quote or --start and --end</source>
        <translation>bookmarks add: hãy chỉ định hoặc --quote, hoặc --start và --end</translation>
    </message>
    <message>
        <source>no article %1</source>
        <translation>không có bài báo %1</translation>
    </message>
    <message>
        <source>bookmarks add: --quote needs text and --occurrence a number from 1</source>
        <translation>bookmarks add: --quote cần văn bản và --occurrence cần một số từ 1 trở lên</translation>
    </message>
    <message>
        <source>“%1” occurs fewer than %2 times in article %3</source>
        <translation>“%1” xuất hiện ít hơn %2 lần trong bài báo %3</translation>
    </message>
    <message>
        <source>bookmarks add: --start and --end must be code points with start &lt; end ≤ %1</source>
        <translation>bookmarks add: --start và --end phải là điểm mã với start &lt; end ≤ %1</translation>
    </message>
    <message>
        <source>bookmarks add: unknown label “%1”</source>
        <translation>bookmarks add: nhãn không xác định “%1”</translation>
    </message>
    <message>
        <source>no entity is named “%1”</source>
        <translation>không có thực thể nào tên là “%1”</translation>
    </message>
    <message>
        <source>unknown label “%1”</source>
        <translation>nhãn không xác định “%1”</translation>
    </message>
    <message>
        <source>--article needs an article id</source>
        <translation>--article cần ID của một bài báo</translation>
    </message>
    <message>
        <source>--state is anchored, moved or orphaned</source>
        <translation>--state là anchored, moved hoặc orphaned</translation>
    </message>
    <message>
        <source>bookmarks remove: give one passage ID</source>
        <translation>bookmarks remove: hãy chỉ định ID của một đoạn trích</translation>
    </message>
    <message>
        <source>passage %1 moved to the trash</source>
        <translation>đã chuyển đoạn trích %1 vào thùng rác</translation>
    </message>
    <message>
        <source>bookmarks export: --format is md, csv or jsonld</source>
        <translation>bookmarks export: --format là md, csv hoặc jsonld</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>bookmarks import: give one FILE.jsonld</source>
        <translation>bookmarks import: hãy chỉ định một FILE.jsonld</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for an annotation file</source>
        <translation>%1 quá lớn đối với một tệp chú thích</translation>
    </message>
    <message>
        <source>%1 passages added, %2 already there, %3 not imported</source>
        <translation>đã thêm %1 đoạn trích, %2 đã có sẵn, %3 không được nhập</translation>
    </message>
    <message>
        <source>“%1” is not in article %2</source>
        <translation>“%1” không có trong bài báo %2</translation>
    </message>
    <message>
        <source>Bookmarked passages. Subcommands:
  add ARTICLE_ID (--quote TEXT [--occurrence N] | --start S --end E)
      [--note TEXT] [--label L] [--tag T]...   bookmark a passage (positions in code points)
  list [--json] [--entity X] [--tag T] [--label L] [--article ID] [--state anchored|moved|orphaned]
  remove ID                                     move a passage to the trash
  share ID | unshare ID                         let the team read one of your passages, or stop
                                                (on a team server)
  export --format md|csv|jsonld [--raw] [--out FILE] [filters as for list]
  import FILE.jsonld                            add passages from W3C Web Annotation JSON-LD</source>
        <translation>Các đoạn trích đã đánh dấu. Lệnh con:
  add ARTICLE_ID (--quote TEXT [--occurrence N] | --start S --end E)
      [--note TEXT] [--label L] [--tag T]...   đánh dấu một đoạn trích (vị trí tính bằng điểm mã)
  list [--json] [--entity X] [--tag T] [--label L] [--article ID] [--state anchored|moved|orphaned]
  remove ID                                     chuyển một đoạn trích vào thùng rác
  share ID | unshare ID                         cho nhóm đọc một đoạn trích của bạn, hoặc thôi
                                                (trên máy chủ nhóm)
  export --format md|csv|jsonld [--raw] [--out FILE] [bộ lọc như với list]
  import FILE.jsonld                            thêm đoạn trích từ tệp W3C Web Annotation JSON-LD</translation>
    </message>
    <message>
        <source>bookmarks share: give one passage ID</source>
        <translation>bookmarks share: hãy cho một ID đoạn trích</translation>
    </message>
    <message>
        <source>bookmarks unshare: give one passage ID</source>
        <translation>bookmarks unshare: hãy cho một ID đoạn trích</translation>
    </message>
    <message>
        <source>sharing needs a team server: a local database has no team (see --server)</source>
        <translation>chia sẻ cần máy chủ nhóm: cơ sở dữ liệu cục bộ không có nhóm (xem --server)</translation>
    </message>
    <message>
        <source>passage %1 shared with the team: the others may read it, not change it</source>
        <translation>đã chia sẻ đoạn trích %1 với nhóm: những người khác có thể đọc nhưng không thể sửa</translation>
    </message>
    <message>
        <source>passage %1 no longer shared: it is yours only</source>
        <translation>đoạn trích %1 không còn được chia sẻ: chỉ của riêng bạn</translation>
    </message>
</context>
<context>
    <name>Veille::ChangeListener</name>
    <message>
        <source>the server does not send notifications</source>
        <translation>máy chủ không gửi thông báo</translation>
    </message>
</context>
<context>
    <name>Veille::ColumnMapping</name>
    <message>
        <source>“%1” is not FIELD=COLUMN</source>
        <translation>“%1” không có dạng TRƯỜNG=CỘT</translation>
    </message>
    <message>
        <source>unknown field “%1”; the fields are title, body, date, source and url</source>
        <translation>trường không xác định “%1”; các trường là title, body, date, source và url</translation>
    </message>
    <message>
        <source>the field “%1” is mapped twice</source>
        <translation>trường “%1” được gán hai lần</translation>
    </message>
    <message>
        <source>the mapping is empty; write it as title=COLUMN,body=COLUMN,…</source>
        <translation>phần gán cột đang trống; hãy viết theo dạng title=CỘT,body=CỘT,…</translation>
    </message>
    <message>
        <source>no column “%1” for the %2; the columns are: %3</source>
        <translation>không có cột “%1” cho trường %2; các cột là: %3</translation>
    </message>
    <message>
        <source>no column for the title or the body (the columns are: %1); map one with title=COLUMN or body=COLUMN</source>
        <translation>không có cột nào cho tiêu đề hoặc nội dung (các cột là: %1); hãy gán một cột bằng title=CỘT hoặc body=CỘT</translation>
    </message>
</context>
<context>
    <name>Veille::Command</name>
    <message>
        <source>Show help for this command.</source>
        <translation>Hiện trợ giúp cho lệnh này.</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>không thể mở cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>Write CSV cells exactly as they are; by default a cell starting with =, +, -, @, a tab or a carriage return is prefixed with &apos; so that a spreadsheet does not run it as a formula.</source>
        <translation>Ghi các ô CSV đúng nguyên trạng; mặc định, ô bắt đầu bằng =, +, -, @, ký tự tab hoặc ký tự về đầu dòng (carriage return) được thêm &apos; ở đầu để bảng tính không thực thi nó như một công thức.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>không rõ ngày</translation>
    </message>
    <message numerus="yes">
        <source>+%n copies</source>
        <translation>
            <numerusform>+%n bản sao</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password. Password for %1: </source>
        <translation>Sai mật khẩu. Mật khẩu cho %1: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu cho %1: </translation>
    </message>
    <message>
        <source>the server %1 asks for a password: put it in ~/.pgpass (a line host:port:database:user:password, readable by you only), or run veille-cli on a terminal to type it</source>
        <translation>máy chủ %1 yêu cầu mật khẩu: hãy ghi nó vào ~/.pgpass (một dòng host:port:database:user:password, chỉ bạn đọc được), hoặc chạy veille-cli trong terminal để gõ nó</translation>
    </message>
</context>
<context>
    <name>Veille::Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>không thể tạo thư mục %1</translation>
    </message>
    <message>
        <source>the database was written by a newer Veille (schema %1; this version knows %2)</source>
        <translation>cơ sở dữ liệu được ghi bởi một phiên bản Veille mới hơn (lược đồ %1; phiên bản này chỉ biết đến lược đồ %2)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>không phải tệp thông thường</translation>
    </message>
    <message>
        <source>the file does not exist and its folder is not writable</source>
        <translation>tệp không tồn tại và thư mục chứa nó không cho phép ghi</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql, or libqt5sql5-psql)</source>
        <translation>trình điều khiển PostgreSQL của Qt chưa được cài đặt (Debian: libqt6sql6-psql, hoặc libqt5sql5-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>không thể kết nối tới %1: %2</translation>
    </message>
</context>
<context>
    <name>Veille::DatabaseCheck</name>
    <message>
        <source>the check stopped before the end</source>
        <translation>quá trình kiểm tra đã dừng trước khi kết thúc</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1, và %n vấn đề khác</numerusform>
        </translation>
    </message>
    <message>
        <source>the database is too large to check without a time limit</source>
        <translation>cơ sở dữ liệu quá lớn để kiểm tra mà không giới hạn thời gian</translation>
    </message>
</context>
<context>
    <name>Veille::DatabaseCheckNotice</name>
    <message>
        <source>The database is damaged: %1</source>
        <translation>Cơ sở dữ liệu bị hỏng: %1</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>The database “%1” is damaged: %2.

Imports into it will stop. To save what it holds, your passages first, quit Veille and run:

veille-cli --db &quot;%1&quot; doctor

It only reads the file, and writes a recovered copy beside it.</source>
        <translation>Cơ sở dữ liệu “%1” bị hỏng: %2.

Việc nhập vào cơ sở dữ liệu này sẽ dừng lại. Để cứu những gì nó còn chứa, trước hết là các đoạn trích của bạn, hãy thoát Veille rồi chạy:

veille-cli --db &quot;%1&quot; doctor

Lệnh này chỉ đọc tệp, và ghi một bản đã phục hồi bên cạnh nó.</translation>
    </message>
</context>
<context>
    <name>Veille::DatabaseRecovery</name>
    <message>
        <source>%1 or its user data backup already exists; name a new file</source>
        <translation>%1 hoặc bản sao lưu dữ liệu người dùng của nó đã tồn tại; hãy đặt tên một tệp mới</translation>
    </message>
    <message>
        <source>the rows were saved, but finding the names in the articles failed: %1</source>
        <translation>các dòng đã được cứu, nhưng việc tìm lại các tên trong bài báo không thành công: %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>không thể tạo %1: %2</translation>
    </message>
    <message>
        <source>cannot write the user data backup: %1</source>
        <translation>không thể ghi bản sao lưu dữ liệu người dùng: %1</translation>
    </message>
    <message>
        <source>importing the lost articles again failed: %1</source>
        <translation>nhập lại các bài báo bị mất không thành công: %1</translation>
    </message>
    <message>
        <source>the rows were saved, but grouping the wire copies failed: %1</source>
        <translation>các dòng đã được lưu, nhưng việc gộp các bản sao tin thất bại: %1</translation>
    </message>
</context>
<context>
    <name>Veille::DatabaseSalvage</name>
    <message>
        <source>nothing can be read from %1: %2</source>
        <translation>không đọc được gì từ %1: %2</translation>
    </message>
</context>
<context>
    <name>Veille::DecideDetectedCommand</name>
    <message>
        <source>Accept “%1”</source>
        <translation>Chấp nhận “%1”</translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>Từ chối “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n detected name(s)</source>
        <translation>
            <numerusform>Chấp nhận %n tên được phát hiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n detected name(s)</source>
        <translation>
            <numerusform>Từ chối %n tên được phát hiện</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::DefaultGazetteer</name>
    <message>
        <source>the default gazetteer is not built into this program</source>
        <translation>danh mục thực thể mặc định không được tích hợp trong chương trình này</translation>
    </message>
    <message>
        <source>no countries: Debian&apos;s iso-codes package is not installed</source>
        <translation>không có quốc gia nào: gói iso-codes của Debian chưa được cài đặt</translation>
    </message>
</context>
<context>
    <name>Veille::DelimitedReader</name>
    <message>
        <source>record longer than %1</source>
        <translation>bản ghi dài hơn %1</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>nhiều hơn %1 trường</translation>
    </message>
    <message>
        <source>unterminated quote: the quoted field opened on line %1 never closes</source>
        <translation>dấu ngoặc kép chưa đóng: trường trong ngoặc kép mở ở dòng %1 không bao giờ được đóng</translation>
    </message>
    <message>
        <source>text after the closing quote on line %1 (a quote inside a quoted field must be doubled)</source>
        <translation>có văn bản sau dấu ngoặc kép đóng ở dòng %1 (dấu ngoặc kép bên trong một trường trong ngoặc kép phải được viết đôi)</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>tệp rỗng</translation>
    </message>
    <message>
        <source>the header row (line %1) cannot be read: %2</source>
        <translation>không đọc được dòng tiêu đề cột (dòng %1): %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>cột %1</translation>
    </message>
    <message>
        <source>stopped after %1 malformed records in a row; is this really a %2 file?</source>
        <translation>đã dừng sau %1 bản ghi sai định dạng liên tiếp; đây có thật là tệp %2 không?</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 trường trong khi dòng tiêu đề cột có %2</translation>
    </message>
    <message>
        <source>binary content in a field</source>
        <translation>nội dung nhị phân trong một trường</translation>
    </message>
</context>
<context>
    <name>Veille::DigestCommand</name>
    <message>
        <source>Write each watch&apos;s new articles (title, date, source, snippet, entities) as Markdown or HTML.</source>
        <translation>Ghi các bài báo mới của từng mục theo dõi (tiêu đề, ngày, nguồn, trích đoạn, thực thể) dưới dạng Markdown hoặc HTML.</translation>
    </message>
    <message>
        <source>Articles imported or updated since DATE (2026-12-05 or 2026-12-05T08:00); by default, the last 24 hours.</source>
        <translation>Các bài báo được nhập hoặc cập nhật từ DATE (2026-12-05 hoặc 2026-12-05T08:00); mặc định là 24 giờ qua.</translation>
    </message>
    <message>
        <source>The unread articles, whenever imported.</source>
        <translation>Các bài báo chưa đọc, bất kể nhập lúc nào.</translation>
    </message>
    <message>
        <source>md (default) or html: one self-contained page.</source>
        <translation>md (mặc định) hoặc html: một trang độc lập.</translation>
    </message>
    <message>
        <source>Write to FILE instead of the standard output.</source>
        <translation>Ghi vào FILE thay vì đầu ra chuẩn.</translation>
    </message>
    <message>
        <source>digest: unexpected argument %1</source>
        <translation>digest: đối số không mong đợi %1</translation>
    </message>
    <message>
        <source>digest: give --since or --unread, not both</source>
        <translation>digest: hãy cho --since hoặc --unread, không cả hai</translation>
    </message>
    <message>
        <source>digest: the format is md or html</source>
        <translation>digest: định dạng là md hoặc html</translation>
    </message>
    <message>
        <source>digest: “%1” is not a date like 2026-12-05</source>
        <translation>digest: “%1” không phải là ngày dạng 2026-12-05</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không thể ghi %1: %2</translation>
    </message>
</context>
<context>
    <name>Veille::DigestDialog</name>
    <message>
        <source>Export Digest</source>
        <translation>Xuất bản tin tổng hợp</translation>
    </message>
    <message>
        <source>Articles imported since</source>
        <translation>Bài báo được nhập từ</translation>
    </message>
    <message>
        <source>Unread articles</source>
        <translation>Bài báo chưa đọc</translation>
    </message>
    <message>
        <source>HTML (one page, for mail or print)</source>
        <translation>HTML (một trang, để gửi thư hoặc in)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>veille-digest-%1.html</source>
        <translation>veille-digest-%1.html</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>New articles:</source>
        <translation>Bài báo mới:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Hãy chọn một tệp để ghi.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
</context>
<context>
    <name>Veille::DigestWriter</name>
    <message>
        <source>undated</source>
        <translation>không rõ ngày</translation>
    </message>
    <message>
        <source>Veille digest, %1</source>
        <translation>Bản tin tổng hợp Veille, %1</translation>
    </message>
    <message>
        <source>Unread articles</source>
        <translation>Bài báo chưa đọc</translation>
    </message>
    <message>
        <source>Articles imported or updated since %1</source>
        <translation>Bài báo được nhập hoặc cập nhật từ %1</translation>
    </message>
    <message>
        <source>Every article</source>
        <translation>Mọi bài báo</translation>
    </message>
    <message>
        <source>, for each watch.</source>
        <translation>, cho từng mục theo dõi.</translation>
    </message>
    <message numerus="yes">
        <source>%n new articles, the %1 newest below</source>
        <translation>
            <numerusform>%n bài báo mới, %1 bài mới nhất ở dưới</numerusform>
        </translation>
    </message>
    <message>
        <source>1 new article</source>
        <translation>1 bài báo mới</translation>
    </message>
    <message numerus="yes">
        <source>%n new articles</source>
        <translation>
            <numerusform>%n bài báo mới</numerusform>
        </translation>
    </message>
    <message>
        <source>Named: %1</source>
        <translation>Được nhắc đến: %1</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Không có gì mới.</translation>
    </message>
</context>
<context>
    <name>Veille::DoctorCommand</name>
    <message>
        <source>Check the database file for damage; when there is some, write a recovered copy beside it, the user&apos;s work first, and say what was saved. The file itself is only read.</source>
        <translation>Kiểm tra tệp cơ sở dữ liệu xem có bị hỏng không; nếu có, ghi một bản đã phục hồi bên cạnh nó, ưu tiên dữ liệu của người dùng, và cho biết những gì đã cứu được. Bản thân tệp chỉ được đọc.</translation>
    </message>
    <message>
        <source>Where to write the recovered copy; by default NAME-recovered.sqlite beside the database. It must not exist yet.</source>
        <translation>Nơi ghi bản đã phục hồi; mặc định là NAME-recovered.sqlite bên cạnh cơ sở dữ liệu. Tệp đó không được tồn tại sẵn.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the recovered copy even when no damage is found.</source>
        <translation>Ghi bản đã phục hồi ngay cả khi không thấy hư hỏng.</translation>
    </message>
    <message>
        <source>Also import again the folders the readable articles came from, to bring back articles lost with the damage (new files there come in too).</source>
        <translation>Nhập lại cả các thư mục chứa những bài báo còn đọc được, để lấy lại các bài báo bị mất do hư hỏng (các tệp mới trong đó cũng được nhập).</translation>
    </message>
    <message>
        <source>doctor: unexpected argument %1</source>
        <translation>doctor: đối số không mong đợi %1</translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 không phải là tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>recovery failed: %1</source>
        <translation>phục hồi không thành công: %1</translation>
    </message>
    <message>
        <source>%1: no damage found</source>
        <translation>%1: không thấy hư hỏng</translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation>%1 bị hỏng:</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>không thể kiểm tra %1: %2</translation>
    </message>
    <message>
        <source>recovered copy written to %1</source>
        <translation>đã ghi bản phục hồi vào %1</translation>
    </message>
    <message>
        <source>rows read, table by table (the user&apos;s work first):</source>
        <translation>các dòng đã đọc, theo từng bảng (dữ liệu của người dùng trước):</translation>
    </message>
    <message numerus="yes">
        <source>(%n damaged read(s): the rows there are lost)</source>
        <translation>
            <numerusform>(%n lần đọc gặp hư hỏng: các dòng ở đó bị mất)</numerusform>
        </translation>
    </message>
    <message>
        <source>the user&apos;s work as read is also in %1</source>
        <translation>dữ liệu của người dùng, như đã đọc được, cũng nằm trong %1</translation>
    </message>
    <message numerus="yes">
        <source>imported again: %n file(s) or folder(s), which brought back %1 article(s)</source>
        <translation>
            <numerusform>đã nhập lại: %n tệp hoặc thư mục, lấy lại được %1 bài báo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>names found again in %n article(s)</source>
        <translation>
            <numerusform>đã tìm lại các tên trong %n bài báo</numerusform>
        </translation>
    </message>
    <message>
        <source>the recovered copy has no damage; open it with: veille --db %1</source>
        <translation>bản phục hồi không bị hỏng; hãy mở nó bằng: veille --db %1</translation>
    </message>
    <message>
        <source>the recovered copy is not sound either: %1</source>
        <translation>bản phục hồi cũng không nguyên vẹn: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) whose article is lost are kept only in the user data backup; import these files again, then run: veille-cli --db %1 restore %2</source>
        <translation>
            <numerusform>%n đoạn trích có bài báo bị mất chỉ còn được giữ trong bản sao lưu dữ liệu người dùng; hãy nhập lại các tệp này, rồi chạy: veille-cli --db %1 restore %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the newest automatic backup of the user&apos;s work is %1; restore it into a new database with: veille-cli --db NEW restore %1</source>
        <translation>bản sao lưu tự động mới nhất của dữ liệu người dùng là %1; hãy khôi phục nó vào một cơ sở dữ liệu mới bằng: veille-cli --db NEW restore %1</translation>
    </message>
</context>
<context>
    <name>Veille::EditEntityCommand</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Đổi tên %1 thành %2</translation>
    </message>
    <message>
        <source>Make %1 a %2</source>
        <translation>Chuyển %1 thành loại %2</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Hợp nhất %1 vào %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Xóa %1</translation>
    </message>
</context>
<context>
    <name>Veille::EntitiesCommand</name>
    <message>
        <source>What to do, see above.</source>
        <translation>Việc cần làm, xem ở trên.</translation>
    </message>
    <message>
        <source>The entity type: Company, Organisation, Person, Role, Place, or a new one.</source>
        <translation>Loại thực thể: Company, Organisation, Person, Role, Place hoặc một loại mới.</translation>
    </message>
    <message>
        <source>Another name for the entity (repeatable).</source>
        <translation>Một tên gọi khác của thực thể (có thể lặp lại).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>In ra JSON.</translation>
    </message>
    <message>
        <source>Export format: csv or ksyntax.</source>
        <translation>Định dạng xuất: csv hoặc ksyntax.</translation>
    </message>
    <message>
        <source>entities: give a subcommand; see veille-cli entities --help</source>
        <translation>entities: hãy chỉ định một lệnh con; xem veille-cli entities --help</translation>
    </message>
    <message>
        <source>entities add: give one NAME and --type</source>
        <translation>entities add: hãy chỉ định một NAME và --type</translation>
    </message>
    <message>
        <source>entities: unknown subcommand “%1”</source>
        <translation>entities: lệnh con không xác định “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n lần nhắc đến</numerusform>
        </translation>
    </message>
    <message>
        <source>entities add: --type is required</source>
        <translation>entities add: cần có --type</translation>
    </message>
    <message>
        <source>entities alias: give an entity ID and an ALIAS</source>
        <translation>entities alias: hãy chỉ định ID của một thực thể và một ALIAS</translation>
    </message>
    <message>
        <source>no entity with id %1</source>
        <translation>không có thực thể nào có ID %1</translation>
    </message>
    <message>
        <source>entities merge: give KEEP_ID and GONE_ID</source>
        <translation>entities merge: hãy chỉ định KEEP_ID và GONE_ID</translation>
    </message>
    <message>
        <source>entities suppress: give the TEXT never to highlight</source>
        <translation>entities suppress: hãy chỉ định TEXT không bao giờ được tô sáng</translation>
    </message>
    <message>
        <source>entities import: give one CSV file</source>
        <translation>entities import: hãy chỉ định một tệp CSV</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không thể đọc %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entities added</source>
        <translation>
            <numerusform>đã thêm %n thực thể</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n đã cập nhật</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines failed</source>
        <translation>
            <numerusform>%n dòng thất bại</numerusform>
        </translation>
    </message>
    <message>
        <source>entities export: --format is csv or ksyntax</source>
        <translation>entities export: --format là csv hoặc ksyntax</translation>
    </message>
    <message>
        <source>the names changed, but finding them again failed: %1</source>
        <translation>các tên đã thay đổi, nhưng việc tìm lại chúng trong bài báo thất bại: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) indexed again</source>
        <translation>
            <numerusform>đã lập chỉ mục lại %n bài báo</numerusform>
        </translation>
    </message>
    <message>
        <source>List confirmed or detected entities.</source>
        <translation>Liệt kê các thực thể đã xác nhận hoặc được phát hiện.</translation>
    </message>
    <message>
        <source>entities list: --status is detected or confirmed</source>
        <translation>entities list: --status là detected hoặc confirmed</translation>
    </message>
    <message>
        <source>entities accept|reject: give one entity ID</source>
        <translation>entities accept|reject: hãy cho một ID thực thể</translation>
    </message>
    <message>
        <source>entities: no entity %1</source>
        <translation>entities: không có thực thể %1</translation>
    </message>
    <message>
        <source>Manage the gazetteer. Subcommands:
  list [--type T] [--status S] [--json] entities with their aliases, articles and mentions;
                                      S: confirmed (the gazetteer, the default) or detected
  accept ID | reject ID               confirm a detected entity, or suppress its name
  add NAME --type T [--alias A]...    add an entity
  alias ID ALIAS                      add an alias to entity ID
  merge KEEP_ID GONE_ID               merge GONE_ID into KEEP_ID
  suppress TEXT                       never highlight TEXT
  import FILE.csv                     add entities from a CSV with header name,type,aliases (aliases split by |)
  export --format csv|ksyntax [--raw] write the gazetteer as CSV or as a Kate syntax definition
  suggestions [--json]                typo variants of known names (&quot;Qualcom&quot;), with their articles</source>
        <translation>Quản lý danh mục thực thể. Lệnh con:
  list [--type T] [--status S] [--json] các thực thể cùng tên gọi khác, bài báo và lần nhắc đến;
                                      S: confirmed (danh mục thực thể, mặc định) hoặc detected
  accept ID | reject ID               xác nhận một thực thể được phát hiện, hoặc chặn tên của nó
  add NAME --type T [--alias A]...    thêm một thực thể
  alias ID ALIAS                      thêm một tên gọi khác cho thực thể ID
  merge KEEP_ID GONE_ID               hợp nhất GONE_ID vào KEEP_ID
  suppress TEXT                       không bao giờ tô sáng TEXT
  import FILE.csv                     thêm thực thể từ tệp CSV có dòng tiêu đề cột name,type,aliases (các tên gọi khác cách nhau bằng |)
  export --format csv|ksyntax [--raw] ghi danh mục thực thể dạng CSV hoặc dạng định nghĩa cú pháp Kate
  suggestions [--json]                các biến thể viết sai của tên đã biết (“Qualcom”), cùng các bài báo chứa chúng</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài báo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::EntitiesDialog</name>
    <message>
        <source>  (exact case)</source>
        <translation>  (đúng chữ hoa/thường)</translation>
    </message>
    <message>
        <source>  (exact accents)</source>
        <translation>  (đúng dấu)</translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation>Thực thể mới</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Type of %1:</source>
        <translation>Loại của %1:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>Tên mới của %1:</translation>
    </message>
    <message>
        <source>Add an Alias</source>
        <translation>Thêm tên gọi khác</translation>
    </message>
    <message>
        <source>Another name for %1 (start with = for an exact match):</source>
        <translation>Một tên gọi khác của %1 (bắt đầu bằng = để khớp chính xác):</translation>
    </message>
    <message>
        <source>Remove Alias</source>
        <translation>Bỏ tên gọi khác</translation>
    </message>
    <message>
        <source>The name itself cannot be removed; rename the entity instead.</source>
        <translation>Không thể bỏ chính tên của thực thể; hãy đổi tên thực thể.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Hợp nhất</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>Hợp nhất %1 vào:</translation>
    </message>
    <message>
        <source>Gazetteer</source>
        <translation>Danh mục thực thể</translation>
    </message>
    <message>
        <source>Detected names</source>
        <translation>Tên được phát hiện</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>Accept All Shown</source>
        <translation>Chấp nhận mọi tên đang hiển thị</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n detected name(s) shown to the gazetteer? They will be highlighted in every article that names them.</source>
        <translation>
            <numerusform>Thêm %n tên được phát hiện đang hiển thị vào danh mục thực thể? Chúng sẽ được tô sáng trong mọi bài báo nhắc đến chúng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Thực thể</translation>
    </message>
</context>
<context>
    <name>Veille::EntityActions</name>
    <message>
        <source>&amp;Entities…</source>
        <translation>&amp;Thực thể…</translation>
    </message>
    <message>
        <source>Accept “%1” as %2</source>
        <translation>Chấp nhận “%1” là %2</translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>Từ chối “%1”</translation>
    </message>
    <message>
        <source>Show Every Article Naming %1</source>
        <translation>Hiện mọi bài báo nêu tên %1</translation>
    </message>
    <message>
        <source>Not an Entity Here</source>
        <translation>Không phải thực thể ở đây</translation>
    </message>
    <message>
        <source>Never Highlight “%1”</source>
        <translation>Không bao giờ tô sáng “%1”</translation>
    </message>
    <message>
        <source>Mark “%1” as</source>
        <translation>Đánh dấu “%1” là</translation>
    </message>
    <message>
        <source>Add “%1” as an Alias of…</source>
        <translation>Thêm “%1” làm tên gọi khác của…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add an Alias</source>
        <translation>Thêm tên gọi khác</translation>
    </message>
    <message>
        <source>“%1” is another name for:</source>
        <translation>“%1” là tên gọi khác của:</translation>
    </message>
</context>
<context>
    <name>Veille::EntityPanel</name>
    <message>
        <source>Click a name to list every article that mentions it.</source>
        <translation>Bấm vào một tên để liệt kê mọi bài báo nhắc đến tên đó.</translation>
    </message>
    <message>
        <source>In this article</source>
        <translation>Trong bài báo này</translation>
    </message>
    <message>
        <source>%1 — %2: list every article that mentions it</source>
        <translation>%1 — %2: liệt kê mọi bài báo nhắc đến tên này</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No known names in this article.</source>
        <translation>Không có tên đã biết nào trong bài báo này.</translation>
    </message>
    <message>
        <source>Named with %1</source>
        <translation>Được nêu cùng %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln bài báo</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation>Gợi ý (%1)</translation>
    </message>
    <message>
        <source>Accept: add “%1” to the gazetteer as %2</source>
        <translation>Chấp nhận: thêm “%1” vào danh mục thực thể là %2</translation>
    </message>
    <message>
        <source>Reject: never suggest “%1” again</source>
        <translation>Từ chối: không bao giờ gợi ý “%1” nữa</translation>
    </message>
    <message>
        <source>Named with %1: nobody else</source>
        <translation>Được nêu cùng %1: không có ai khác</translation>
    </message>
    <message>
        <source>(in the newest %1 articles)</source>
        <translation>(trong %1 bài báo mới nhất)</translation>
    </message>
    <message>
        <source>Detected by the French name tagger or a rule, not in the gazetteer yet.</source>
        <translation>Được bộ gán nhãn tên tiếng Pháp hoặc một quy tắc phát hiện, chưa có trong danh mục thực thể.</translation>
    </message>
    <message>
        <source>Reject: never highlight “%1” again</source>
        <translation>Từ chối: không bao giờ tô sáng “%1” nữa</translation>
    </message>
    <message>
        <source>Accept: add “%1” as an alias of %2</source>
        <translation>Chấp nhận: thêm “%1” làm tên gọi khác của %2</translation>
    </message>
</context>
<context>
    <name>Veille::EntityRules</name>
    <message>
        <source>role after a name</source>
        <translation>chức vụ sau tên</translation>
    </message>
    <message>
        <source>role before a name</source>
        <translation>chức vụ trước tên</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>danh xưng</translation>
    </message>
    <message>
        <source>initial before a name</source>
        <translation>chữ cái viết tắt trước tên</translation>
    </message>
    <message>
        <source>organisation cue “%1”</source>
        <translation>dấu hiệu tổ chức “%1”</translation>
    </message>
    <message>
        <source>company suffix “%1”</source>
        <translation>hậu tố doanh nghiệp “%1”</translation>
    </message>
    <message>
        <source>close to “%1”</source>
        <translation>gần giống “%1”</translation>
    </message>
</context>
<context>
    <name>Veille::EntityStore</name>
    <message>
        <source>an entity needs a name</source>
        <translation>thực thể cần có tên</translation>
    </message>
    <message>
        <source>merge needs two different entities that exist</source>
        <translation>việc hợp nhất cần hai thực thể khác nhau đang tồn tại</translation>
    </message>
</context>
<context>
    <name>Veille::EntityType</name>
    <message>
        <source>Company</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
</context>
<context>
    <name>Veille::ExcludeSpanCommand</name>
    <message>
        <source>“%1” is not an entity here</source>
        <translation>“%1” không phải là thực thể ở đây</translation>
    </message>
</context>
<context>
    <name>Veille::FeedActions</name>
    <message>
        <source>Subscribe to &amp;Feed…</source>
        <translation>Đăng ký &amp;nguồn tin…</translation>
    </message>
    <message>
        <source>Follow an RSS or Atom feed: its items become articles</source>
        <translation>Theo dõi một nguồn tin RSS hoặc Atom: các mục của nó trở thành bài báo</translation>
    </message>
    <message>
        <source>F&amp;eeds…</source>
        <translation>Ng&amp;uồn tin…</translation>
    </message>
    <message>
        <source>The feeds you follow, their last fetch and their errors</source>
        <translation>Các nguồn tin bạn theo dõi, lần tải gần nhất và lỗi của chúng</translation>
    </message>
    <message>
        <source>Subscribe to Feed</source>
        <translation>Đăng ký nguồn tin</translation>
    </message>
    <message>
        <source>Address of an RSS or Atom feed:</source>
        <translation>Địa chỉ của một nguồn tin RSS hoặc Atom:</translation>
    </message>
</context>
<context>
    <name>Veille::FeedFetch</name>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>không có phản hồi trong %n giây</numerusform>
        </translation>
    </message>
    <message>
        <source>the response is larger than %1</source>
        <translation>phản hồi lớn hơn %1</translation>
    </message>
    <message>
        <source>redirected to an address that is not http or https</source>
        <translation>bị chuyển hướng đến một địa chỉ không phải http hoặc https</translation>
    </message>
    <message>
        <source>redirect loop: %1 was visited already</source>
        <translation>vòng lặp chuyển hướng: %1 đã được truy cập</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>quá nhiều lần chuyển hướng (hơn %1)</translation>
    </message>
    <message>
        <source>HTTP %1: the server asks to wait until %2</source>
        <translation>HTTP %1: máy chủ yêu cầu chờ đến %2</translation>
    </message>
    <message>
        <source>HTTP %1: the server is busy</source>
        <translation>HTTP %1: máy chủ đang bận</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>Veille::FeedParser</name>
    <message>
        <source>neither an RSS 2.0 nor an Atom 1.0 feed</source>
        <translation>không phải nguồn tin RSS 2.0 cũng không phải Atom 1.0</translation>
    </message>
    <message>
        <source>the feed declares entities (a DTD), which Veille refuses</source>
        <translation>nguồn tin khai báo thực thể XML (một DTD), Veille từ chối điều này</translation>
    </message>
    <message>
        <source>not a well-formed XML document: %1 (line %2)</source>
        <translation>không phải tài liệu XML hợp lệ: %1 (dòng %2)</translation>
    </message>
    <message>
        <source>the feed is larger than %1</source>
        <translation>nguồn tin lớn hơn %1</translation>
    </message>
</context>
<context>
    <name>Veille::FeedStore</name>
    <message>
        <source>not an http:// or https:// address: %1</source>
        <translation>không phải địa chỉ http:// hoặc https://: %1</translation>
    </message>
</context>
<context>
    <name>Veille::FeedsCommand</name>
    <message>
        <source>RSS and Atom feeds, whose items Veille imports as articles:
  add URL              subscribe to the feed at URL
  remove URL           unsubscribe (its articles stay)
  list [--json]        the feeds, their last fetch, status and error
  refresh [URL...]     fetch now (every feed, or those named) and import their items
  import-opml FILE     subscribe to the feeds of an OPML file
  export-opml [--out FILE]  write the feeds as OPML (to standard output by default)</source>
        <translation>Nguồn tin RSS và Atom, các mục được Veille nhập thành bài báo:
  add URL              đăng ký nguồn tin tại URL
  remove URL           hủy đăng ký (các bài báo vẫn giữ lại)
  list [--json]        các nguồn tin, lần tải gần nhất, trạng thái và lỗi
  refresh [URL...]     tải ngay (mọi nguồn tin, hoặc những nguồn được nêu) và nhập các mục
  import-opml FILE     đăng ký các nguồn tin của một tệp OPML
  export-opml [--out FILE]  xuất các nguồn tin thành OPML (mặc định ra đầu ra chuẩn)</translation>
    </message>
    <message>
        <source>What to do, see above.</source>
        <translation>Việc cần làm, xem ở trên.</translation>
    </message>
    <message>
        <source>list: write JSON.</source>
        <translation>list: xuất JSON.</translation>
    </message>
    <message>
        <source>export-opml: write to FILE.</source>
        <translation>export-opml: ghi vào FILE.</translation>
    </message>
    <message>
        <source>feeds: give a subcommand; see veille-cli feeds --help</source>
        <translation>feeds: hãy nêu một lệnh con; xem veille-cli feeds --help</translation>
    </message>
    <message>
        <source>feeds: unknown subcommand “%1”</source>
        <translation>feeds: lệnh con không rõ “%1”</translation>
    </message>
    <message>
        <source>feeds %1: wrong number of arguments; see veille-cli feeds --help</source>
        <translation>feeds %1: sai số lượng đối số; xem veille-cli feeds --help</translation>
    </message>
    <message>
        <source>feeds %1: %2</source>
        <translation>feeds %1: %2</translation>
    </message>
    <message>
        <source>subscribed to %1</source>
        <translation>đã đăng ký %1</translation>
    </message>
    <message>
        <source>already subscribed to %1</source>
        <translation>đã đăng ký %1 từ trước</translation>
    </message>
    <message>
        <source>feeds remove: not subscribed to %1</source>
        <translation>feeds remove: chưa đăng ký %1</translation>
    </message>
    <message>
        <source>never fetched</source>
        <translation>chưa tải lần nào</translation>
    </message>
    <message>
        <source>feeds refresh: not subscribed to %1</source>
        <translation>feeds refresh: chưa đăng ký %1</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>thất bại: %1: %2</translation>
    </message>
    <message>
        <source>feeds import-opml: %1</source>
        <translation>feeds import-opml: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>bị từ chối: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n subscribed</source>
        <translation>
            <numerusform>đã đăng ký %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n đã đăng ký từ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n bị từ chối</numerusform>
        </translation>
    </message>
    <message>
        <source>feeds export-opml: cannot write %1: %2</source>
        <translation>feeds export-opml: không thể ghi %1: %2</translation>
    </message>
</context>
<context>
    <name>Veille::FeedsDialog</name>
    <message>
        <source>Not fetched yet</source>
        <translation>Chưa tải</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK, nothing new</source>
        <translation>OK, không có gì mới</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Nguồn tin</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Nguồn tin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Last Fetch</source>
        <translation>Lần tải gần nhất</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation>Đăng &amp;ký…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>Làm mới &amp;tất cả</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Nhập OPML…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>X&amp;uất OPML…</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Remove Feeds</source>
        <translation>Xóa nguồn tin</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %n feed(s)? Their articles stay in the database.</source>
        <translation>
            <numerusform>Hủy đăng ký %n nguồn tin? Các bài báo của chúng vẫn ở trong cơ sở dữ liệu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Nhập OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Tệp OPML (*.opml *.xml);;Mọi tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) subscribed</source>
        <translation>
            <numerusform>đã đăng ký %n nguồn tin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n đã đăng ký từ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n bị từ chối</numerusform>
        </translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Xuất OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>Tệp OPML (*.opml)</translation>
    </message>
</context>
<context>
    <name>Veille::FindBar</name>
    <message>
        <source>Find in the article</source>
        <translation>Tìm trong bài báo</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Kết quả trước (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Kết quả sau (Enter)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>Veille::GazetteerFile</name>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>một trường trong ngoặc kép không bao giờ được đóng</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>có văn bản sau dấu ngoặc kép đóng của một trường</translation>
    </message>
    <message>
        <source>a quote inside a field that is not quoted</source>
        <translation>có dấu ngoặc kép trong một trường không nằm trong ngoặc kép</translation>
    </message>
    <message>
        <source>the first line must be the header, with the columns “type”, “name” and “aliases”</source>
        <translation>dòng đầu tiên phải là dòng tiêu đề cột, với các cột “type”, “name” và “aliases”</translation>
    </message>
    <message>
        <source>more columns than the header has</source>
        <translation>nhiều cột hơn dòng tiêu đề cột</translation>
    </message>
    <message>
        <source>the type is empty</source>
        <translation>loại đang trống</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>tên đang trống</translation>
    </message>
    <message>
        <source>the alias “%1” is empty</source>
        <translation>tên gọi khác “%1” đang trống</translation>
    </message>
    <message>
        <source>the file is too large for a gazetteer</source>
        <translation>tệp quá lớn đối với một danh mục thực thể</translation>
    </message>
    <message>
        <source>not a text file (binary content)</source>
        <translation>không phải tệp văn bản (nội dung nhị phân)</translation>
    </message>
</context>
<context>
    <name>Veille::HelpDialog</name>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>Next / previous article, in the list</source>
        <translation>Bài báo tiếp theo / trước đó, trong danh sách</translation>
    </message>
    <message>
        <source>Clear the search; close the find bar</source>
        <translation>Xóa nội dung tìm kiếm; đóng thanh tìm trong bài</translation>
    </message>
    <message>
        <source>Next / previous match, in the find bar</source>
        <translation>Kết quả khớp tiếp theo / trước đó, trong thanh tìm trong bài</translation>
    </message>
    <message>
        <source>Save the passage, in the passage editor</source>
        <translation>Lưu đoạn trích, trong trình sửa đoạn trích</translation>
    </message>
</context>
<context>
    <name>Veille::ImportCommand</name>
    <message>
        <source>Import article files, or folders of them (recursively), into the database.</source>
        <translation>Nhập các tệp bài báo, hoặc các thư mục chứa chúng (đệ quy), vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Các tệp hoặc thư mục cần nhập.</translation>
    </message>
    <message>
        <source>import: give at least one file or folder</source>
        <translation>import: hãy chỉ định ít nhất một tệp hoặc thư mục</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>thất bại: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n đã nhập</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n đã cập nhật</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n không đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n thất bại</numerusform>
        </translation>
    </message>
    <message>
        <source>import stopped: %1</source>
        <translation>đã dừng nhập: %1</translation>
    </message>
    <message>
        <source>Read every file as a table in FORMAT: csv, tsv or jsonl (by default, the extension decides: .csv, .tsv, .jsonl).</source>
        <translation>Đọc mọi tệp dưới dạng bảng theo FORMAT: csv, tsv hoặc jsonl (mặc định, phần mở rộng sẽ quyết định: .csv, .tsv, .jsonl).</translation>
    </message>
    <message>
        <source>Which column gives each field of a table, e.g. title=headline,body=text; the fields are title, body, date, source and url. Fields not named are guessed from the header; &quot;date=&quot; means no column.</source>
        <translation>Cột nào cung cấp từng trường của bảng, ví dụ title=headline,body=text; các trường là title, body, date, source và url. Các trường không được nêu sẽ được đoán từ dòng tiêu đề cột; “date=” nghĩa là không có cột.</translation>
    </message>
    <message>
        <source>import: unknown format “%1”; use csv, tsv or jsonl</source>
        <translation>import: định dạng không xác định “%1”; hãy dùng csv, tsv hoặc jsonl</translation>
    </message>
    <message>
        <source>import: bad --map: %1</source>
        <translation>import: --map không hợp lệ: %1</translation>
    </message>
    <message>
        <source>waiting for another import…</source>
        <translation>đang chờ một lần nhập khác…</translation>
    </message>
    <message>
        <source>Write in batches of up to 4 seconds instead of a quarter of a second: faster for a large import, but a window open on the same database waits up to 4 seconds to save anything.</source>
        <translation>Ghi theo từng lô tối đa 4 giây thay vì một phần tư giây: nhanh hơn khi nhập nhiều bài, nhưng một cửa sổ đang mở cùng cơ sở dữ liệu phải chờ tới 4 giây mới lưu được bất cứ thay đổi nào.</translation>
    </message>
</context>
<context>
    <name>Veille::ImportSummaryDialog</name>
    <message>
        <source>The import stopped: %1.</source>
        <translation>Việc nhập đã dừng: %1.</translation>
    </message>
    <message>
        <source>The import was cancelled; the files imported so far are kept.</source>
        <translation>Việc nhập đã bị hủy; các tệp đã nhập đến lúc này được giữ lại.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>đã cập nhật</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>đã nhập</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n đã nhập</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n đã cập nhật</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n không đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n thất bại</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::Importer</name>
    <message>
        <source>no such file or folder</source>
        <translation>không có tệp hoặc thư mục này</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>không phải tệp thông thường</translation>
    </message>
    <message>
        <source>file too large (%1; the limit is %2)</source>
        <translation>tệp quá lớn (%1; giới hạn là %2)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>file too large (the limit is %1)</source>
        <translation>tệp quá lớn (giới hạn là %1)</translation>
    </message>
    <message>
        <source>no rows under the header</source>
        <translation>không có dòng nào dưới dòng tiêu đề cột</translation>
    </message>
    <message>
        <source>folder cannot be read</source>
        <translation>không đọc được thư mục</translation>
    </message>
    <message>
        <source>symbolic link to nothing</source>
        <translation>liên kết tượng trưng không trỏ tới đâu cả</translation>
    </message>
</context>
<context>
    <name>Veille::JobProgressBar</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop now; what is done so far is kept</source>
        <translation>Dừng ngay; phần việc đã làm được giữ lại</translation>
    </message>
    <message>
        <source>%1 (stopping…)</source>
        <translation>%1 (đang dừng…)</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2/%3</translation>
    </message>
</context>
<context>
    <name>Veille::JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Veille::JsonLinesReader</name>
    <message>
        <source>line longer than %1</source>
        <translation>dòng dài hơn %1</translation>
    </message>
    <message>
        <source>binary content</source>
        <translation>nội dung nhị phân</translation>
    </message>
    <message>
        <source>invalid JSON at character %1: %2</source>
        <translation>JSON không hợp lệ tại ký tự %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>không phải đối tượng JSON</translation>
    </message>
</context>
<context>
    <name>Veille::ListCommand</name>
    <message>
        <source>List the articles, newest first: id, date, source and title.</source>
        <translation>Liệt kê các bài báo, mới nhất trước: ID, ngày, nguồn và tiêu đề.</translation>
    </message>
    <message>
        <source>list: unexpected argument %1</source>
        <translation>list: đối số không mong đợi %1</translation>
    </message>
    <message>
        <source>Only the articles that mention this entity (a name, an alias or an id).</source>
        <translation>Chỉ các bài báo nhắc đến thực thể này (tên, tên gọi khác hoặc ID).</translation>
    </message>
    <message>
        <source>no entity is named “%1”</source>
        <translation>không có thực thể nào tên là “%1”</translation>
    </message>
    <message>
        <source>“%1” names %2 entities; give an id (see entities list)</source>
        <translation>“%1” chỉ %2 thực thể; hãy chỉ định một ID (xem entities list)</translation>
    </message>
    <message>
        <source>Only the articles not read yet.</source>
        <translation>Chỉ các bài báo chưa đọc.</translation>
    </message>
    <message>
        <source>Only the starred articles.</source>
        <translation>Chỉ các bài báo gắn sao.</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, title, date, source, read, starred, story, copies}: story is the id of the article&apos;s story of wire copies, copies how many other articles it holds.</source>
        <translation>In một mảng JSON gồm {id, title, date, source, read, starred, story, copies}: story là id của tin mà bài báo là bản sao, copies là số bài báo khác trong tin đó.</translation>
    </message>
    <message>
        <source>One row per story of wire copies, its first article&apos;s, with the number of other copies as a fifth column.</source>
        <translation>Một dòng cho mỗi tin có bản sao, là dòng của bài báo đầu tiên, với số bản sao khác ở cột thứ năm.</translation>
    </message>
</context>
<context>
    <name>Veille::ListSearch</name>
    <message>
        <source>The search failed: %1</source>
        <translation>Tìm kiếm thất bại: %1</translation>
    </message>
    <message>
        <source>%1 matches: listed by date, newest first, as ranking so many would be slow.</source>
        <translation>%1 kết quả: liệt kê theo ngày, mới nhất trước, vì xếp hạng ngần ấy kết quả sẽ chậm.</translation>
    </message>
    <message>
        <source>More than %1 matches: listed by date, newest first, as ranking so many would be slow.</source>
        <translation>Hơn %1 kết quả: liệt kê theo ngày, mới nhất trước, vì xếp hạng ngần ấy kết quả sẽ chậm.</translation>
    </message>
</context>
<context>
    <name>Veille::MainWindow</name>
    <message>
        <source>Veille</source>
        <translation>Veille</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>&amp;Nhập thư mục…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Kích thước thực</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>Bài báo &amp;tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>Bài báo t&amp;rước</translation>
    </message>
    <message>
        <source>&amp;About Veille</source>
        <translation>&amp;Giới thiệu về Veille</translation>
    </message>
    <message>
        <source>About Veille</source>
        <translation>Giới thiệu về Veille</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Veille %1&lt;/h3&gt;&lt;p&gt;A reading desk for news analysts.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Veille %1&lt;/h3&gt;&lt;p&gt;Bàn đọc dành cho các nhà phân tích tin tức.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Điều &amp;hướng</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Nhập thư mục</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>This article cannot be read: %1</source>
        <translation>Không đọc được bài báo này: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln bài báo</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles yet.
Import a folder with File → Import Folder (Ctrl+O), or drop files here.</source>
        <translation>Chưa có bài báo nào.
Hãy nhập một thư mục bằng Tệp → Nhập thư mục (Ctrl+O), hoặc thả tệp vào đây.</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Thực thể</translation>
    </message>
    <message>
        <source>Next &amp;Mention</source>
        <translation>Lần &amp;nhắc tiếp theo</translation>
    </message>
    <message>
        <source>Pre&amp;vious Mention</source>
        <translation>&amp;Lần nhắc trước</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Chỉnh &amp;sửa</translation>
    </message>
    <message>
        <source>Highlighting &amp;Theme</source>
        <translation>&amp;Chủ đề tô sáng</translation>
    </message>
    <message>
        <source>Follow the System Colours</source>
        <translation>Theo màu của hệ thống</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>Đang nhập bài báo…</translation>
    </message>
    <message>
        <source>Finding names again…</source>
        <translation>Đang tìm lại các tên…</translation>
    </message>
    <message>
        <source>%1 (%2)  ✕</source>
        <translation>%1 (%2)  ✕</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Đoạn trích</translation>
    </message>
    <message>
        <source>&amp;Search Articles</source>
        <translation>Tìm &amp;kiếm bài báo</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Tìm trong &amp;bài báo…</translation>
    </message>
    <message>
        <source>Import &amp;Table…</source>
        <translation>Nhập &amp;bảng…</translation>
    </message>
    <message>
        <source>Watched folders: %1</source>
        <translation>Thư mục theo dõi: %1</translation>
    </message>
    <message>
        <source>Import a Table</source>
        <translation>Nhập bảng</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.tab *.jsonl *.ndjson)</source>
        <translation>Bảng (*.csv *.tsv *.tab *.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Waiting for another import…</source>
        <translation>Đang chờ một lần nhập khác…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Giao &amp;diện</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>&amp;Cú pháp tìm kiếm</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>Cú pháp tìm kiếm</translation>
    </message>
    <message>
        <source>You type</source>
        <translation>Bạn gõ</translation>
    </message>
    <message>
        <source>It finds articles</source>
        <translation>Bài báo tìm được</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Mục theo dõi</translation>
    </message>
    <message>
        <source>Digest written to %1</source>
        <translation>Đã ghi bản tin tổng hợp vào %1</translation>
    </message>
    <message>
        <source>Feeds: %1</source>
        <translation>Nguồn tin: %1</translation>
    </message>
    <message>
        <source>Export &amp;Digest…</source>
        <translation>Xuất &amp;bản tin tổng hợp…</translation>
    </message>
    <message>
        <source>Finding names with the current model…</source>
        <translation>Đang tìm tên bằng mô hình hiện tại…</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Server…</source>
        <translation>&amp;Kết nối tới máy chủ nhóm…</translation>
    </message>
    <message>
        <source>Counting articles…</source>
        <translation>Đang đếm các bài viết…</translation>
    </message>
</context>
<context>
    <name>Veille::MarkCommand</name>
    <message>
        <source>Mark articles read or unread, or star them.</source>
        <translation>Đánh dấu bài báo đã đọc hoặc chưa đọc, hoặc gắn sao.</translation>
    </message>
    <message>
        <source>The articles&apos; ids (see list).</source>
        <translation>Mã số của các bài báo (xem list).</translation>
    </message>
    <message>
        <source>Mark them read.</source>
        <translation>Đánh dấu là đã đọc.</translation>
    </message>
    <message>
        <source>Mark them unread.</source>
        <translation>Đánh dấu là chưa đọc.</translation>
    </message>
    <message>
        <source>Star them.</source>
        <translation>Gắn sao.</translation>
    </message>
    <message>
        <source>Remove their star.</source>
        <translation>Bỏ sao.</translation>
    </message>
    <message>
        <source>mark: give --read or --unread, and/or --star or --unstar</source>
        <translation>mark: hãy cho --read hoặc --unread, và/hoặc --star hoặc --unstar</translation>
    </message>
    <message>
        <source>mark: give the ids of the articles</source>
        <translation>mark: hãy cho mã số của các bài báo</translation>
    </message>
    <message>
        <source>mark: “%1” is not an article id</source>
        <translation>mark: “%1” không phải là mã số bài báo</translation>
    </message>
    <message>
        <source>no article has the id %1</source>
        <translation>không có bài báo nào mang mã số %1</translation>
    </message>
</context>
<context>
    <name>Veille::MigrateCommand</name>
    <message>
        <source>Copy the articles, the gazetteer and your passages from one database to another, e.g. a local file to the team server or back; what the destination has already is not copied again.</source>
        <translation>Sao chép các bài báo, danh mục thực thể và các đoạn trích của bạn từ một cơ sở dữ liệu sang cơ sở dữ liệu khác, ví dụ từ tệp cục bộ lên máy chủ nhóm hoặc ngược lại; những gì nơi đến đã có sẽ không được sao chép lại.</translation>
    </message>
    <message>
        <source>Copy from SOURCE: a database file or a postgresql:// address.</source>
        <translation>Sao chép từ SOURCE: một tệp cơ sở dữ liệu hoặc một địa chỉ postgresql://.</translation>
    </message>
    <message>
        <source>Copy into DESTINATION: a database file (made when missing) or a postgresql:// address.</source>
        <translation>Sao chép vào DESTINATION: một tệp cơ sở dữ liệu (được tạo nếu chưa có) hoặc một địa chỉ postgresql://.</translation>
    </message>
    <message>
        <source>migrate: give --from SOURCE and --to DESTINATION</source>
        <translation>migrate: hãy cho --from SOURCE và --to DESTINATION</translation>
    </message>
    <message>
        <source>migrate: the source and the destination are the same database</source>
        <translation>migrate: nguồn và nơi đến là cùng một cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>no database %1</source>
        <translation>không có cơ sở dữ liệu %1</translation>
    </message>
    <message>
        <source>articles: %1 / %2</source>
        <translation>bài báo: %1 / %2</translation>
    </message>
    <message>
        <source>the copy stopped: %1</source>
        <translation>việc sao chép đã dừng: %1</translation>
    </message>
    <message>
        <source>finding the names in the destination&apos;s articles…</source>
        <translation>đang tìm các tên trong các bài báo của nơi đến…</translation>
    </message>
    <message>
        <source>copied, but finding the names in the articles failed: %1</source>
        <translation>đã sao chép, nhưng việc tìm các tên trong bài báo thất bại: %1</translation>
    </message>
    <message>
        <source>not copied: %1 passages whose article is not in the source</source>
        <translation>không sao chép: %1 đoạn trích có bài báo không nằm trong nguồn</translation>
    </message>
    <message>
        <source>copied: %1 of %2 articles, %3 entity types, %4 entities, %5 aliases, %6 suppressions, %7 passages, %8 tags, %9 labels, %10 read or starred marks, %11 watches, %12 feeds</source>
        <translation>đã sao chép: %1 trên %2 bài báo, %3 loại thực thể, %4 thực thể, %5 bí danh, %6 tên bị ẩn, %7 đoạn trích, %8 thẻ, %9 nhãn, %10 dấu đã đọc hoặc gắn sao, %11 mục theo dõi, %12 nguồn tin</translation>
    </message>
</context>
<context>
    <name>Veille::NerModel</name>
    <message>
        <source>This is not a model of Veille&apos;s name tagger.</source>
        <translation>Đây không phải là mô hình của bộ gắn nhãn tên của Veille.</translation>
    </message>
    <message>
        <source>The model has version %1; this Veille reads version %2.</source>
        <translation>Mô hình có phiên bản %1; bản Veille này đọc phiên bản %2.</translation>
    </message>
    <message>
        <source>The model has %1 labels instead of %2.</source>
        <translation>Mô hình có %1 nhãn thay vì %2.</translation>
    </message>
    <message>
        <source>The model file is truncated or too long: %1 bytes instead of %2.</source>
        <translation>Tệp mô hình bị cắt cụt hoặc quá dài: %1 byte thay vì %2.</translation>
    </message>
    <message>
        <source>The model file is damaged: its checksum does not match.</source>
        <translation>Tệp mô hình bị hỏng: tổng kiểm tra không khớp.</translation>
    </message>
    <message>
        <source>The model file is damaged: its keys are out of order.</source>
        <translation>Tệp mô hình bị hỏng: các khóa không đúng thứ tự.</translation>
    </message>
    <message>
        <source>The model file is larger than %1 MiB.</source>
        <translation>Tệp mô hình lớn hơn %1 MiB.</translation>
    </message>
    <message>
        <source>Cannot read the model %1: %2</source>
        <translation>Không thể đọc mô hình %1: %2</translation>
    </message>
    <message>
        <source>The model file is damaged: its header has impossible values.</source>
        <translation>Tệp mô hình bị hỏng: phần đầu có giá trị không thể có.</translation>
    </message>
</context>
<context>
    <name>Veille::Opml</name>
    <message>
        <source>the file is too large for a list of feeds</source>
        <translation>tệp quá lớn đối với một danh sách nguồn tin</translation>
    </message>
    <message>
        <source>the file declares entities (a DTD), which Veille refuses</source>
        <translation>tệp khai báo thực thể XML (một DTD), Veille từ chối điều này</translation>
    </message>
    <message>
        <source>not a well-formed XML document: %1 (line %2)</source>
        <translation>không phải tài liệu XML hợp lệ: %1 (dòng %2)</translation>
    </message>
    <message>
        <source>not an OPML document</source>
        <translation>không phải tài liệu OPML</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>Veille subscriptions</source>
        <translation>Các nguồn tin đã đăng ký trong Veille</translation>
    </message>
</context>
<context>
    <name>Veille::OtherVersionsBar</name>
    <message>
        <source>Wire copies of this story printed elsewhere: choose one to see the sentences that differ</source>
        <translation>Các bản sao của tin này được đăng ở nơi khác: chọn một bản để xem những câu khác nhau</translation>
    </message>
    <message numerus="yes">
        <source>Other versions (%n)</source>
        <translation>
            <numerusform>Phiên bản khác (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>no source</source>
        <translation>không có nguồn</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>không có ngày</translation>
    </message>
    <message>
        <source>%1 — %2, %3 · %4 % alike</source>
        <extracomment>A wire copy in the Other versions menu: title, source, date and similarity in per cent.</extracomment>
        <translation>%1 — %2, %3 · giống %4 %</translation>
    </message>
</context>
<context>
    <name>Veille::PassageActions</name>
    <message>
        <source>&amp;Bookmark Passage…</source>
        <translation>Đánh &amp;dấu đoạn trích…</translation>
    </message>
    <message>
        <source>Bookmark the selected text, or the paragraph at the cursor (Ctrl+D)</source>
        <translation>Đánh dấu văn bản đã chọn, hoặc đoạn văn tại con trỏ (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Export Passages…</source>
        <translation>&amp;Xuất đoạn trích…</translation>
    </message>
    <message>
        <source>Write the passages the Passages panel lists as Markdown, CSV or W3C JSON-LD</source>
        <translation>Ghi các đoạn trích đang liệt kê trong khung Đoạn trích ra Markdown, CSV hoặc W3C JSON-LD</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Nhập &amp;chú thích…</translation>
    </message>
    <message>
        <source>Empty Passage &amp;Trash…</source>
        <translation>Dọn thùng &amp;rác đoạn trích…</translation>
    </message>
    <message>
        <source>Rename &amp;Labels…</source>
        <translation>Đổi tên &amp;nhãn…</translation>
    </message>
    <message>
        <source>Passage not saved</source>
        <translation>Chưa lưu đoạn trích</translation>
    </message>
    <message>
        <source>The passage could not be saved: %1</source>
        <translation>Không thể lưu đoạn trích: %1</translation>
    </message>
    <message>
        <source>Passage not changed</source>
        <translation>Chưa thay đổi đoạn trích</translation>
    </message>
    <message>
        <source>Open an article to bookmark a passage.</source>
        <translation>Hãy mở một bài báo để đánh dấu đoạn trích.</translation>
    </message>
    <message>
        <source>Select text in the article, or put the cursor in a paragraph, to bookmark it.</source>
        <translation>Hãy chọn văn bản trong bài báo, hoặc đặt con trỏ trong một đoạn văn, để đánh dấu.</translation>
    </message>
    <message>
        <source>Passage bookmarked.</source>
        <translation>Đã đánh dấu đoạn trích.</translation>
    </message>
    <message>
        <source>The passage could not be saved: %1
Your note is still in the editor.</source>
        <translation>Không thể lưu đoạn trích: %1
Ghi chú của bạn vẫn còn trong trình soạn thảo.</translation>
    </message>
    <message>
        <source>Passage moved to the trash. Ctrl+Z brings it back.</source>
        <translation>Đã chuyển đoạn trích vào thùng rác. Nhấn Ctrl+Z để lấy lại.</translation>
    </message>
    <message>
        <source>Select the text the passage should point at, then re-attach it.</source>
        <translation>Hãy chọn văn bản mà đoạn trích cần trỏ tới, rồi gắn lại.</translation>
    </message>
    <message>
        <source>Passages Mentioning “%1”</source>
        <translation>Đoạn trích nhắc đến “%1”</translation>
    </message>
    <message>
        <source>Edit Passage “%1”…</source>
        <translation>Sửa đoạn trích “%1”…</translation>
    </message>
    <message>
        <source>Delete Passage “%1”</source>
        <translation>Xóa đoạn trích “%1”</translation>
    </message>
    <message>
        <source>Re-attach Passage “%1” Here</source>
        <translation>Gắn lại đoạn trích “%1” vào đây</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Re-attach to the &amp;Selected Text</source>
        <translation>Gắn lại vào văn bản đã &amp;chọn</translation>
    </message>
    <message>
        <source>The article of this passage is not in the list; clear the filters to see it.</source>
        <translation>Bài báo của đoạn trích này không có trong danh sách; hãy xóa bộ lọc để xem.</translation>
    </message>
    <message>
        <source>This passage is no longer in the article: select the text it should point at and re-attach it.</source>
        <translation>Đoạn trích này không còn trong bài báo: hãy chọn văn bản mà nó cần trỏ tới và gắn lại.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (*.jsonld)</source>
        <translation>W3C Web Annotation (*.jsonld)</translation>
    </message>
    <message>
        <source>Export Passages</source>
        <translation>Xuất đoạn trích</translation>
    </message>
    <message>
        <source>/passages.md</source>
        <translation>/passages.md</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất thất bại</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) exported to %1.</source>
        <translation>
            <numerusform>Đã xuất %n đoạn trích vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Nhập chú thích</translation>
    </message>
    <message>
        <source>W3C Web Annotation (*.jsonld *.json)</source>
        <translation>W3C Web Annotation (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Nhập thất bại</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) added</source>
        <translation>
            <numerusform>Đã thêm %n đoạn trích</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n đã có sẵn</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations imported</source>
        <translation>Đã nhập chú thích</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be imported.</source>
        <translation>
            <numerusform>Không thể nhập %n chú thích.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passage trash is empty.</source>
        <translation>Thùng rác đoạn trích đang trống.</translation>
    </message>
    <message>
        <source>Empty Passage Trash</source>
        <translation>Dọn thùng rác đoạn trích</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n passage(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Xóa vĩnh viễn %n đoạn trích trong thùng rác? Thao tác này không thể hoàn tác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash not emptied</source>
        <translation>Chưa dọn thùng rác</translation>
    </message>
    <message>
        <source>Rename Labels</source>
        <translation>Đổi tên nhãn</translation>
    </message>
    <message>
        <source>Shared by %1</source>
        <translation>Được chia sẻ bởi %1</translation>
    </message>
    <message>
        <source>S&amp;hare with Team</source>
        <translation>&amp;Chia sẻ với nhóm</translation>
    </message>
    <message>
        <source>Let the other analysts on the team server read this passage</source>
        <translation>Cho phép các nhà phân tích khác trên máy chủ nhóm đọc đoạn trích này</translation>
    </message>
    <message>
        <source>Only a team server has a team to share with</source>
        <translation>Chỉ máy chủ nhóm mới có nhóm để chia sẻ</translation>
    </message>
    <message>
        <source>Passage not shared</source>
        <translation>Chưa chia sẻ đoạn trích</translation>
    </message>
    <message>
        <source>Passage shared with the team: the others may read it, not change it.</source>
        <translation>Đã chia sẻ đoạn trích với nhóm: những người khác có thể đọc nhưng không thể sửa.</translation>
    </message>
    <message>
        <source>Passage no longer shared: it is yours only.</source>
        <translation>Đoạn trích không còn được chia sẻ: chỉ của riêng bạn.</translation>
    </message>
    <message>
        <source>Shared with the team: uncheck to make it yours only again</source>
        <translation>Đã chia sẻ với nhóm: bỏ chọn để đoạn trích lại chỉ của riêng bạn</translation>
    </message>
</context>
<context>
    <name>Veille::PassageCommand</name>
    <message>
        <source>Bookmark Passage</source>
        <translation>Đánh dấu đoạn trích</translation>
    </message>
    <message>
        <source>Delete Passage</source>
        <translation>Xóa đoạn trích</translation>
    </message>
    <message>
        <source>Edit Passage</source>
        <translation>Sửa đoạn trích</translation>
    </message>
</context>
<context>
    <name>Veille::PassageEditor</name>
    <message>
        <source>Bookmark Passage</source>
        <translation>Đánh dấu đoạn trích</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Nhãn:</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>các thẻ, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Thẻ:</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Lưu (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Edit Passage</source>
        <translation>Sửa đoạn trích</translation>
    </message>
</context>
<context>
    <name>Veille::PassageExport</name>
    <message>
        <source>Passages</source>
        <translation>Đoạn trích</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Không có tiêu đề</translation>
    </message>
    <message>
        <source>No longer found in the article; this is the text as bookmarked.</source>
        <translation>Không còn tìm thấy trong bài báo; đây là văn bản lúc được đánh dấu.</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Nhãn: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Thẻ: %1</translation>
    </message>
    <message>
        <source>Entities: %1</source>
        <translation>Thực thể: %1</translation>
    </message>
</context>
<context>
    <name>Veille::PassageListModel</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>không rõ ngày</translation>
    </message>
    <message>
        <source>No longer found in the article after it changed. Select the text it should point at and choose “Re-attach Passage”.</source>
        <translation>Không còn tìm thấy trong bài báo sau khi bài báo thay đổi. Hãy chọn văn bản mà nó cần trỏ tới rồi chọn “Gắn lại đoạn trích”.</translation>
    </message>
    <message>
        <source>Found again after the article changed.</source>
        <translation>Đã tìm lại được sau khi bài báo thay đổi.</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Đoạn trích</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài báo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Thực thể</translation>
    </message>
    <message>
        <source>Shared by %1: read-only.</source>
        <translation>Được chia sẻ bởi %1: chỉ đọc.</translation>
    </message>
    <message>
        <source>Shared with the team.</source>
        <translation>Đã chia sẻ với nhóm.</translation>
    </message>
    <message>
        <source>shared by %1</source>
        <translation>được chia sẻ bởi %1</translation>
    </message>
    <message>
        <source>shared by %1: %2</source>
        <translation>được chia sẻ bởi %1: %2</translation>
    </message>
</context>
<context>
    <name>Veille::PassagePanel</name>
    <message>
        <source>Filter passages and notes</source>
        <translation>Lọc đoạn trích và ghi chú</translation>
    </message>
    <message>
        <source>Mentioning entity…</source>
        <translation>Nhắc đến thực thể…</translation>
    </message>
    <message>
        <source>Only passages that name this company, person, role or place</source>
        <translation>Chỉ các đoạn trích nêu tên doanh nghiệp, nhân vật, chức vụ hoặc địa danh này</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Anchored</source>
        <translation>Đã neo</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Đã dời chỗ</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Mất neo</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Bài báo này</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Mọi nhãn</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Mọi thẻ</translation>
    </message>
</context>
<context>
    <name>Veille::PassageShareCommand</name>
    <message>
        <source>Share Passage</source>
        <translation>Chia sẻ đoạn trích</translation>
    </message>
    <message>
        <source>Stop Sharing Passage</source>
        <translation>Ngừng chia sẻ đoạn trích</translation>
    </message>
</context>
<context>
    <name>Veille::PassageStore</name>
    <message>
        <source>passage %1 does not exist</source>
        <translation>đoạn trích %1 không tồn tại</translation>
    </message>
    <message>
        <source>a passage needs some text</source>
        <translation>đoạn trích cần có văn bản</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>bằng chứng</translation>
    </message>
    <message>
        <source>question</source>
        <translation>câu hỏi</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>cần theo dõi</translation>
    </message>
    <message>
        <source>important</source>
        <translation>quan trọng</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>nhãn %1</translation>
    </message>
    <message>
        <source>select the text the passage should point at</source>
        <translation>hãy chọn văn bản mà đoạn trích cần trỏ tới</translation>
    </message>
    <message>
        <source>passage %1 was not changed: it does not exist, or it is another analyst&apos;s</source>
        <translation>đoạn trích %1 không được thay đổi: nó không tồn tại, hoặc thuộc về một nhà phân tích khác</translation>
    </message>
    <message>
        <source>passage %1 is %2’s, shared with the team: only %2 can change it</source>
        <translation>đoạn trích %1 thuộc về %2 và được chia sẻ với nhóm: chỉ %2 mới có thể sửa</translation>
    </message>
    <message>
        <source>article %1 does not exist</source>
        <translation>bài báo %1 không tồn tại</translation>
    </message>
    <message>
        <source>label %1 is not one of yours</source>
        <translation>nhãn %1 không phải của bạn</translation>
    </message>
</context>
<context>
    <name>Veille::ReadStateActions</name>
    <message>
        <source>Mark as &amp;Read or Unread</source>
        <translation>Đánh dấu &amp;đã đọc hoặc chưa đọc</translation>
    </message>
    <message>
        <source>&amp;Star or Unstar</source>
        <translation>&amp;Gắn hoặc bỏ sao</translation>
    </message>
    <message>
        <source>Mark &amp;All as Read</source>
        <translation>Đánh dấu &amp;tất cả là đã đọc</translation>
    </message>
    <message>
        <source>Star Article</source>
        <translation>Gắn sao bài báo</translation>
    </message>
    <message>
        <source>Unstar Article</source>
        <translation>Bỏ sao bài báo</translation>
    </message>
    <message>
        <source>Mark Article Read</source>
        <translation>Đánh dấu bài báo đã đọc</translation>
    </message>
    <message>
        <source>Mark Article Unread</source>
        <translation>Đánh dấu bài báo chưa đọc</translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>Đánh dấu tất cả là đã đọc</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %Ln articles of this list as read?</source>
        <translation>
            <numerusform>Đánh dấu %Ln bài báo của danh sách này là đã đọc?</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles not marked</source>
        <translation>Chưa đánh dấu các bài báo</translation>
    </message>
</context>
<context>
    <name>Veille::ReadingPane</name>
    <message>
        <source>undated</source>
        <translation>không rõ ngày</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Ảnh: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Chức vụ: %1</translation>
    </message>
    <message>
        <source>Written here: “%1”</source>
        <translation>Cách viết ở đây: “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Named in %Ln article(s)</source>
        <translation>
            <numerusform>Được nêu trong %Ln bài báo</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — suggested %2&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — gợi ý là %2&lt;br&gt;&lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Right-click, or use the Entities panel, to accept or reject.</source>
        <translation>Bấm chuột phải, hoặc dùng khung Thực thể, để chấp nhận hoặc từ chối.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bookmarked passage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Đoạn trích đã đánh dấu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Detected by the French name tagger (confidence %1 %)</source>
        <translation>Được bộ gán nhãn tên tiếng Pháp phát hiện (độ tin cậy %1 %)</translation>
    </message>
    <message>
        <source>Found by a rule (confidence %1 %)</source>
        <translation>Được một quy tắc tìm thấy (độ tin cậy %1 %)</translation>
    </message>
    <message>
        <source>Not in the gazetteer yet: right-click, or use the Entities panel, to accept or reject.</source>
        <translation>Chưa có trong danh mục thực thể: bấm chuột phải, hoặc dùng khung Thực thể, để chấp nhận hoặc từ chối.</translation>
    </message>
</context>
<context>
    <name>Veille::RestoreCommand</name>
    <message>
        <source>Bring back the user&apos;s data from a backup file; what the database already has is left as it is.</source>
        <translation>Khôi phục dữ liệu của người dùng từ một tệp sao lưu; những gì cơ sở dữ liệu đã có được giữ nguyên.</translation>
    </message>
    <message>
        <source>A backup file (see the backup command).</source>
        <translation>Một tệp sao lưu (xem lệnh backup).</translation>
    </message>
    <message>
        <source>restore: give one backup file</source>
        <translation>restore: hãy chỉ định một tệp sao lưu</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>không thể khôi phục %1: %2</translation>
    </message>
    <message>
        <source>the names were restored, but finding them in the articles failed: %1</source>
        <translation>đã khôi phục các tên, nhưng việc tìm chúng trong các bài báo thất bại: %1</translation>
    </message>
    <message>
        <source>not restored: %1 passages and %2 exclusions whose article is not in this database (or has changed); import it, then restore again:</source>
        <translation>chưa khôi phục: %1 đoạn trích và %2 mục loại trừ có bài báo không nằm trong cơ sở dữ liệu này (hoặc đã thay đổi); hãy nhập bài báo đó, rồi khôi phục lại:</translation>
    </message>
    <message>
        <source>restored: %1</source>
        <translation>đã khôi phục: %1</translation>
    </message>
</context>
<context>
    <name>Veille::SearchBar</name>
    <message>
        <source>Search the articles (/ or Ctrl+K)</source>
        <translation>Tìm kiếm bài báo (/ hoặc Ctrl+K)</translation>
    </message>
    <message>
        <source>both words</source>
        <translation>cả hai từ</translation>
    </message>
    <message>
        <source>a phrase</source>
        <translation>một cụm từ</translation>
    </message>
    <message>
        <source>words that start so</source>
        <translation>các từ bắt đầu như vậy</translation>
    </message>
    <message>
        <source>either</source>
        <translation>một trong hai</translation>
    </message>
    <message>
        <source>without this word</source>
        <translation>không có từ này</translation>
    </message>
    <message>
        <source>&lt;p&gt;Search the articles, accents and case aside:&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Esc clears the search.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tìm kiếm bài báo, không phân biệt dấu và chữ hoa/thường:&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Esc xóa nội dung tìm kiếm.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Veille::SearchCommand</name>
    <message>
        <source>What to search; several arguments are joined with spaces. Put -- before a query that starts with -.</source>
        <translation>Nội dung cần tìm; nhiều đối số được nối với nhau bằng dấu cách. Đặt -- trước truy vấn bắt đầu bằng -.</translation>
    </message>
    <message>
        <source>Print a JSON array of {id, title, date, source, snippet, score}.</source>
        <translation>In ra một mảng JSON gồm {id, title, date, source, snippet, score}.</translation>
    </message>
    <message>
        <source>Print at most N articles (default 20).</source>
        <translation>In ra tối đa N bài báo (mặc định 20).</translation>
    </message>
    <message>
        <source>relevance (the default; by date beyond %1 matches) or date.</source>
        <translation>relevance (mặc định; theo ngày khi quá %1 kết quả) hoặc date.</translation>
    </message>
    <message>
        <source>search: give a query, e.g. veille-cli search &apos;&quot;semi-conducteurs&quot; Hanoï&apos;</source>
        <translation>search: hãy nhập truy vấn, ví dụ veille-cli search &apos;&quot;semi-conducteurs&quot; Hanoï&apos;</translation>
    </message>
    <message>
        <source>search: --limit needs a positive number, not “%1”</source>
        <translation>search: --limit cần một số dương, không phải “%1”</translation>
    </message>
    <message>
        <source>search: --sort is relevance or date, not “%1”</source>
        <translation>search: --sort là relevance hoặc date, không phải “%1”</translation>
    </message>
    <message>
        <source>search: syntax error: %1</source>
        <translation>search: lỗi cú pháp: %1</translation>
    </message>
    <message>
        <source>%1 matches: sorted by date, newest first, rather than by relevance</source>
        <translation>%1 kết quả: sắp xếp theo ngày, mới nhất trước, thay vì theo mức độ liên quan</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>không rõ ngày</translation>
    </message>
    <message>
        <source>%1 of %2 matching articles</source>
        <translation>%1 trên %2 bài báo khớp</translation>
    </message>
    <message>
        <source>Search the articles: words, &quot;phrases&quot;, prefix*, OR, -word, %1.</source>
        <translation>Tìm kiếm bài báo: từ, &quot;cụm từ&quot;, tiền tố*, OR, -từ, %1.</translation>
    </message>
</context>
<context>
    <name>Veille::SearchQuery</name>
    <message>
        <source>The dates leave no day between them.</source>
        <translation>Giữa hai ngày không còn ngày nào.</translation>
    </message>
    <message>
        <source>No entity is named “%1”.</source>
        <translation>Không có thực thể nào tên là “%1”.</translation>
    </message>
    <message>
        <source>“-” needs a word right after it: -word leaves out the articles with it.</source>
        <translation>“-” cần một từ ngay sau nó: -từ loại bỏ các bài báo có từ đó.</translation>
    </message>
    <message>
        <source>The closing quote is missing.</source>
        <translation>Thiếu dấu ngoặc kép đóng.</translation>
    </message>
    <message>
        <source>The closing quote is missing: the words after it were searched one by one.</source>
        <translation>Thiếu dấu ngoặc kép đóng: các từ phía sau đã được tìm riêng từng từ.</translation>
    </message>
    <message>
        <source>“-%1:” is not supported: only words and phrases can be left out.</source>
        <translation>Không hỗ trợ “-%1:”: chỉ có thể loại bỏ từ và cụm từ.</translation>
    </message>
    <message>
        <source>“%1:” needs a value after it.</source>
        <translation>“%1:” cần một giá trị phía sau.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write date:2025, date:2025-05, date:2025-05-12 or date:2025-01..2025-06.</source>
        <translation>“%1” không phải là ngày: hãy viết date:2025, date:2025-05, date:2025-05-12 hoặc date:2025-01..2025-06.</translation>
    </message>
    <message>
        <source>“*” needs letters before it: inter* finds international, interview…</source>
        <translation>“*” cần có chữ cái phía trước: inter* tìm được international, interview…</translation>
    </message>
    <message>
        <source>“%1” has no letters or digits to search for.</source>
        <translation>“%1” không có chữ cái hay chữ số nào để tìm.</translation>
    </message>
    <message>
        <source>“%1” needs a word or a phrase on each side; it was searched as a word.</source>
        <translation>“%1” cần một từ hoặc cụm từ ở mỗi bên; nó đã được tìm như một từ.</translation>
    </message>
    <message>
        <source>in the title</source>
        <translation>trong tiêu đề</translation>
    </message>
    <message>
        <source>the agency contains VNA</source>
        <translation>hãng tin có chứa VNA</translation>
    </message>
    <message>
        <source>naming an entity, by name or alias</source>
        <translation>nêu tên một thực thể, theo tên hoặc tên gọi khác</translation>
    </message>
    <message>
        <source>between two dates (2025, 2025-05 or 2025-05-12); either end may be left out</source>
        <translation>giữa hai ngày (2025, 2025-05 hoặc 2025-05-12); có thể bỏ trống một đầu</translation>
    </message>
    <message>
        <source>The search took too long and was stopped; try fewer words.</source>
        <translation>Tìm kiếm mất quá nhiều thời gian nên đã bị dừng; hãy thử với ít từ hơn.</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>Tìm kiếm đã bị hủy.</translation>
    </message>
    <message>
        <source>Only the first %1 filters (source:, entity:, date:) were applied.</source>
        <translation>Chỉ %1 bộ lọc đầu tiên (source:, entity:, date:) được áp dụng.</translation>
    </message>
</context>
<context>
    <name>Veille::SearchTerms</name>
    <message>
        <source>Only the first %1 prefixes (word*) were searched.</source>
        <translation>Chỉ %1 tiền tố đầu tiên (từ*) được tìm.</translation>
    </message>
    <message>
        <source>Only the first %1 words were searched.</source>
        <translation>Chỉ %1 từ đầu tiên được tìm.</translation>
    </message>
</context>
<context>
    <name>Veille::ServerAddress</name>
    <message>
        <source>not a PostgreSQL address; write postgresql://user@host:port/database</source>
        <translation>không phải địa chỉ PostgreSQL; hãy viết postgresql://người_dùng@máy_chủ:cổng/cơ_sở_dữ_liệu</translation>
    </message>
    <message>
        <source>the address names no database; add it after the host: …/database</source>
        <translation>địa chỉ không nêu cơ sở dữ liệu nào; hãy thêm nó sau máy chủ: …/cơ_sở_dữ_liệu</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>cổng phải là một số từ 1 đến 65535</translation>
    </message>
    <message>
        <source>sslmode must be disable, allow, prefer, require, verify-ca or verify-full</source>
        <translation>sslmode phải là disable, allow, prefer, require, verify-ca hoặc verify-full</translation>
    </message>
    <message>
        <source>the address&apos;s setting &quot;%1&quot; is not one Veille knows</source>
        <translation>Veille không biết thiết lập “%1” của địa chỉ</translation>
    </message>
    <message>
        <source>the address holds a password; put it in ~/.pgpass, or leave it out to be asked</source>
        <translation>địa chỉ chứa mật khẩu; hãy đặt nó vào ~/.pgpass, hoặc bỏ nó đi để được hỏi</translation>
    </message>
</context>
<context>
    <name>Veille::ServerConnectDialog</name>
    <message>
        <source>Connect to Team Server</source>
        <translation>Kết nối tới máy chủ nhóm</translation>
    </message>
    <message>
        <source>The team server&apos;s address, as your administrator gave it. The password is read from ~/.pgpass, or asked for; it is never saved.</source>
        <translation>Địa chỉ của máy chủ nhóm, như quản trị viên của bạn đã cho. Mật khẩu được đọc từ ~/.pgpass, hoặc được hỏi; nó không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
</context>
<context>
    <name>Veille::ShowCommand</name>
    <message>
        <source>Show one article: its title, date, source, photo credit and text.</source>
        <translation>Hiện một bài báo: tiêu đề, ngày, nguồn, tác giả ảnh và nội dung.</translation>
    </message>
    <message>
        <source>The article&apos;s id, as printed by list.</source>
        <translation>ID của bài báo, như lệnh list in ra.</translation>
    </message>
    <message>
        <source>show: give one article id, a number</source>
        <translation>show: hãy chỉ định một ID bài báo, là một số</translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation>không có bài báo nào có ID %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>không rõ ngày</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Ảnh: %1</translation>
    </message>
    <message>
        <source>Print a JSON object with photo_credit, body, path, mentions, suggestions and copies (the other versions of a wire story: id, title, source, similarity) as well.</source>
        <translation>In thêm một đối tượng JSON với photo_credit, body, path, mentions, suggestions và copies (các phiên bản khác của một tin: id, title, source, similarity).</translation>
    </message>
</context>
<context>
    <name>Veille::SnippetDelegate</name>
    <message numerus="yes">
        <source>+%n copies</source>
        <translation>
            <numerusform>+%n bản sao</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::SqlError</name>
    <message>
        <source>the database is locked by another program; close it and try again</source>
        <translation>cơ sở dữ liệu đang bị một chương trình khác khóa; hãy đóng chương trình đó rồi thử lại</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>tệp cơ sở dữ liệu ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>không thể đọc hoặc ghi ổ đĩa (lỗi vào/ra)</translation>
    </message>
    <message>
        <source>the file is not a Veille database, or it is damaged</source>
        <translation>tệp không phải là cơ sở dữ liệu Veille, hoặc đã bị hỏng</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>không thể mở tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>lỗi cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>the database is damaged (%1); your file was not changed further</source>
        <translation>cơ sở dữ liệu bị hỏng (%1); tệp của bạn không bị thay đổi thêm</translation>
    </message>
</context>
<context>
    <name>Veille::SuppressCommand</name>
    <message>
        <source>Never highlight “%1”</source>
        <translation>Không bao giờ tô sáng “%1”</translation>
    </message>
</context>
<context>
    <name>Veille::TableImportDialog</name>
    <message>
        <source>malformed: %1</source>
        <translation>sai định dạng: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
</context>
<context>
    <name>Veille::TableReader</name>
    <message>
        <source>no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>không phải tệp thông thường</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>tệp rỗng</translation>
    </message>
    <message>
        <source>UTF-16 tables over %1 are not supported; save the file as UTF-8</source>
        <translation>không hỗ trợ bảng UTF-16 lớn hơn %1; hãy lưu tệp dưới dạng UTF-8</translation>
    </message>
    <message>
        <source>not a text file (binary content)</source>
        <translation>không phải tệp văn bản (nội dung nhị phân)</translation>
    </message>
</context>
<context>
    <name>Veille::TimelineCounter</name>
    <message numerus="yes">
        <source>counting took more than %n second(s).</source>
        <translation>
            <numerusform>việc đếm mất hơn %n giây.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::TimelinePanel</name>
    <message>
        <source>Articles that mention %1</source>
        <translation>Bài báo nhắc đến %1</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Theo năm</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Theo tháng</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Theo tuần</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Theo ngày</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>Không đọc được dòng thời gian: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undated</source>
        <translation>
            <numerusform>%Ln bài không rõ ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dated only to the year</source>
        <translation>
            <numerusform>%Ln bài chỉ rõ năm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dated only to the month or the year</source>
        <translation>
            <numerusform>%Ln bài chỉ rõ tháng hoặc năm</numerusform>
        </translation>
    </message>
    <message>
        <source>No article in the list.</source>
        <translation>Danh sách không có bài báo nào.</translation>
    </message>
    <message>
        <source>Not shown: %1.</source>
        <translation>Không hiển thị: %1.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 đến %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln bài báo</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list these dates; drag to list several.</source>
        <translation>Nhấp để liệt kê các ngày này; kéo để liệt kê nhiều khoảng.</translation>
    </message>
    <message>
        <source>Estimated from one article in %L1; the exact counts could not be read: %2</source>
        <translation>Ước tính từ một trên %L1 bài; không đọc được số đếm chính xác: %2</translation>
    </message>
    <message>
        <source>Estimated from one article in %L1…</source>
        <translation>Ước tính từ một trên %L1 bài…</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln article(s)</source>
        <translation>
            <numerusform>khoảng %Ln bài báo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln of them mention %1</source>
        <translation>
            <numerusform>khoảng %Ln bài trong số đó nhắc đến %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them mention %1</source>
        <translation>
            <numerusform>%Ln bài trong số đó nhắc đến %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Veille::Transaction</name>
    <message>
        <source>cannot start a transaction within a transaction</source>
        <translation>không thể bắt đầu một giao dịch bên trong một giao dịch</translation>
    </message>
</context>
<context>
    <name>Veille::UserDataBackup</name>
    <message>
        <source>cannot write the backup %1</source>
        <translation>không thể ghi bản sao lưu %1</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>không thể tạo thư mục sao lưu %1</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 không phải là tệp</translation>
    </message>
    <message>
        <source>this file is not a backup of Veille&apos;s user data</source>
        <translation>tệp này không phải bản sao lưu dữ liệu người dùng của Veille</translation>
    </message>
    <message>
        <source>%1 passages, %2 tags, %3 labels, %4 entities, %5 aliases, %6 entity types, %7 suppressions, %8 exclusions, %9 watched folders, %10 watches, %11 feeds, %12 read states</source>
        <translation>%1 đoạn trích, %2 thẻ, %3 nhãn, %4 thực thể, %5 tên gọi khác, %6 loại thực thể, %7 mục không tô sáng, %8 mục loại trừ, %9 thư mục theo dõi, %10 mục theo dõi đã lưu, %11 nguồn tin, %12 trạng thái đọc</translation>
    </message>
    <message>
        <source>a team server&apos;s data is backed up by its administrator (pg_dump), not by Veille</source>
        <translation>dữ liệu của máy chủ nhóm do quản trị viên sao lưu (pg_dump), không phải Veille</translation>
    </message>
    <message>
        <source>a backup cannot be restored into a team server; restore it into a local database</source>
        <translation>không thể khôi phục bản sao lưu vào máy chủ nhóm; hãy khôi phục nó vào một cơ sở dữ liệu cục bộ</translation>
    </message>
</context>
<context>
    <name>Veille::UserDataBackups</name>
    <message>
        <source>&amp;Restore User Data…</source>
        <translation>&amp;Khôi phục dữ liệu người dùng…</translation>
    </message>
    <message>
        <source>The daily backup of your data failed: %1</source>
        <translation>Sao lưu hằng ngày dữ liệu của bạn thất bại: %1</translation>
    </message>
    <message>
        <source>Restore User Data</source>
        <translation>Khôi phục dữ liệu người dùng</translation>
    </message>
    <message>
        <source>Veille backups (*.sqlite)</source>
        <translation>Bản sao lưu Veille (*.sqlite)</translation>
    </message>
    <message>
        <source>Add the passages, labels, tags and gazetteer curation of “%1” that this database lacks? Nothing it has is changed or removed.</source>
        <translation>Thêm các đoạn trích, nhãn, thẻ và phần biên tập danh mục thực thể của “%1” mà cơ sở dữ liệu này chưa có? Không có gì hiện có bị thay đổi hay xóa.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Nothing was restored from “%1”: %2</source>
        <translation>Không khôi phục được gì từ “%1”: %2</translation>
    </message>
    <message>
        <source>%1 passages and %2 exclusions were not restored: their articles are not in this database, or have changed. Import them, then restore again:</source>
        <translation>%1 đoạn trích và %2 mục loại trừ không được khôi phục: bài báo của chúng không có trong cơ sở dữ liệu này, hoặc đã thay đổi. Hãy nhập các bài báo đó, rồi khôi phục lại:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>và %1 mục khác</translation>
    </message>
    <message>
        <source>Restored from “%1”:
%2.</source>
        <translation>Đã khôi phục từ “%1”:
%2.</translation>
    </message>
</context>
<context>
    <name>Veille::VersionDiffDialog</name>
    <message>
        <source>Other Version</source>
        <translation>Phiên bản khác</translation>
    </message>
    <message>
        <source>Highlighted: the sentences the other version does not have.</source>
        <translation>Được tô sáng: những câu mà phiên bản kia không có.</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Bài báo đang mở</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Phiên bản khác</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>không có nguồn</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Veille::WatchActions</name>
    <message>
        <source>Delete Watch “%1”</source>
        <translation>Xóa mục theo dõi “%1”</translation>
    </message>
    <message>
        <source>&amp;Save Search as Watch…</source>
        <translation>&amp;Lưu tìm kiếm thành mục theo dõi…</translation>
    </message>
    <message>
        <source>&amp;Update Watch from Current Search</source>
        <translation>&amp;Cập nhật mục theo dõi theo tìm kiếm hiện tại</translation>
    </message>
    <message>
        <source>&amp;Rename Watch…</source>
        <translation>Đổi &amp;tên mục theo dõi…</translation>
    </message>
    <message>
        <source>Move Watch to &amp;Folder…</source>
        <translation>Chuyển mục theo dõi vào &amp;thư mục…</translation>
    </message>
    <message>
        <source>Move Watch &amp;Up</source>
        <translation>Chuyển mục theo dõi &amp;lên</translation>
    </message>
    <message>
        <source>Move Watch &amp;Down</source>
        <translation>Chuyển mục theo dõi &amp;xuống</translation>
    </message>
    <message>
        <source>&amp;Delete Watch</source>
        <translation>&amp;Xóa mục theo dõi</translation>
    </message>
    <message>
        <source>The watch was not saved: %1</source>
        <translation>Mục theo dõi chưa được lưu: %1</translation>
    </message>
    <message>
        <source>Watch “%1” saved.</source>
        <translation>Đã lưu mục theo dõi “%1”.</translation>
    </message>
    <message>
        <source>Watch “%1” now follows the current search.</source>
        <translation>Mục theo dõi “%1” giờ theo tìm kiếm hiện tại.</translation>
    </message>
    <message>
        <source>Watch renamed “%1”.</source>
        <translation>Đã đổi tên mục theo dõi thành “%1”.</translation>
    </message>
    <message>
        <source>Watch “%1” deleted (Edit → Undo brings it back).</source>
        <translation>Đã xóa mục theo dõi “%1” (Sửa → Hoàn tác để lấy lại).</translation>
    </message>
    <message>
        <source>Save Search as Watch</source>
        <translation>Lưu tìm kiếm thành mục theo dõi</translation>
    </message>
    <message>
        <source>Name of the watch:</source>
        <translation>Tên mục theo dõi:</translation>
    </message>
    <message>
        <source>Rename Watch</source>
        <translation>Đổi tên mục theo dõi</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <source>Move Watch to Folder</source>
        <translation>Chuyển mục theo dõi vào thư mục</translation>
    </message>
    <message>
        <source>Folder (a new name makes a folder; empty for none):</source>
        <translation>Thư mục (tên mới sẽ tạo thư mục; để trống nếu không có):</translation>
    </message>
</context>
<context>
    <name>Veille::WatchCommand</name>
    <message>
        <source>Watched folders, whose new or changed files Veille imports while it runs:
  add FOLDER      watch FOLDER
  remove FOLDER   stop watching FOLDER
  list            the watched folders</source>
        <translation>Thư mục theo dõi, nơi Veille nhập các tệp mới hoặc đã thay đổi trong khi đang chạy:
  add FOLDER      theo dõi FOLDER
  remove FOLDER   ngừng theo dõi FOLDER
  list            các thư mục đang theo dõi</translation>
    </message>
    <message>
        <source>add, remove or list.</source>
        <translation>add, remove hoặc list.</translation>
    </message>
    <message>
        <source>watch: give add FOLDER, remove FOLDER or list</source>
        <translation>watch: hãy chỉ định add FOLDER, remove FOLDER hoặc list</translation>
    </message>
    <message>
        <source>watch %1: give one folder</source>
        <translation>watch %1: hãy chỉ định một thư mục</translation>
    </message>
    <message>
        <source>watch add: %1 is not a folder</source>
        <translation>watch add: %1 không phải là thư mục</translation>
    </message>
    <message>
        <source>watch remove: %1 is not watched</source>
        <translation>watch remove: %1 không có trong danh sách thư mục theo dõi</translation>
    </message>
</context>
<context>
    <name>Veille::WatchNotifier</name>
    <message>
        <source>1 new article in %1</source>
        <translation>1 bài báo mới trong %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new articles in %1</source>
        <translation>
            <numerusform>%n bài báo mới trong %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New articles in your watches</source>
        <translation>Bài báo mới trong các mục theo dõi của bạn</translation>
    </message>
</context>
<context>
    <name>Veille::WatchStore</name>
    <message>
        <source>a watch needs a name</source>
        <translation>mục theo dõi cần có tên</translation>
    </message>
    <message>
        <source>a watch is already named “%1”</source>
        <translation>đã có mục theo dõi tên “%1”</translation>
    </message>
    <message>
        <source>no such watch</source>
        <translation>không có mục theo dõi này</translation>
    </message>
</context>
<context>
    <name>Veille::WatchedFoldersMenu</name>
    <message>
        <source>&amp;Watched Folders</source>
        <translation>Thư mục &amp;theo dõi</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>&amp;Theo dõi thư mục…</translation>
    </message>
    <message>
        <source>Import a folder now, then its new or changed files while Veille runs</source>
        <translation>Nhập một thư mục ngay bây giờ, sau đó nhập các tệp mới hoặc đã thay đổi trong thư mục đó khi Veille đang chạy</translation>
    </message>
    <message>
        <source>Uncheck to stop watching</source>
        <translation>Bỏ chọn để ngừng theo dõi</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Theo dõi thư mục</translation>
    </message>
    <message>
        <source>The folder cannot be watched: %1</source>
        <translation>Không thể theo dõi thư mục: %1</translation>
    </message>
</context>
<context>
    <name>Veille::WatchesCommand</name>
    <message>
        <source>Watches, saved searches with their unread counts:
  add NAME QUERY  save QUERY (the search syntax, entity: included) as NAME
  list            the watches and their unread articles
  show NAME       the articles the watch lists, newest first
  remove NAME     delete the watch</source>
        <translation>Mục theo dõi, các tìm kiếm đã lưu với số bài chưa đọc:
  add NAME QUERY  lưu QUERY (cú pháp tìm kiếm, kể cả entity:) với tên NAME
  list            các mục theo dõi và bài báo chưa đọc của chúng
  show NAME       các bài báo của mục theo dõi, mới nhất trước
  remove NAME     xóa mục theo dõi</translation>
    </message>
    <message>
        <source>add, list, show or remove.</source>
        <translation>add, list, show hoặc remove.</translation>
    </message>
    <message>
        <source>list and show: print JSON.</source>
        <translation>list và show: in JSON.</translation>
    </message>
    <message>
        <source>show: only the articles not read yet.</source>
        <translation>show: chỉ các bài báo chưa đọc.</translation>
    </message>
    <message>
        <source>add: put the watch in FOLDER.</source>
        <translation>add: đặt mục theo dõi vào thư mục FOLDER.</translation>
    </message>
    <message>
        <source>watches: give add NAME QUERY, list, show NAME or remove NAME</source>
        <translation>watches: hãy cho add NAME QUERY, list, show NAME hoặc remove NAME</translation>
    </message>
    <message>
        <source>watches add: give a NAME and a QUERY</source>
        <translation>watches add: hãy cho NAME và QUERY</translation>
    </message>
    <message>
        <source>watches %1: give one NAME</source>
        <translation>watches %1: hãy cho một NAME</translation>
    </message>
    <message>
        <source>watches list: unexpected argument %1</source>
        <translation>watches list: đối số không mong đợi %1</translation>
    </message>
    <message>
        <source>watches add: %1</source>
        <translation>watches add: %1</translation>
    </message>
    <message>
        <source>no watch is named “%1”</source>
        <translation>không có mục theo dõi nào tên “%1”</translation>
    </message>
</context>
<context>
    <name>Veille::WebAnnotation</name>
    <message>
        <source>Veille passages</source>
        <translation>Đoạn trích Veille</translation>
    </message>
    <message>
        <source>not a JSON file: %1 at byte %2</source>
        <translation>không phải tệp JSON: %1 tại byte %2</translation>
    </message>
    <message>
        <source>not a W3C Web Annotation collection</source>
        <translation>không phải bộ sưu tập W3C Web Annotation</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>chú thích %1</translation>
    </message>
    <message>
        <source>%1: no article imported from %2</source>
        <translation>%1: không có bài báo nào được nhập từ %2</translation>
    </message>
    <message>
        <source>%1: no quote and no position</source>
        <translation>%1: không có trích dẫn và không có vị trí</translation>
    </message>
</context>
<context>
    <name>Veille::WindowSession</name>
    <message>
        <source>The server refused the password. Password for %1:</source>
        <translation>Máy chủ đã từ chối mật khẩu. Mật khẩu cho %1:</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mật khẩu cho %1:</translation>
    </message>
    <message>
        <source>Team Server Password</source>
        <translation>Mật khẩu máy chủ nhóm</translation>
    </message>
    <message>
        <source>Connect to Team Server</source>
        <translation>Kết nối tới máy chủ nhóm</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Không thể mở %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reading desk for news analysts.</source>
        <translation>Bàn đọc dành cho các nhà phân tích tin tức.</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default.</source>
        <translation>Dùng cơ sở dữ liệu FILE thay cho cơ sở dữ liệu mặc định.</translation>
    </message>
    <message>
        <source>Import the folder or file PATH on start.</source>
        <translation>Nhập thư mục hoặc tệp PATH khi khởi động.</translation>
    </message>
    <message>
        <source>Folders or files to import, like --import.</source>
        <translation>Các thư mục hoặc tệp cần nhập, như --import.</translation>
    </message>
    <message>
        <source>Veille</source>
        <translation>Veille</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Không thể mở cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>Veille&apos;s command-line tool.</source>
        <translation>Công cụ dòng lệnh của Veille.</translation>
    </message>
    <message>
        <source>One of:</source>
        <translation>Một trong các lệnh:</translation>
    </message>
    <message>
        <source>unknown command “%1”; see veille-cli --help</source>
        <translation>lệnh không xác định “%1”; xem veille-cli --help</translation>
    </message>
    <message>
        <source>Use the team&apos;s PostgreSQL server at URL (postgresql://user@host:port/database); the password comes from ~/.pgpass or is asked for.</source>
        <translation>Dùng máy chủ PostgreSQL của nhóm tại URL (postgresql://user@host:port/database); mật khẩu lấy từ ~/.pgpass hoặc được hỏi.</translation>
    </message>
    <message>
        <source>give either --db or --server, not both</source>
        <translation>hãy cho --db hoặc --server, không cả hai</translation>
    </message>
</context>
</TS>
