
CREATE TABLE IF NOT EXISTS jobs (
    id INT AUTO_INCREMENT PRIMARY KEY,
    company VARCHAR(255),
    title VARCHAR(255),
    link TEXT,
    location VARCHAR(255),
    experience VARCHAR(255),
    education VARCHAR(255),
    employment_type VARCHAR(255),
    deadline VARCHAR(255),
    sector VARCHAR(255),
    salary VARCHAR(255)
);


INSERT INTO jobs (company, title, link, location, experience, education, employment_type, deadline, sector, salary)
VALUES (
    '행복쇼핑(주)', 
    '[재택근무] REACT · PHP · PYTHON 개발자 모집', 
    'https://www.saramin.co.kr/zf_user/jobs/relay/view?view_type=search&rec_idx=49476675&location=ts&searchword=python&searchType=search&paid_fl=n&search_uuid=bf9e6cab-6ee9-4505-8553-ab0caed60dc6', 
    '서울 양천구', 
    '경력3년↑', 
    '초대졸↑', 
    '정규직', 
    '~ 01/25(토)', 
    'Python, 딥러닝, 솔루션, AWS, 머신러닝 외                    수정일 24/12/06', 
    '인기있는'
);
